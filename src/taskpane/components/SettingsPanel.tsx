import { Button, Caption1, Field, Input, makeStyles, Radio, RadioGroup, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef, useState, type ChangeEvent } from 'react';
import type { MoneyUnit } from '../../core/money/fen';
import type { WorkbookSettings } from '../../excel/gateway';
import { localized, useLocale } from '../i18n/language';
import type { PaneLanguage } from '../i18n/strings';
import type { PaneCore } from '../pane-core';
import { chooseRulebook, rulebookSource, type RulebookSource } from '../view-model/rulebook-choice';
import { DEFAULT_TOLERANCE_WAN, parseTolerance, toleranceIn } from '../view-model/tolerance';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  amount: { flexGrow: 1, minWidth: 0 },
  unit: { width: '88px' },
  note: { color: tokens.colorNeutralForeground3, paddingLeft: '28px' },
  file: { display: 'none' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface SettingsPanelProps {
  readonly settings: WorkbookSettings;
  readonly core: PaneCore;
  readonly onSave: (patch: Partial<WorkbookSettings>) => void;
  readonly onClose: () => void;
}

type LanguageChoice = PaneLanguage | 'auto';

/** Settings stored in the workbook, so every colleague who opens it checks the same way. */
export default function SettingsPanel({ settings, core, onSave, onClose }: SettingsPanelProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [unit, setUnit] = useState<MoneyUnit>('万元');
  const [toleranceText, setToleranceText] = useState(toleranceIn(settings.toleranceWan ?? DEFAULT_TOLERANCE_WAN, '万元'));
  const [languageChoice, setLanguageChoice] = useState<LanguageChoice>(settings.language ?? 'auto');
  const [source, setSource] = useState<RulebookSource>(rulebookSource(settings));
  const [rulebookJson, setRulebookJson] = useState(settings.rulebookJson);
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  const toleranceWan = parseTolerance(toleranceText, unit);
  const stored = chooseRulebook({ rulebookSource: 'workbook', rulebookJson }, core.parseRulebook);

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
      rulebookSource: source === 'url' ? settings.rulebookSource : source,
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
          <Radio value="workbook" label={strings.rulebookWorkbook} disabled={!stored.rulebook} />
          {stored.rulebook ? (
            <Caption1 className={styles.note}>{strings.rulebookLoaded(localized(stored.rulebook.name, language), stored.rulebook.version)}</Caption1>
          ) : (
            <Caption1 className={styles.note}>{strings.rulebookWorkbookMissing}</Caption1>
          )}
          <Radio value="url" label={strings.rulebookUrl} disabled />
          <Caption1 className={styles.note}>{strings.rulebookUrlUnavailable}</Caption1>
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
    </section>
  );
}
