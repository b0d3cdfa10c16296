import { Button, Caption1, makeStyles, mergeClasses, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, ChevronDownRegular, ChevronRightRegular, EyeOffRegular, TableRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MoneyUnit } from '../../core/money/fen';
import type { Finding } from '../../core/rules/types';
import { localized, useLocale } from '../i18n/language';
import type { PaneCore } from '../pane-core';
import { findingRows, type FindingRow } from '../view-model/finding-rows';
import { countBySeverity, groupFindings, SEVERITIES, type SeverityFilter } from '../view-model/group-findings';
import type { IgnoredView, PartitionedFindings } from '../view-model/ignored-findings';
import { withVisibleBidi } from '../view-model/text-segments';
import { cellsText, FindingItem, IgnoreButton } from './FindingItem';
import { IgnoreForm } from './IgnoreForm';
import { IgnoredSection } from './IgnoredSection';
import { severityLabel, SeverityIcon } from './severity';
import { VirtualList } from './VirtualList';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minHeight: '16rem',
    flexGrow: 1,
    padding: `0 0 0 ${tokens.spacingHorizontalL}`,
  },
  bar: {
    flexShrink: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalL,
  },
  heading: {
    margin: 0,
    marginRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  filter: { minWidth: 'auto' },
  // Narrow pane: the severity filters show icon and count only (their names stay in the accessible name).
  filterLabel: {
    '@media (max-width: 340px)': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  },
  list: { paddingRight: tokens.spacingHorizontalL },
  row: { paddingBottom: tokens.spacingVerticalS },
  groupHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, margin: 0 },
  // the group's name gives way (it is cut with …), never the button: 全部忽略（2）… stays on one line
  groupIgnore: { flexShrink: 0, whiteSpace: 'nowrap' },
  toggle: { minWidth: 0, flexGrow: 1, justifyContent: 'flex-start', textAlign: 'start', fontWeight: 'inherit', paddingLeft: 0 },
  sheetHead: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalS,
    '@media (max-width: 340px)': { paddingTop: 0 },
  },
  ruleHead: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  toggleText: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0, overflowWrap: 'anywhere' },
  count: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  ruleName: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', minWidth: 0 },
  ruleId: { color: tokens.colorNeutralForeground2 },
  clear: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalM} 0` },
});

export interface FindingsPanelProps {
  readonly partition: PartitionedFindings;
  readonly unit: MoneyUnit;
  readonly core: PaneCore;
  readonly onSelect: (finding: Finding) => void;
  /** One reason for one finding, or for every finding of a group. */
  readonly onIgnore: (findings: readonly Finding[], reason: string) => void;
  readonly onUndoIgnore: (view: IgnoredView) => void;
  /** Where focus goes after a check, an ignore or an undo: the results heading (App moves focus here). */
  readonly headingRef?: React.Ref<HTMLHeadingElement>;
}

type PanelRow = FindingRow | { readonly kind: 'ignored'; readonly key: string } | { readonly kind: 'none'; readonly key: string };

const ESTIMATED_HEIGHT: Record<PanelRow['kind'], number> = { sheet: 40, rule: 40, finding: 150, ignored: 200, none: 40 };

/**
 * Open findings grouped by sheet and rule (collapsible, each group ignorable at once), filterable
 * by severity; then the ignored ones. Drawn as a virtual list: 10,000 findings cost one screen.
 */
export default function FindingsPanel({ partition, unit, core, onSelect, onIgnore, onUndoIgnore, headingRef }: FindingsPanelProps) {
  const { strings, language } = useLocale();
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  /** The row whose ignore form is open (a finding's id or a rule group's key). */
  const [ignoring, setIgnoring] = useState<string | null>(null);
  const [focusAfterCancel, setFocusAfterCancel] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => countBySeverity(partition.active), [partition.active]);
  const groups = useMemo(() => groupFindings(partition.active, filter), [partition.active, filter]);
  const findingId = useCallback((finding: Finding) => `${core.findingKey(finding)}@${finding.row}@${finding.cells[0] ?? ''}`, [core]);
  const rows = useMemo<PanelRow[]>(() => {
    const list: PanelRow[] = findingRows(groups, collapsed, findingId);
    if (partition.active.length > 0 && list.length === 0) list.push({ kind: 'none', key: 'none' });
    if (partition.ignored.length > 0 || partition.staleCount > 0) list.push({ kind: 'ignored', key: 'ignored' });
    return list;
  }, [groups, collapsed, findingId, partition]);
  const keepDrawn = useMemo(() => {
    const index = ignoring === null ? -1 : rows.findIndex((row) => row.key === ignoring);
    return index < 0 ? [] : [index];
  }, [rows, ignoring]);

  // Escape or Cancel in an ignore form: focus goes back to the button that opened it.
  useEffect(() => {
    if (focusAfterCancel === null) return;
    panel.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(focusAfterCancel)}"] [data-opens-form]`)?.focus();
    setFocusAfterCancel(null);
  }, [focusAfterCancel]);

  const toggle = (key: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const ignoreForm = (key: string, findings: readonly Finding[]) => (
    <IgnoreForm
      count={findings.length}
      onCancel={() => {
        setIgnoring(null);
        setFocusAfterCancel(key);
      }}
      onConfirm={(reason) => {
        setIgnoring(null);
        onIgnore(findings, reason);
      }}
    />
  );

  const renderRow = (row: PanelRow) => {
    switch (row.kind) {
      case 'sheet':
        return (
          <h3 className={mergeClasses(styles.groupHead, styles.sheetHead)} data-testid="sheet-group" data-row-key={row.key}>
            <Button
              appearance="transparent"
              className={styles.toggle}
              icon={row.collapsed ? <ChevronRightRegular /> : <ChevronDownRegular />}
              aria-expanded={!row.collapsed}
              onClick={() => toggle(row.key)}
              title={row.collapsed ? strings.expandGroup(row.sheet) : strings.collapseGroup(row.sheet)}
            >
              <span className={styles.toggleText}>
                <TableRegular aria-hidden />
                {withVisibleBidi(row.sheet)}
                <span className={styles.count}>{strings.groupCount(row.count)}</span>
              </span>
            </Button>
          </h3>
        );
      case 'rule': {
        const description = core.describeRule(row.rule);
        const name = description ? localized(description, language) : row.rule;
        return (
          <div className={styles.row} data-testid="rule-group" data-row-key={row.key}>
            <h4 className={mergeClasses(styles.groupHead, styles.ruleHead)}>
              <Button
                appearance="transparent"
                size="small"
                className={styles.toggle}
                icon={row.collapsed ? <ChevronRightRegular /> : <ChevronDownRegular />}
                aria-expanded={!row.collapsed}
                onClick={() => toggle(row.key)}
                title={row.collapsed ? strings.expandGroup(name) : strings.collapseGroup(name)}
              >
                <span className={styles.toggleText}>
                  <SeverityIcon severity={row.severity} />
                  {/* Two lines at most: the full description is the title and the rule's documentation. */}
                  <span className={styles.ruleName} title={`${name} (${row.rule})`}>
                    {name} <span className={styles.ruleId}>{row.rule}</span>
                  </span>
                  <span className={styles.count} data-testid="rule-count">
                    {strings.groupCount(row.findings.length)}
                  </span>
                </span>
              </Button>
              {row.findings.length > 1 && ignoring !== row.key && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<EyeOffRegular />}
                  onClick={() => setIgnoring(row.key)}
                  aria-label={strings.ignoreGroupName(name, row.findings.length)}
                  data-opens-form=""
                  data-testid="ignore-group"
                  className={styles.groupIgnore}
                >
                  {strings.ignoreGroup(row.findings.length)}
                </Button>
              )}
            </h4>
            {ignoring === row.key && ignoreForm(row.key, row.findings)}
          </div>
        );
      }
      case 'finding': {
        const where = cellsText(row.finding);
        return (
          <div className={styles.row} data-row-key={row.key}>
            <FindingItem finding={row.finding} unit={unit} onSelect={onSelect}>
              {ignoring === row.key ? (
                ignoreForm(row.key, [row.finding])
              ) : (
                <IgnoreButton name={strings.ignoreFinding(withVisibleBidi(row.finding.subject), where)} onClick={() => setIgnoring(row.key)} />
              )}
            </FindingItem>
          </div>
        );
      }
      case 'none':
        return <Caption1>{strings.noFindingsForFilter}</Caption1>;
      case 'ignored':
        return <IgnoredSection ignored={partition.ignored} staleCount={partition.staleCount} unit={unit} onSelect={onSelect} onUndo={onUndoIgnore} />;
    }
  };

  return (
    <div className={styles.panel} ref={panel}>
      <div className={styles.bar}>
        <h2 className={styles.heading} tabIndex={-1} ref={headingRef} data-testid="results-heading">
          {strings.findingsHeading}
        </h2>
        {partition.active.length > 0 && (
          <div role="group" aria-label={strings.findingsHeading} data-testid="severity-filter" className={styles.bar}>
            {(['all', ...SEVERITIES] as const).map((value) => {
              const count = value === 'all' ? partition.active.length : counts[value];
              return (
                <ToggleButton
                  key={value}
                  size="small"
                  className={styles.filter}
                  checked={filter === value}
                  disabled={value !== 'all' && count === 0}
                  onClick={() => setFilter(value)}
                  icon={value === 'all' ? undefined : <SeverityIcon severity={value} />}
                  data-testid={`filter-${value}`}
                >
                  {value === 'all' ? (
                    `${strings.filterAll} ${count}`
                  ) : (
                    <>
                      <span className={styles.filterLabel}>{severityLabel(value, strings)} </span>
                      {count}
                    </>
                  )}
                </ToggleButton>
              );
            })}
          </div>
        )}
      </div>
      {partition.active.length === 0 && (
        <div className={styles.clear} data-testid="all-clear">
          <CheckmarkCircleFilled style={{ color: tokens.colorPaletteGreenForeground1, fontSize: 20 }} aria-hidden />
          <Text>{strings.allClear}</Text>
        </div>
      )}
      <VirtualList
        items={rows}
        rowKey={(row) => row.key}
        estimateHeight={(row) => ESTIMATED_HEIGHT[row.kind]}
        renderRow={renderRow}
        keepDrawn={keepDrawn}
        className={styles.list}
        aria-label={strings.findingsHeading}
        data-testid="findings-list"
      />
    </div>
  );
}
