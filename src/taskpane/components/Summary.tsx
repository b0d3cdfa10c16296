import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Severity } from '../../core/rules/types';
import { useLocale } from '../i18n/language';
import type { PaneCheckResult } from '../pane-core';
import { describeRulebookInForce } from '../view-model/describe-rulebook';
import { DEFAULT_TOLERANCE_WAN } from '../view-model/tolerance';
import { SEVERITIES } from '../view-model/group-findings';
import type { RulebookInForce } from '../view-model/rulebook-choice';
import { SEVERITY_COLOR, severityLabel, SeverityIcon } from './severity';

const useStyles = makeStyles({
  summary: { padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}` },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS },
  count: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    // Narrow pane: one short row of counts, so the findings start higher.
    '@media (max-width: 340px)': {
      flexDirection: 'row',
      alignItems: 'center',
      gap: tokens.spacingHorizontalXS,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    },
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  countHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  number: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    '@media (max-width: 340px)': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  meta: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  // On a narrow pane the findings come first: the check's details fold away behind a button.
  metaFolded: { '@media (max-width: 340px)': { display: 'none' } },
  metaToggle: {
    display: 'none',
    '@media (max-width: 340px)': { display: 'inline-flex', minWidth: 'auto', marginTop: tokens.spacingVerticalXXS, paddingLeft: 0 },
  },
});

export interface SummaryProps {
  readonly result: PaneCheckResult;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly checkedAt: Date | null;
  /** Whether edits are being watched for a re-check. */
  readonly live: boolean;
  /** The rules the check ran with. */
  readonly rulebook: RulebookInForce;
}

export function Summary({ result, counts, checkedAt, live, rulebook }: SummaryProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const rows = result.tables.reduce((sum, table) => sum + table.rows, 0);
  const [details, setDetails] = useState(false);
  const time = checkedAt?.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className={styles.summary} aria-label={strings.appTitle} data-testid="summary">
      <div className={styles.counts}>
        {SEVERITIES.map((severity) => (
          <div key={severity} className={styles.count} data-testid={`count-${severity}`}>
            <span className={styles.number} style={{ color: counts[severity] > 0 ? SEVERITY_COLOR[severity] : undefined }}>
              {counts[severity]}
            </span>
            <span className={styles.countHead}>
              <SeverityIcon severity={severity} />
              <Text size={200}>{severityLabel(severity, strings)}</Text>
            </span>
          </div>
        ))}
      </div>
      <Button
        appearance="transparent"
        size="small"
        className={styles.metaToggle}
        aria-expanded={details}
        onClick={() => setDetails((open) => !open)}
        data-testid="summary-details"
      >
        {details ? strings.hideDetails : strings.showDetails}
      </Button>
      <div className={mergeClasses(styles.meta, !details && styles.metaFolded)}>
        <Caption1 data-testid="tables-found">{strings.tablesFound(result.tables.length)}</Caption1>
        <Caption1 data-testid="rows-checked">{strings.rowsChecked(rows)}</Caption1>
        {time && <Caption1>{strings.checkedAt(time)}</Caption1>}
        {live && <Caption1 data-testid="live">{strings.liveRecheck}</Caption1>}
        <Caption1 data-testid="rulebook-in-force">{describeRulebookInForce(rulebook, strings, language)}</Caption1>
        {result.toleranceWan !== undefined && result.toleranceWan !== DEFAULT_TOLERANCE_WAN && (
          <Caption1 data-testid="tolerance-not-default">{strings.toleranceNotDefault(result.toleranceWan, DEFAULT_TOLERANCE_WAN)}</Caption1>
        )}
      </div>
    </section>
  );
}
