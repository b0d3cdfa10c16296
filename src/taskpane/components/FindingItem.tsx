import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { EyeOffRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { MoneyUnit } from '../../core/money/fen';
import type { Finding } from '../../core/rules/types';
import { localized, useLocale } from '../i18n/language';
import { formatQuantity } from '../view-model/format-quantity';
import { SEVERITY_COLOR, severityLabel, SeverityIcon } from './severity';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    borderLeft: `3px solid transparent`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    ':hover': { boxShadow: tokens.shadow8 },
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
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flexGrow: 1 },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  subject: { overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  message: { overflowWrap: 'anywhere' },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  figure: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  figureLabel: { color: tokens.colorNeutralForeground3 },
  figureValue: { fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' },
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

function cellsText(finding: Finding): string {
  const shown = finding.cells.slice(0, 3).join(', ');
  return finding.cells.length > 3 ? `${shown}…` : shown;
}

export function FindingItem({ finding, unit, onSelect, children, testId = 'finding' }: FindingItemProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const figures = [
    { label: strings.expected, value: finding.expected },
    { label: strings.actual, value: finding.actual },
    { label: strings.difference, value: finding.difference },
  ].filter((figure) => figure.value !== undefined);
  return (
    <li className={styles.item} style={{ borderLeftColor: SEVERITY_COLOR[finding.severity] }} data-testid={testId}>
      <button type="button" className={styles.main} onClick={() => onSelect(finding)} title={strings.selectHint}>
        <span className={styles.icon}>
          <SeverityIcon severity={finding.severity} label={severityLabel(finding.severity, strings)} />
        </span>
        <span className={styles.body}>
          <span className={styles.head}>
            <Text weight="semibold" className={styles.subject}>
              {finding.subject}
            </Text>
            <Caption1 className={styles.where}>{cellsText(finding)}</Caption1>
          </span>
          <Text size={200} className={styles.message} data-testid="finding-message">
            {localized(finding.message, language)}
          </Text>
          {figures.length > 0 && (
            <span className={styles.figures}>
              {figures.map((figure) => (
                <span key={figure.label} className={styles.figure}>
                  <Caption1 className={styles.figureLabel}>{figure.label}</Caption1>
                  <Text size={200} weight="semibold" className={styles.figureValue}>
                    {formatQuantity(figure.value!, unit, language)}
                  </Text>
                </span>
              ))}
            </span>
          )}
        </span>
      </button>
      {children}
    </li>
  );
}

export function IgnoreButton({ onClick }: { onClick: () => void }) {
  const { strings } = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button size="small" appearance="subtle" icon={<EyeOffRegular />} onClick={onClick} data-testid="ignore">
        {strings.ignore}
      </Button>
    </div>
  );
}
