import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { EyeOffRegular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { MoneyUnit } from '../../core/money/fen';
import type { Finding } from '../../core/rules/types';
import { localized, useLocale } from '../i18n/language';
import type { Language, PaneStrings } from '../i18n/strings';
import { explainedShare, formatQuantity } from '../view-model/format-quantity';
import { withVisibleBidi } from '../view-model/text-segments';
import { FigureText } from './FigureText';
import { SEVERITY_COLOR, SeverityIcon } from './severity';

const useStyles = makeStyles({
  item: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    borderLeft: `3px solid transparent`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    // Forced colours drop shadows and backgrounds: a border keeps each card apart.
    '@media (forced-colors: active)': { border: '1px solid CanvasText', borderLeftWidth: '3px' },
  },
  main: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    textAlign: 'start',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  icon: { paddingTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, paddingLeft: '24px', cursor: 'pointer' },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'baseline', minWidth: 0, flexGrow: 1 },
  subject: { overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  message: { overflowWrap: 'anywhere' },
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  figure: { display: 'flex', flexDirection: 'column' },
  figureLabel: { color: tokens.colorNeutralForeground2 },
  figureValue: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  severity: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly unit: MoneyUnit;
  readonly onSelect: (finding: Finding) => void;
  /** The action row under the finding (Ignore…, or Undo for an ignored one) and any form it opens. */
  readonly children?: ReactNode;
  readonly testId?: string;
}

export function cellsText(finding: Finding): string {
  const shown = finding.cells.slice(0, 3).join(', ');
  return finding.cells.length > 3 ? `${shown}…` : shown;
}

interface Figure {
  readonly label: string;
  readonly value: string;
}

/** 应为 / 实际 / 差额 for a mismatch; for an information note the share it explains, as it means. */
function figuresOf(finding: Finding, unit: MoneyUnit, strings: PaneStrings, language: Language): Figure[] {
  const format = (quantity: NonNullable<Finding['expected']>) => formatQuantity(quantity, unit, language);
  const share = explainedShare(finding);
  if (share !== null && finding.expected && finding.actual) {
    return [{ label: strings.explainedShare(finding.rule, share), value: strings.partOfWhole(format(finding.actual), format(finding.expected)) }];
  }
  return [
    { label: strings.expected, quantity: finding.expected },
    { label: strings.actual, quantity: finding.actual },
    { label: strings.difference, quantity: finding.difference },
  ].flatMap((figure) => (figure.quantity ? [{ label: figure.label, value: format(figure.quantity) }] : []));
}

/** The card's short name, e.g. “错误：项目支出 B10，相差0.01万元”; the message describes it. */
export function findingName(finding: Finding, unit: MoneyUnit, strings: PaneStrings, language: Language): string {
  const difference = finding.difference && finding.severity !== 'info' ? formatQuantity(finding.difference, unit, language) : undefined;
  return strings.findingName(strings.severityName[finding.severity], withVisibleBidi(finding.subject), cellsText(finding), difference);
}

export function FindingItem({ finding, unit, onSelect, children, testId = 'finding' }: FindingItemProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const messageId = useId();
  const figures = figuresOf(finding, unit, strings, language);
  const headline = strings.severityName[finding.severity];
  return (
    // A click anywhere on the card selects the cells (for the mouse); the keyboard has the button.
    <div
      className={styles.item}
      style={{ borderLeftColor: SEVERITY_COLOR[finding.severity] }}
      data-testid={testId}
      data-severity={finding.severity}
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('button, textarea, input, form, a')) onSelect(finding);
      }}
    >
      {/* Its visible text starts its name (WCAG 2.5.3): “错误：项目支出 B10”, then the difference. */}
      <button
        type="button"
        className={styles.main}
        onClick={() => onSelect(finding)}
        title={strings.selectHint}
        aria-label={findingName(finding, unit, strings, language)}
        aria-describedby={messageId}
        data-testid="finding-button"
      >
        <span className={styles.icon}>
          <SeverityIcon severity={finding.severity} />
        </span>
        <span className={styles.head}>
          <Text weight="semibold" className={styles.subject}>
            {/* Severity in words too: colour alone is lost in forced colours and to colour-blind readers. */}
            <span className={styles.severity} style={{ color: SEVERITY_COLOR[finding.severity] }} data-testid="finding-severity">
              {strings.severityPrefix(headline)}
            </span>
            <FigureText text={finding.subject} />
          </Text>{' '}
          <Caption1 className={styles.where}>{cellsText(finding)}</Caption1>
        </span>
      </button>
      <div className={styles.body}>
        <Text size={200} className={styles.message} id={messageId} data-testid="finding-message">
          <FigureText text={localized(finding.message, language)} />
        </Text>
        {figures.length > 0 && (
          <span className={styles.figures} data-testid="finding-figures">
            {figures.map((figure) => (
              <span key={figure.label} className={styles.figure}>
                <Caption1 className={styles.figureLabel}>{figure.label}</Caption1>
                <Text size={200} weight="semibold" className={styles.figureValue} data-figure="">
                  {figure.value}
                </Text>
              </span>
            ))}
          </span>
        )}
      </div>
      {children}
    </div>
  );
}

export function IgnoreButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { strings } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button size="small" appearance="subtle" icon={<EyeOffRegular />} onClick={onClick} aria-label={name} data-opens-form="" data-testid="ignore">
        {strings.ignore}
      </Button>
    </div>
  );
}
