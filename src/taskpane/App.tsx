import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { IgnoredFinding } from '../core/findings/finding-key';
import type { Finding } from '../core/rules/types';
import type { WorkbookGateway, WorkbookSettings } from '../excel/gateway';
import { ActionBar } from './components/ActionBar';
import { Announcer } from './components/Announcer';
import { CheckProgress } from './components/CheckProgress';
import { Header } from './components/Header';
import { Notices } from './components/Notices';
import { Summary } from './components/Summary';
import { LocaleContext } from './i18n/language';
import type { Language } from './i18n/strings';
import type { PaneCore } from './pane-core';
import { useCheck } from './state/use-check';
import { useFindings } from './state/use-findings';
import { useHighlights } from './state/use-highlights';
import { useLiveRecheck } from './state/use-live-recheck';
import { useNotices } from './state/use-notices';
import { usePaneLocale } from './state/use-pane-locale';
import { useResultFocus } from './state/use-result-focus';
import { useSettingsActions } from './state/use-settings-actions';
import { useSyncedHighlights } from './state/use-synced-highlights';
import { useTemplateInsert } from './state/use-template-insert';
import { useWorkbookSettings } from './state/use-workbook-settings';
import { paneTheme } from './theme';
import { describeError } from './view-model/describe-error';
import { describeRulebookProblem } from './view-model/describe-rulebook';
import type { IgnoredView } from './view-model/ignored-findings';
import { fetchOrganisationRulebook } from './view-model/organisation-rulebook';
import { VIEW_PANEL_ID, viewTabId, type ResultView } from './view-model/result-views';
import { chooseRulebook, type RulebookSources } from './view-model/rulebook-choice';

// Not needed for the first paint: loaded when a check has run or settings are opened.
const loadFindingsPanel = () => import(/* webpackChunkName: "findings" */ './components/FindingsPanel');
const loadViewTabs = () => import(/* webpackChunkName: "view-tabs" */ './components/ViewTabs');
const FindingsPanel = lazy(loadFindingsPanel);
const EmptyState = lazy(() => import(/* webpackChunkName: "empty-state" */ './components/EmptyState'));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ './components/SettingsPanel'));
const DraftPanel = lazy(() => import(/* webpackChunkName: "draft" */ './components/DraftPanel'));
const IndicatorsPanel = lazy(() => import(/* webpackChunkName: "indicators" */ './components/IndicatorsPanel'));
const ViewTabs = lazy(loadViewTabs);

const useStyles = makeStyles({
  // The pane is one screen high: the summary and filters stay put while the findings scroll in their list.
  provider: { height: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  pane: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1 },
  main: { display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1, overflowY: 'auto' },
  viewPanel: { display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1 },
  intro: { display: 'block', margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground2 },
  bar: { margin: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}` },
  loading: { padding: tokens.spacingVerticalL },
});

/** What the pane knows of where it runs, from its build and from Office (index.tsx). */
export interface PaneDeployment {
  /** package.json's version. */
  readonly version: string;
  /** The organisation rulebook's address (beside taskpane.html, or RULEBOOK_URL). */
  readonly organisationRulebookUrl: string;
  /** The build was given an organisation rulebook: workbooks that chose none use it. */
  readonly organisationRulebookByDefault: boolean;
  /** Excel desktop: its webviews often refuse downloads. */
  readonly downloadsMayBeBlocked: boolean;
}

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly core: PaneCore;
  readonly deployment: PaneDeployment;
  /** Office's display language; a language chosen in the settings wins. */
  readonly language: Language;
  /** Told the language in force, e.g. for the notes the gateway writes next to highlighted cells. */
  readonly onLanguageChange?: (language: Language) => void;
}

const NO_EDITS: Readonly<Record<string, string>> = {};
const NONE_IGNORED: readonly IgnoredFinding[] = [];

export function App({ gateway, core, deployment, language: officeLanguage, onLanguageChange }: AppProps) {
  const styles = useStyles();
  const settings = useWorkbookSettings(gateway);
  const locale = usePaneLocale(settings.value.language, officeLanguage, onLanguageChange);
  const { strings, language } = locale;
  const board = useNotices();
  const { show } = board;
  const rulebooks = useMemo<RulebookSources>(
    () => ({
      parse: core.parseRulebook,
      bundled: core.bundledRulebook,
      defaultSource: deployment.organisationRulebookByDefault ? 'organisation' : 'bundled',
      loadOrganisation: () => fetchOrganisationRulebook(deployment.organisationRulebookUrl, core.parseRulebook),
    }),
    [core, deployment],
  );
  const chooseRules = useCallback((current: WorkbookSettings) => chooseRulebook(current, rulebooks), [rulebooks]);
  const check = useCheck(gateway, core, settings.current, chooseRules);
  const highlights = useHighlights(gateway, board);
  const actions = useSettingsActions(settings, core, board);
  const template = useTemplateInsert(gateway, core, board);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [view, setView] = useState<ResultView>('findings');
  const result = check.result;
  const ignored = settings.value.ignored ?? NONE_IGNORED;
  const { partition, counts, highlightTargets } = useFindings(result, ignored, core);
  const focus = useResultFocus(check.phase);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (settings.loadError) show('settings', { intent: 'error', text: (s) => describeError(settings.loadError, s) });
  }, [settings.loadError, show]);

  // Every finished check is announced with its counts (screen readers hear what the summary shows).
  useEffect(() => {
    if (check.phase === 'done' && check.checkedAt) setAnnouncement(strings.checkAnnouncement(counts.error, counts.warning, counts.info));
  }, [check.checkedAt]); // eslint-disable-line react-hooks/exhaustive-deps -- announced once per check, not again when counts change by an ignore

  useSyncedHighlights(highlights, highlightTargets);

  // The worker starts once the pane has painted, so the first Check does not wait for it.
  useEffect(() => {
    const timer = setTimeout(() => core.warmUp?.(), 500);
    return () => clearTimeout(timer);
  }, [core]);

  const tableSheets = useMemo(() => new Set(result?.tables.map((table) => table.sheet)), [result]);
  const live = useLiveRecheck(gateway, {
    enabled: result !== null,
    // Until a table is recognised (a template being filled in), any edit may make one appear.
    affects: (sheet) => tableSheets.size === 0 || tableSheets.has(sheet),
    recheck: () => void check.run(),
  });

  const select = useCallback(
    (finding: Finding) => {
      gateway.select(finding.sheet, finding.cells).catch((error: unknown) => {
        show('select', { intent: 'error', text: (s) => describeError(error, s) });
      });
    },
    [gateway, show],
  );

  const runCheck = () => {
    focus.afterCheck();
    // What shows the result loads while the workbook is read and checked, not after.
    void loadFindingsPanel();
    void loadViewTabs();
    void check.run();
  };
  const ignore = async (findings: readonly Finding[], reason: string) => {
    if (await actions.ignore(findings, reason)) setAnnouncement(strings.ignoredAnnouncement(findings.length));
    focus.results();
  };
  const undoIgnore = async (view: IgnoredView) => {
    await actions.undoIgnore(view);
    focus.results();
  };
  const saveSettingsPanel = async (patch: Partial<WorkbookSettings>) => {
    if (!(await actions.save(patch, 'settings'))) return;
    board.show('settings', { intent: 'success', text: (s) => s.saved });
    setSettingsOpen(false);
    if (result) void check.run();
  };

  const selectCell = useCallback(
    (sheet: string, address: string) => {
      gateway.select(sheet, [address]).catch((error: unknown) => show('select', { intent: 'error', text: (s) => describeError(error, s) }));
    },
    [gateway, show],
  );
  // A profile chosen in the 指标 tab is stored in the workbook and the check runs again under it.
  const changeProfile = async (indicatorProfile: string) => {
    if (await actions.save({ indicatorProfile }, 'settings')) void check.run();
  };
  const saveDraftEdits = (draftEdits: Readonly<Record<string, string>>) => void actions.save({ draftEdits }, 'draft');
  const writeSheet = useCallback((name: string, rows: readonly (readonly string[])[]) => gateway.writeSheet(name, rows), [gateway]);

  const problem = check.rulebookProblem;
  // One panel per view (ViewTabs' RESULT_VIEWS); the draft needs recognised tables, so with none only the findings show.
  const panels: Record<ResultView, () => ReactNode> = {
    findings: () =>
      result &&
      partition && (
        <FindingsPanel
          partition={partition}
          unit={result.unit}
          core={core}
          onSelect={select}
          onIgnore={(findings, reason) => void ignore(findings, reason)}
          onUndoIgnore={(entry) => void undoIgnore(entry)}
          headingRef={focus.headingRef}
        />
      ),
    draft: () =>
      result && (
        <DraftPanel
          result={result}
          core={core}
          ignored={ignored}
          edits={settings.value.draftEdits ?? NO_EDITS}
          onEditsChange={saveDraftEdits}
          checking={check.busy}
          onRegenerate={() => void check.run()}
          writeSheet={writeSheet}
          downloadsMayBeBlocked={deployment.downloadsMayBeBlocked}
        />
      ),
    indicators: () =>
      result && (
        <IndicatorsPanel
          result={result}
          core={core}
          onSelectCell={selectCell}
          writeSheet={writeSheet}
          checking={check.busy}
          onProfileChange={(profile) => void changeProfile(profile)}
        />
      ),
  };
  const loading = <Spinner className={styles.loading} size="small" />;

  return (
    <FluentProvider theme={paneTheme} className={styles.provider}>
      <LocaleContext.Provider value={locale}>
        <div className={styles.pane}>
          <Header settingsOpen={settingsOpen} onToggleSettings={() => setSettingsOpen((open) => !open)} />
          <Announcer message={announcement} />
          {settingsOpen ? (
            <main className={styles.main}>
              <Suspense fallback={loading}>
                <SettingsPanel
                  settings={settings.value}
                  core={core}
                  rulebooks={rulebooks}
                  version={deployment.version}
                  onSave={(patch) => void saveSettingsPanel(patch)}
                  onClose={() => setSettingsOpen(false)}
                />
              </Suspense>
            </main>
          ) : (
            <main className={styles.main}>
              <ActionBar
                busy={check.busy || !settings.loaded}
                canHighlight={!check.busy && (highlights.on || highlightTargets.length > 0)}
                canClear={highlights.canClear}
                highlightsOn={highlights.on}
                onCheck={runCheck}
                onHighlight={() => (highlights.on ? void highlights.clear() : highlights.enable())}
                onClear={() => void highlights.clear()}
              />
              {(check.phase === 'reading' || check.phase === 'checking') && <CheckProgress phase={check.phase} progress={check.progress} />}
              <Notices board={board} />
              {check.error !== null && (
                <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="check-error">
                  <MessageBarBody>
                    <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
                    {describeError(check.error, strings)}
                  </MessageBarBody>
                </MessageBar>
              )}
              {problem && (
                <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="rulebook-problem">
                  <MessageBarBody>{describeRulebookProblem(problem, strings, language)}</MessageBarBody>
                </MessageBar>
              )}
              {!result || !partition ? (
                <Text as="p" className={styles.intro}>
                  {strings.intro}
                </Text>
              ) : (
                <>
                  {check.rulebookInForce && (
                    <Summary result={result} counts={counts} checkedAt={check.checkedAt} live={live} rulebook={check.rulebookInForce} />
                  )}
                  {/* Suspense boundaries apart: loading a panel must not remount the tabs (focus would drop to <body>). */}
                  {result.tables.length > 0 && (
                    <Suspense fallback={null}>
                      <ViewTabs view={view} onViewChange={setView} />
                    </Suspense>
                  )}
                  <Suspense fallback={loading}>
                    {result.tables.length === 0 && (
                      <EmptyState
                        templateSheets={core.templateSheets}
                        tableKinds={core.tableKinds}
                        inserting={template.inserting}
                        onInsertTemplate={() => void template.insert()}
                      />
                    )}
                    {result.tables.length > 0 && (
                      <div role="tabpanel" id={VIEW_PANEL_ID} aria-labelledby={viewTabId(view)} className={styles.viewPanel}>
                        {panels[view]()}
                      </div>
                    )}
                    {result.tables.length === 0 && result.findings.length > 0 && panels.findings()}
                  </Suspense>
                </>
              )}
            </main>
          )}
        </div>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
