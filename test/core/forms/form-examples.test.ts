/**
 * The findings the bundled forms give under the default rulebook: the Sichuan form's real slips as
 * published, and the errors put in on purpose in the forms made from the bundled example (see
 * src/cli/examples/forms-2023.ts) — and nothing else.
 */
import { FORM_SHEETS, SICHUAN_CASE } from '../../../src/cli/examples/forms-2023';
import { sheetOfSpec } from '../../../src/cli/examples/form-sheet-spec';
import { SHIFENG_GRID_2023 } from '../../../src/cli/examples/shifeng-grid-2023';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { Finding } from '../../../src/core/rules/types';

const brief = (finding: Finding): string => `${finding.sheet}!${finding.row} ${finding.rule}/${finding.messageId} ${finding.cells.join(',')}`;

/** The bundled example's project rows, for the cross-check. */
const PROJECT_SHEET = sheetFromRows('项目支出', [
  ['项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转'],
  ...SHIFENG_GRID_2023.projects.map((p) => [p.name, p.initialBudget, p.transfer, p.increase, p.decrease, p.added, p.spending, p.carryOver]),
]);

describe('the Sichuan form as published', () => {
  const result = checkWorkbook({ sheets: [sheetOfSpec(SICHUAN_CASE)] });

  it('is recognised as one Sichuan project form', () => {
    expect(result.tables.map((table) => [table.kind, table.range])).toEqual([['form', 'A1:K20']]);
  });

  it('gives its real findings: empty scores, empty 完成值, template hints, the unexplained adjustment — and nothing else', () => {
    expect(result.findings.map(brief)).toEqual([
      '四川-工资性支出!6 form-explanations/template-hint D6',
      '四川-工资性支出!7 form-explanations/text-empty D7,B7',
      '四川-工资性支出!9 form-explanations/score-empty I9',
      '四川-工资性支出!9 form-explanations/adjustment-reason-missing J9,E9,D9',
      '四川-工资性支出!15 form-explanations/score-empty J15',
      '四川-工资性支出!15 form-indicator-score/actual-missing H15',
      '四川-工资性支出!16 form-explanations/score-empty J16',
      '四川-工资性支出!16 form-indicator-score/actual-missing H16',
      '四川-工资性支出!17 form-explanations/score-empty J17',
      '四川-工资性支出!18 form-explanations/template-hint B18',
      '四川-工资性支出!19 form-explanations/template-hint B19',
      '四川-工资性支出!20 form-explanations/template-hint B20',
    ]);
    const adjustment = result.findings.find((f) => f.messageId === 'adjustment-reason-missing');
    expect(adjustment?.message.zh).toContain('年中调增预算12.96万元（年初预算数238.93万元，全年预算数251.89万元）');
  });

  it('finds its figures consistent: totals, rate 251.89 ÷ 251.89 = 100%, weights 60 + 30 + 10', () => {
    const arithmetic = result.findings.filter((f) => ['form-total-row', 'form-execution-rate', 'form-weights', 'form-total-score'].includes(f.rule));
    expect(arithmetic).toEqual([]);
  });
});

describe('the forms made from the bundled example', () => {
  const result = checkWorkbook({ sheets: [...FORM_SHEETS.slice(1).map(sheetOfSpec), PROJECT_SHEET] });
  const findings = result.findings.filter((f) => f.sheet !== '项目支出').map(brief);

  it('give exactly the errors put in on purpose, and the reasons national forms have no field for', () => {
    expect(findings).toEqual([
      // one form per sheet: 104.86 copied for 104.68 — and what its 执行率 and 得分 would be on the table's figure
      '项目自评-网格信息化!6 form-execution-follows/follows-project F6,H6,I6',
      '项目自评-网格信息化!6 form-explanations/adjustment-reason-nowhere E6,D6',
      '项目自评-网格信息化!6 form-explanations/rate-reason-nowhere H6',
      '项目自评-网格信息化!6 form-vs-project/spending F6',
      // two stacked forms: a rate over 年初预算 scored in full; full marks for a missed target; a total left at 0
      '项目自评-两张!6 form-execution-rate/initial-budget H6,F6,E6,D6',
      '项目自评-两张!6 form-execution-score/mismatch I6,G6,H6',
      '项目自评-两张!6 form-explanations/adjustment-reason-nowhere E6,D6',
      '项目自评-两张!6 form-explanations/rate-reason-nowhere H6',
      '项目自评-两张!14 form-indicator-score/full-marks-missed H14,F14,E14,G14',
      '项目自评-两张!26 form-explanations/adjustment-reason-nowhere E26,D26',
      '项目自评-两张!26 form-total-row/mismatch D26,D27,D28,D29',
      // the national unit form is consistent: its 87.30% and its adjustment are to be explained in the report
      '部门整体自评!6 form-explanations/adjustment-reason-nowhere E6,D6',
      '部门整体自评!6 form-explanations/rate-reason-nowhere H6',
      // Chongqing: 产出指标(50分) weighs 45, the form 95
      '重庆-部门整体自评!5 form-explanations/adjustment-reason-nowhere D5,C5',
      '重庆-部门整体自评!5 form-explanations/rate-reason-nowhere F5',
      '重庆-部门整体自评!13 form-weights/sum G14,G15,G16,G17,G18,G5',
      '重庆-部门整体自评!14 form-weights/group B14,G14,G15,G16',
    ]);
  });

  it('name the mismatch with the project table', () => {
    const crossCheck = result.findings.find((f) => f.rule === 'form-vs-project');
    expect(crossCheck?.message.zh).toBe('“网格信息化建设项目”自评表的全年执行数为104.86万元，但项目支出第2行的实际支出为104.68万元，相差0.18万元。');
    expect(crossCheck?.difference).toEqual({ kind: 'money', fen: 180_000n });
  });
});
