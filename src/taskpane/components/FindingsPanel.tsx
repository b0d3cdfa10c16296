import { Caption1, makeStyles, Subtitle2, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, TableRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { MoneyUnit } from '../../core/money/fen';
import type { Finding } from '../../core/rules/types';
import { localized, useLocale } from '../i18n/language';
import type { PaneCore } from '../pane-core';
import { countBySeverity, groupFindings, SEVERITIES, type SeverityFilter } from '../view-model/group-findings';
import type { IgnoredView, PartitionedFindings } from '../view-model/ignored-findings';
import { FindingItem, IgnoreButton } from './FindingItem';
import { IgnoreForm } from './IgnoreForm';
import { IgnoredSection } from './IgnoredSection';
import { severityLabel, SeverityIcon } from './severity';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXL}` },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  sheetTitle: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0 },
  rule: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  ruleTitle: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  ruleId: { color: tokens.colorNeutralForeground4 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  clear: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalM} 0` },
});

export interface FindingsPanelProps {
  readonly partition: PartitionedFindings;
  readonly unit: MoneyUnit;
  readonly core: PaneCore;
  readonly onSelect: (finding: Finding) => void;
  readonly onIgnore: (finding: Finding, reason: string) => void;
  readonly onUndoIgnore: (view: IgnoredView) => void;
}

/** Open findings grouped by sheet and rule, filterable by severity; then the ignored ones. */
export default function FindingsPanel({ partition, unit, core, onSelect, onIgnore, onUndoIgnore }: FindingsPanelProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [ignoring, setIgnoring] = useState<string | null>(null);
  const counts = useMemo(() => countBySeverity(partition.active), [partition.active]);
  const groups = useMemo(() => groupFindings(partition.active, filter), [partition.active, filter]);

  return (
    <div className={styles.panel}>
      {partition.active.length === 0 ? (
        <div className={styles.clear} data-testid="all-clear">
          <CheckmarkCircleFilled style={{ color: tokens.colorPaletteGreenForeground1, fontSize: 20 }} />
          <Text>{strings.allClear}</Text>
        </div>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={filter}
            onTabSelect={(_, data) => setFilter(data.value as SeverityFilter)}
            data-testid="severity-filter"
          >
            <Tab value="all">{`${strings.filterAll} ${partition.active.length}`}</Tab>
            {SEVERITIES.map((severity) => (
              <Tab key={severity} value={severity} disabled={counts[severity] === 0}>
                {`${severityLabel(severity, strings)} ${counts[severity]}`}
              </Tab>
            ))}
          </TabList>
          {groups.length === 0 && <Caption1>{strings.noFindingsForFilter}</Caption1>}
          {groups.map((group) => (
            <section key={group.sheet} className={styles.sheet} data-testid="sheet-group">
              <Subtitle2 as="h2" className={styles.sheetTitle}>
                <TableRegular aria-hidden />
                {group.sheet}
              </Subtitle2>
              {group.rules.map((rule) => {
                const description = core.describeRule(rule.rule);
                return (
                  <div key={rule.rule} className={styles.rule} data-testid="rule-group">
                    <div className={styles.ruleTitle}>
                      <SeverityIcon severity={rule.severity} />
                      <Caption1>
                        {description ? localized(description, language) : rule.rule} <span className={styles.ruleId}>{rule.rule}</span>
                      </Caption1>
                    </div>
                    <ul className={styles.list}>
                      {rule.findings.map((finding) => {
                        // The finding key leaves out the row (it survives inserted rows); on screen each card is its own.
                        const id = `${core.findingKey(finding)}@${finding.row}@${finding.cells[0] ?? ''}`;
                        return (
                          <FindingItem key={id} finding={finding} unit={unit} onSelect={onSelect}>
                            {ignoring === id ? (
                              <IgnoreForm
                                onCancel={() => setIgnoring(null)}
                                onConfirm={(reason) => {
                                  setIgnoring(null);
                                  onIgnore(finding, reason);
                                }}
                              />
                            ) : (
                              <IgnoreButton onClick={() => setIgnoring(id)} />
                            )}
                          </FindingItem>
                        );
                      })}
                    </ul>
                  </div>
                );
              })}
            </section>
          ))}
        </>
      )}
      <IgnoredSection ignored={partition.ignored} staleCount={partition.staleCount} unit={unit} onSelect={onSelect} onUndo={onUndoIgnore} />
    </div>
  );
}
