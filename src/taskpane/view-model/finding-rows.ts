/**
 * The findings list as flat rows (sheet heading, rule heading, finding card), the shape a
 * virtualised list draws: only the rows on screen become DOM. Collapsed groups give no rows below
 * their heading.
 */
import type { Finding, Severity } from '../../core/rules/types';
import type { SheetGroup } from './group-findings';

export type FindingRow =
  | { readonly kind: 'sheet'; readonly key: string; readonly sheet: string; readonly count: number; readonly collapsed: boolean }
  | {
      readonly kind: 'rule';
      readonly key: string;
      readonly sheet: string;
      readonly rule: string;
      readonly severity: Severity;
      readonly findings: readonly Finding[];
      readonly collapsed: boolean;
    }
  | { readonly kind: 'finding'; readonly key: string; readonly finding: Finding };

/** A group's key: the sheet, or the sheet and the rule. */
export const sheetKey = (sheet: string) => `sheet\u0000${sheet}`;
export const ruleKey = (sheet: string, rule: string) => `rule\u0000${sheet}\u0000${rule}`;

export function findingRows(groups: readonly SheetGroup[], collapsed: ReadonlySet<string>, findingId: (finding: Finding) => string): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const group of groups) {
    const key = sheetKey(group.sheet);
    const count = group.rules.reduce((sum, rule) => sum + rule.findings.length, 0);
    rows.push({ kind: 'sheet', key, sheet: group.sheet, count, collapsed: collapsed.has(key) });
    if (collapsed.has(key)) continue;
    for (const rule of group.rules) {
      const groupKey = ruleKey(group.sheet, rule.rule);
      const closed = collapsed.has(groupKey);
      rows.push({ kind: 'rule', key: groupKey, sheet: group.sheet, rule: rule.rule, severity: rule.severity, findings: rule.findings, collapsed: closed });
      if (!closed) for (const finding of rule.findings) rows.push({ kind: 'finding', key: findingId(finding), finding });
    }
  }
  return rows;
}
