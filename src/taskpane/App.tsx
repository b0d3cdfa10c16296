import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IgnoredFinding } from '../core/findings/finding-key';
import type { Finding } from '../core/rules/types';
import type { WorkbookGateway, WorkbookSettings } from '../excel/gateway';
import { ActionBar } from './components/ActionBar';
import { CheckProgress } from './components/CheckProgress';
import { Header } from './components/Header';
import { Notices } from './components/Notices';
import { Summary } from './components/Summary';
import type { ResultView } from './components/ViewTabs';
import { LocaleContext, PANE_STRINGS } from './i18n/language';
import type { PaneLanguage } from './i18n/strings';
import type { PaneCore } from './pane-core';
import { useCheck } from './state/use-check';
import { useHighlights } from './state/use-highlights';
import { useLiveRecheck } from './state/use-live-recheck';
import { useNotices } from './state/use-notices';
import { useWorkbookSettings } from './state/use-workbook-settings';
import { paneTheme } from './theme';
import { describeError } from './view-model/describe-error';
import { describeRulebookProblem } from './view-model/describe-rulebook';
import { countBySeverity } from './view-model/group-findings';
import { partitionFindings, withIgnored, withoutIgnored, type IgnoredView } from './view-model/ignored-findings';
import { fetchOrganisationRulebook } from './view-model/organisation-rulebook';
import { chooseRulebook, type RulebookSources } from './view-model/rulebook-choice';

// Not needed for the first paint: loaded when a check has run or settings are opened.
const FindingsPanel = lazy(() => import(/* webpackChunkName: "findings" */ './components/FindingsPanel'));
const EmptyState = lazy(() => import(/* webpackChunkName: "empty-state" */ './components/EmptyState'));
const SettingsPanel = lazy(() => import(/* webpackChunkName: "settings" */ './components/SettingsPanel'));
const DraftPanel = lazy(() => import(/* webpackChunkName: "draft" */ './components/DraftPanel'));
const ViewTabs = lazy(() => import(/* webpackChunkName: "view-tabs" */ './components/ViewTabs'));

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  pane: { display: 'flex', flexDirection: 'column', minWidth: 0 },
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
  readonly language: PaneLanguage;
  /** Told the language in force, e.g. for the notes the gateway writes next to highlighted cells. */
  readonly onLanguageChange?: (language: PaneLanguage) => void;
}

/** The errors and warnings are what the rows get highlighted for; information is only listed. */
const needsHighlight = (finding: Finding) => finding.severity !== 'info';

const NO_EDITS: Readonly<Record<string, string>> = {};
const NONE_IGNORED: readonly IgnoredFinding[] = [];

export function App({ gateway, core, deployment, language: officeLanguage, onLanguageChange }: AppProps) {
  const styles = useStyles();
  const settings = useWorkbookSettings(gateway);
  const language = settings.value.language ?? officeLanguage;
  const locale = useMemo(() => ({ language, strings: PANE_STRINGS[language] }), [language]);
  const { strings } = locale;
  const board = useNotices();
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
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [inserting, setInserting] = useState(false);
  const [view, setView] = useState<ResultView>('findings');
  const result = check.result;

  useEffect(() => {
    document.documentElement.lang = language;
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);

  useEffect(() => {
    if (settings.loadError) board.show('settings', { intent: 'error', text: (s) => describeError(settings.loadError, s) });
  }, [settings.loadError, board.show]);

  const partition = useMemo(
    () => (result ? partitionFindings(result.findings, settings.value.ignored ?? [], core.findingKey) : null),
    [result, settings.value.ignored, core],
  );
  const counts = useMemo(() => countBySeverity(partition?.active ?? []), [partition]);

  // Re-highlight whenever the open findings change while highlighting is on (a check, an ignore, an undo).
  const targets = useRef<readonly Finding[]>([]);
  targets.current = partition ? partition.active.filter(needsHighlight) : [];
  const targetsSignature = targets.current.map((finding) => `${finding.sheet}!${finding.row}:${finding.severity}`).join('\n');
  useEffect(() => {
    if (highlights.on) void highlights.apply(() => targets.current);
  }, [highlights.on, targetsSignature]);

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
        board.show('select', { intent: 'error', text: (s) => describeError(error, s) });
      });
    },
    [gateway, board.show],
  );

  const saveSettings = async (patch: Partial<WorkbookSettings>, topic: string, then?: () => void) => {
    try {
      await settings.update(patch);
      then?.();
    } catch (error) {
      board.show(topic, { intent: 'error', text: (s) => describeError(error, s) });
    }
  };

  const ignore = (finding: Finding, reason: string) =>
    void saveSettings({ ignored: withIgnored(settings.current().ignored ?? [], core.findingKey(finding), reason, new Date()) }, 'ignore');
  const undoIgnore = (view: IgnoredView) =>
    void saveSettings({ ignored: withoutIgnored(settings.current().ignored ?? [], view.entry.key) }, 'ignore');
  const saveSettingsPanel = (patch: Partial<WorkbookSettings>) =>
    void saveSettings(patch, 'settings', () => {
      board.show('settings', { intent: 'success', text: (s) => s.saved });
      setSettingsOpen(false);
      if (result) void check.run();
    });

  const insertTemplate = async () => {
    setInserting(true);
    try {
      const names: string[] = [];
      // One sheet at a time: each name depends on the sheets already there.
      for (const sheet of core.templateSheets) names.push(await gateway.writeSheet(sheet.name, sheet.rows));
      board.show('template', { intent: 'success', text: (s) => s.templateInserted(names.join(s.listSeparator)) });
      if (names.length > 0) await gateway.select(names[0], ['A1']);
    } catch (error) {
      board.show('template', { intent: 'error', text: (s) => describeError(error, s) });
    } finally {
      setInserting(false);
    }
  };

  const saveDraftEdits = (draftEdits: Readonly<Record<string, string>>) => void saveSettings({ draftEdits }, 'draft');
  const writeSheet = useCallback((name: string, rows: readonly (readonly string[])[]) => gateway.writeSheet(name, rows), [gateway]);

  const problem = check.rulebookProblem;
  // The draft needs recognised tables; with none, the empty state explains what is looked for.
  const showDraft = view === 'draft' && result !== null && result.tables.length > 0;
  const loading = <Spinner className={styles.loading} size="small" />;

  return (
    <FluentProvider theme={paneTheme} className={styles.provider}>
      <LocaleContext.Provider value={locale}>
        <div className={styles.pane}>
          <Header settingsOpen={settingsOpen} onToggleSettings={() => setSettingsOpen((open) => !open)} />
          {settingsOpen ? (
            <Suspense fallback={loading}>
              <SettingsPanel
                settings={settings.value}
                core={core}
                rulebooks={rulebooks}
                version={deployment.version}
                onSave={saveSettingsPanel}
                onClose={() => setSettingsOpen(false)}
              />
            </Suspense>
          ) : (
            <main>
              <ActionBar
                busy={check.busy || !settings.loaded}
                canHighlight={result !== null && !check.busy}
                highlightsOn={highlights.on}
                onCheck={() => void check.run()}
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
                  {check.rulebookInForce && <Summary result={result} counts={counts} checkedAt={check.checkedAt} live={live} rulebook={check.rulebookInForce} />}
                  <Suspense fallback={loading}>
                    {result.tables.length > 0 && <ViewTabs view={view} onViewChange={setView} />}
                    {result.tables.length === 0 && (
                      <EmptyState templateSheets={core.templateSheets} tableKinds={core.tableKinds} inserting={inserting} onInsertTemplate={() => void insertTemplate()} />
                    )}
                    {showDraft && (
                      <DraftPanel
                        result={result}
                        core={core}
                        ignored={settings.value.ignored ?? NONE_IGNORED}
                        edits={settings.value.draftEdits ?? NO_EDITS}
                        onEditsChange={saveDraftEdits}
                        checking={check.busy}
                        onRegenerate={() => void check.run()}
                        writeSheet={writeSheet}
                        downloadsMayBeBlocked={deployment.downloadsMayBeBlocked}
                      />
                    )}
                    {!showDraft && (result.tables.length > 0 || result.findings.length > 0) && (
                      <FindingsPanel
                        partition={partition}
                        unit={result.unit}
                        core={core}
                        onSelect={select}
                        onIgnore={ignore}
                        onUndoIgnore={undoIgnore}
                      />
                    )}
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
