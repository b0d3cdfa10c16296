import { Button, Caption1, Field, Input, makeStyles, Radio, RadioGroup, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { MoneyUnit } from '../../core/money/fen';
import type { WorkbookSettings } from '../../excel/gateway';
import { localized, useLocale } from '../i18n/language';
import type { Language } from '../i18n/strings';
import type { PaneCore } from '../pane-core';
import { describeOrganisationFailure } from '../view-model/describe-rulebook';
import type { OrganisationRulebookLoad } from '../view-model/organisation-rulebook';
import { rulebookSource, workbookRulebook, type RulebookSource, type RulebookSources } from '../view-model/rulebook-choice';
import { DEFAULT_TOLERANCE_WAN, parseTolerance, toleranceIn } from '../view-model/tolerance';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  amount: { flexGrow: 1, minWidth: 0 },
  unit: { width: '88px' },
  note: { color: tokens.colorNeutralForeground3, paddingLeft: '28px' },
  file: { display: 'none' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  footer: { color: tokens.colorNeutralForeground3, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

export interface SettingsPanelProps {
  readonly settings: WorkbookSettings;
  readonly core: PaneCore;
  readonly rulebooks: RulebookSources;
  /** The add-in's version (package.json), shown in the footer. */
  readonly version: string;
  readonly onSave: (patch: Partial<WorkbookSettings>) => void;
  readonly onClose: () => void;
}

type LanguageChoice = Language | 'auto';

/** Settings stored in the workbook, so every colleague who opens it checks the same way. */
export default function SettingsPanel({ settings, core, rulebooks, version, onSave, onClose }: SettingsPanelProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [unit, setUnit] = useState<MoneyUnit>('万元');
  const [toleranceText, setToleranceText] = useState(toleranceIn(settings.toleranceWan ?? DEFAULT_TOLERANCE_WAN, '万元'));
  const [languageChoice, setLanguageChoice] = useState<LanguageChoice>(settings.language ?? 'auto');
  const [source, setSource] = useState<RulebookSource>(rulebookSource(settings, rulebooks.defaultSource));
  const [rulebookJson, setRulebookJson] = useState(settings.rulebookJson);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [organisation, setOrganisation] = useState<OrganisationRulebookLoad | null>(null);

  const toleranceWan = parseTolerance(toleranceText, unit);
  const stored = workbookRulebook({ rulebookJson }, core.parseRulebook);
  const organisationShown = source === 'organisation' || rulebooks.defaultSource === 'organisation';

  // Asked for only once the organisation's rules are in view: no request for a pane that never uses them.
  useEffect(() => {
    if (!organisationShown || organisation) return;
    let live = true;
    void rulebooks.loadOrganisation().then((load) => live && setOrganisation(load));
    return () => {
      live = false;
    };
  }, [organisationShown, organisation, rulebooks]);

  const changeUnit = (next: MoneyUnit) => {
    // Keep the amount, show it in the other unit.
    if (toleranceWan !== null) setToleranceText(toleranceIn(toleranceWan, next));
    setUnit(next);
  };

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = await file.text();
    const parsed = core.parseRulebook(text);
    if ('problems' in parsed) {
      setFileProblem(strings.rulebookInvalid(parsed.problems.map((problem) => localized(problem, language)).join(strings.listSeparator)));
      return;
    }
    setRulebookJson(text);
    setSource('workbook');
    setFileProblem(null);
  };

  const save = () => {
    if (toleranceWan === null) return;
    onSave({
      toleranceWan,
      language: languageChoice === 'auto' ? undefined : languageChoice,
      // The build's default is not stored, so a rulebook the organisation publishes later still applies.
      rulebookSource: source === rulebooks.defaultSource ? undefined : source,
      rulebookJson,
    });
  };

  return (
    <section className={styles.panel} data-testid="settings-panel">
      <Subtitle2 as="h2">{strings.settingsTitle}</Subtitle2>

      <Field
        label={strings.tolerance}
        validationState={toleranceWan === null ? 'error' : 'none'}
        validationMessage={toleranceWan === null ? strings.toleranceInvalid : strings.toleranceHint(toleranceIn(toleranceWan, '元'))}
      >
        <div className={styles.row}>
          <Input
            className={styles.amount}
            inputMode="decimal"
            value={toleranceText}
            onChange={(_, data) => setToleranceText(data.value)}
            data-testid="tolerance"
          />
          <Select className={styles.unit} value={unit} onChange={(_, data) => changeUnit(data.value as MoneyUnit)} aria-label={strings.tolerance}>
            <option value="万元">万元</option>
            <option value="元">元</option>
          </Select>
        </div>
      </Field>

      <Field label={strings.language}>
        <Select value={languageChoice} onChange={(_, data) => setLanguageChoice(data.value as LanguageChoice)} data-testid="language">
          <option value="auto">{strings.languageAuto}</option>
          <option value="zh-CN">中文（简体）</option>
          <option value="en-US">English</option>
        </Select>
      </Field>

      <Field label={strings.rulebook}>
        <RadioGroup value={source} onChange={(_, data) => setSource(data.value as RulebookSource)}>
          <Radio value="bundled" label={`${strings.rulebookBundled} · ${localized(core.bundledRulebook.name, language)} ${core.bundledRulebook.version}`} />
          <Radio value="workbook" label={strings.rulebookWorkbook} disabled={!('rulebook' in stored)} />
          {'rulebook' in stored ? (
            <Caption1 className={styles.note}>{strings.rulebookLoaded(localized(stored.rulebook.name, language), stored.rulebook.version)}</Caption1>
          ) : (
            <Caption1 className={styles.note}>{strings.rulebookWorkbookMissing}</Caption1>
          )}
          <Radio value="organisation" label={strings.rulebookOrganisation} data-testid="rulebook-organisation" />
          {organisationShown && (
            <Caption1 className={styles.note} data-testid="rulebook-organisation-status">
              {!organisation
                ? strings.rulebookOrganisationReading
                : organisation.kind === 'loaded'
                  ? strings.rulebookOrganisationLoaded(localized(organisation.rulebook.name, language), organisation.rulebook.version, organisation.url)
                  : strings.rulebookOrganisationProblem(organisation.url, describeOrganisationFailure(organisation, strings, language))}
              {rulebooks.defaultSource === 'organisation' && ` ${strings.rulebookOrganisationDefault}`}
            </Caption1>
          )}
        </RadioGroup>
      </Field>
      <Field validationState={fileProblem ? 'error' : 'none'} validationMessage={fileProblem ?? undefined}>
        <Button icon={<DocumentArrowUpRegular />} onClick={() => fileInput.current?.click()}>
          {strings.rulebookLoadFile}
        </Button>
      </Field>
      <input ref={fileInput} className={styles.file} type="file" accept=".json,application/json" onChange={(event) => void loadFile(event)} />

      <div className={styles.buttons}>
        <Button appearance="primary" disabled={toleranceWan === null} onClick={save} data-testid="settings-save">
          {strings.save}
        </Button>
        <Button onClick={onClose}>{strings.cancel}</Button>
      </div>
      <Caption1 className={styles.footer} data-testid="version">
        {strings.versionFooter(version)}
      </Caption1>
    </section>
  );
}
