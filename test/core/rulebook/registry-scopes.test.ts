/**
 * The rulebook's scopes and field names come from the kind registry: a bureau's custom rule may be
 * written over the fields of an official kind (the 收支总表, the 决算 summary, the 基础数据表) and
 * is checked at its tables like the built-in formulas; an unknown field or scope is refused with
 * one line naming what is allowed.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { DEFAULT_RULEBOOK } from '../../../src/core/rulebook/bundled-rulebook';
import { loadRulebook, RulebookError } from '../../../src/core/rulebook/load-rulebook';
import type { CustomFormulaRule } from '../../../src/core/rulebook/rulebook-types';
import { TABLE_KINDS } from '../../../src/core/tables';
import { formulaScope, formulaScopes } from '../../../src/core/tables/scopes';
import { changed } from '../../support/grid-edit';
import { finalAccountsSummary, hunanBasicData, unitBudgetSummary, type Row } from '../../support/official-grids';

function custom(scope: string, formula: string): CustomFormulaRule {
  return {
    id: 'bureau-rule',
    severity: 'warning',
    scope,
    formula,
    description: { zh: '局里的规则', en: "the bureau's rule" },
    message: { zh: '{actualText}为{actual}，应为{expected}', en: '{actualText} is {actual}, expected {expected}' },
  } as CustomFormulaRule;
}

const withRule = (rule: CustomFormulaRule) => loadRulebook({ ...DEFAULT_RULEBOOK, custom: [rule] });

function problemsOf(rule: CustomFormulaRule): string[] {
  try {
    withRule(rule);
    return [];
  } catch (error) {
    if (!(error instanceof RulebookError)) throw error;
    return error.problems.map((problem) => problem.en);
  }
}

const bureauFindings = (rows: Row[], sheet: string, rule: CustomFormulaRule) =>
  checkWorkbook({ name: 'official.xlsx', sheets: [sheetFromRows(sheet, rows)] }, { rulebook: withRule(rule) }).findings.filter(
    (finding) => finding.rule === 'bureau-rule',
  );

describe('rulebook scopes from the kind registry', () => {
  it('keeps the seed scopes and their fields, and adds every official kind with table-wide figures', () => {
    expect(formulaScopes().map((scope) => scope.id)).toEqual(
      expect.arrayContaining(['project-row', 'summary', 'unit-info', 'budget-summary', 'final-accounts', 'basic-data']),
    );
    expect(formulaScope('project-row')?.fields).toEqual([
      '年初预算',
      '上级转移支付',
      '年中调增',
      '年中调减',
      '年中调整',
      '追加',
      '实际支出',
      '结余结转',
      '全年预算数',
    ]);
    expect([...(formulaScope('summary')?.optional ?? [])]).toEqual(['调整追加', '其他资金']);
    expect(formulaScope('unit-info')?.fields).toEqual(['编制数', '实有人数', '在职人员', '劳务派遣人员', '离休', '退休', '内设机构数', '所属单位数']);
    // an indicator block's figures are per row: it is no scope
    expect(formulaScope('indicator-block')).toBeUndefined();
  });

  it('a scope is the fields its kind file declares (money and counts), nothing kept elsewhere', () => {
    for (const scope of formulaScopes()) {
      const kind = TABLE_KINDS.find((candidate) => candidate.id === scope.kind);
      const declared = kind?.fields.filter((field) => field.type === 'money' || field.type === 'count').map((field) => field.name);
      expect([scope.id, scope.fields]).toEqual([scope.id, declared]);
    }
  });

  it('a custom rule over the official 收支总表 holds on consistent figures and finds a changed line', () => {
    const rule = custom('budget-summary', '财政拨款收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算');
    expect(bureauFindings(unitBudgetSummary(), '收支总表', rule)).toEqual([]);
    // B11 is 1、一般公共预算 (row 11 of the grid)
    const { rows } = changed(unitBudgetSummary(), 'B11', 10_000); // 元: beyond the 0.01 万元 tolerance
    const findings = bureauFindings(rows, '收支总表', rule);
    expect(findings.map((finding) => [finding.severity, finding.sheet, finding.cells.includes('B11')])).toEqual([['warning', '收支总表', true]]);
  });

  it('a custom rule over the 决算 summary is checked in money with the tolerance', () => {
    const rule = custom('final-accounts', '基本支出 + 项目支出 <= 本年支出合计');
    expect(bureauFindings(finalAccountsSummary(), '收入支出决算总表', rule)).toEqual([]);
    const findings = bureauFindings(changed(finalAccountsSummary(), 'B14', 1).rows, '收入支出决算总表', rule);
    expect(findings).toHaveLength(1);
    expect(findings[0].message.zh).toBe('本年支出合计为1920.1，应为1921.1');
  });

  it('head counts of the 基础数据表 are compared in persons; `line.column` amounts are written with a dot', () => {
    const rule = custom('basic-data', '实际在职人数 <= 编制数');
    expect(bureauFindings(hunanBasicData(), '基础数据表', rule)).toEqual([]);
    const findings = bureauFindings(changed(hunanBasicData(), 'E2', 2).rows, '基础数据表', rule);
    expect(findings.map((finding) => [finding.message.zh, finding.cells])).toEqual([['编制数为12，应为13', ['C2', 'E2']]]);
    const threePublic = custom('basic-data', '三公经费.本年决算数 <= 三公经费.本年预算数');
    expect(bureauFindings(hunanBasicData(), '基础数据表', threePublic)).toEqual([]);
    expect(bureauFindings(changed(hunanBasicData(), 'E4', 1).rows, '基础数据表', threePublic).map((finding) => finding.cells)).toEqual([['D4', 'E4']]);
  });

  it('an unknown field is refused with one line naming the kind’s fields', () => {
    expect(problemsOf(custom('final-accounts', '本年收入合计 = 收入总计'))).toEqual([
      expect.stringMatching(/^custom entry 1: formula "本年收入合计 = 收入总计" names unknown field\(s\) 收入总计 \(known: 本年收入合计、使用非财政拨款结余、/),
    ]);
  });

  it('an unknown scope is refused naming the registry’s scopes; counts and amounts are not mixed', () => {
    const [scopeProblem] = problemsOf(custom('budget-sumary', '收入总计 = 支出总计'));
    expect(scopeProblem).toMatch(/^custom entry 1: scope must be one of project-row, summary, unit-info, .*budget-summary/);
    expect(problemsOf(custom('basic-data', '编制数 <= 三公经费.本年预算数'))).toEqual([
      'custom entry 1: formula "编制数 <= 三公经费.本年预算数" mixes head counts and amounts',
    ]);
  });
});
