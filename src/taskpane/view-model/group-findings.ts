import type { Finding, Severity } from '../../core/rules/types';

export type SeverityFilter = Severity | 'all';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface RuleGroup {
  readonly rule: string;
  /** The most severe finding's severity, for the group's icon. */
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

export interface SheetGroup {
  readonly sheet: string;
  readonly rules: readonly RuleGroup[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/**
 * Findings by sheet (in workbook order of first appearance), then by rule (most severe first),
 * then by row — the order a reviewer walks the workbook in.
 */
export function groupFindings(findings: readonly Finding[], filter: SeverityFilter): SheetGroup[] {
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const finding of findings) {
    if (filter !== 'all' && finding.severity !== filter) continue;
    let rules = sheets.get(finding.sheet);
    if (!rules) sheets.set(finding.sheet, (rules = new Map()));
    let list = rules.get(finding.rule);
    if (!list) rules.set(finding.rule, (list = []));
    list.push(finding);
  }
  return [...sheets].map(([sheet, rules]) => ({
    sheet,
    rules: [...rules]
      .map(([rule, list]) => ({
        rule,
        severity: list.reduce<Severity>((worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst), 'info'),
        findings: [...list].sort((a, b) => a.row - b.row),
      }))
      .sort((a, b) => RANK[a.severity] - RANK[b.severity]),
  }));
}
