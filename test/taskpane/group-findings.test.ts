import type { Finding } from '../../src/core/rules/types';
import { countBySeverity, groupFindings } from '../../src/taskpane/view-model/group-findings';

function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'sheet' | 'row' | 'severity'>): Finding {
  return { cells: [`A${partial.row}`], subject: 's', messageId: 'm', message: { zh: '中', en: 'en' }, ...partial };
}

const findings = [
  finding({ rule: 'sub-items', sheet: '项目支出', row: 9, severity: 'info' }),
  finding({ rule: 'project-balance', sheet: '项目支出', row: 7, severity: 'error' }),
  finding({ rule: 'headcount', sheet: '基本情况', row: 8, severity: 'warning' }),
  finding({ rule: 'project-balance', sheet: '项目支出', row: 5, severity: 'error' }),
  finding({ rule: 'sub-items', sheet: '项目支出', row: 4, severity: 'info' }),
];

describe('groupFindings', () => {
  it('groups by sheet in order of appearance, then by rule, most severe first, rows ascending', () => {
    const groups = groupFindings(findings, 'all');
    expect(groups.map((g) => g.sheet)).toEqual(['项目支出', '基本情况']);
    expect(groups[0].rules.map((r) => r.rule)).toEqual(['project-balance', 'sub-items']);
    expect(groups[0].rules[0].findings.map((f) => f.row)).toEqual([5, 7]);
    expect(groups[0].rules[1].findings.map((f) => f.row)).toEqual([4, 9]);
  });

  it('filters by severity, dropping sheets left empty', () => {
    const groups = groupFindings(findings, 'warning');
    expect(groups).toHaveLength(1);
    expect(groups[0].sheet).toBe('基本情况');
    expect(groupFindings(findings, 'info').flatMap((g) => g.rules.map((r) => r.severity))).toEqual(['info']);
  });

  it('gives a rule group the severity of its worst finding (a rule may report info and error)', () => {
    const mixed = [finding({ rule: 'sub-items', sheet: 'S', row: 1, severity: 'info' }), finding({ rule: 'sub-items', sheet: 'S', row: 2, severity: 'error' })];
    expect(groupFindings(mixed, 'all')[0].rules[0].severity).toBe('error');
  });

  it('counts by severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 1, info: 2 });
  });
});
