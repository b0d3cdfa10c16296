/**
 * The indicator warnings on real files written by openpyxl (test/fixtures/indicators/, made by
 * make-hunan-workbooks.py): over-establishment, 三公 and 公用经费 above budget, an adjustment in the
 * Hunan worst band, and a Hunan 指标表 stating rates its tables do not support — each with its
 * figures, through `budget-check --json`; the consistent workbook of the same layout gives none.
 */
import { join } from 'node:path';
import { checkJson } from '../support/xlsx-cli';

const FIXTURES = join(__dirname, '../fixtures/indicators');
const WARNINGS = join(FIXTURES, 'hunan-warnings.xlsx');
const CONSISTENT = join(FIXTURES, 'hunan-consistent.xlsx');
const CHONGQING = join(FIXTURES, 'chongqing-stated.xlsx');

type Report = Awaited<ReturnType<typeof checkJson>>['report'];
const finding = (report: Report, rule: string, sheet: string, row: number) =>
  report.findings.find((candidate) => candidate.rule === rule && candidate.sheet === sheet && candidate.row === row);
const indicator = (report: Report, id: string) => report.indicators.find((candidate) => candidate.id === id);

describe('budget-check --json on a Hunan workbook with indicators past their limits', () => {
  it('under the Hunan profile: every warning with its figures, and the 指标表’s wrong rates with both values', async () => {
    const { report, code } = await checkJson(WARNINGS, '--profile', 'hunan');
    expect(code).toBe(1);
    expect(report.tables.map((table) => table.kind)).toEqual(['summary', 'basic-data', 'hunan-indicator-table']);

    // 13 staff for 12 posts: 108.33%, over-establishment
    expect(finding(report, 'table-identities', '基础数据表', 2)).toMatchObject({
      severity: 'warning',
      cells: ['E2', 'C2'],
      message: '实际在职人数13人超过编制数12人（控制率108.33%），属超编。',
    });
    // 三公经费 9.9 of a 9 budget: 110.00%
    expect(finding(report, 'indicator-limits', '基础数据表', 4)).toMatchObject({
      severity: 'warning',
      cells: ['E4', 'D4'],
      message: '“三公经费”控制率为110.00%（三公经费控制率 = 三公经费本年决算数 ÷ 三公经费本年预算数；基础数据表!E4、基础数据表!D4），超过100%。',
      expected: 100,
      actual: 110,
    });
    // 公用经费 22.5 of a 10 budget: 225.00%
    expect(finding(report, 'indicator-limits', '基础数据表', 11)).toMatchObject({
      cells: ['E11', 'D11'],
      message: '公用经费控制率为225.00%（公用经费控制率 = 公用经费本年决算数 ÷ 公用经费本年预算数；基础数据表!E11、基础数据表!D11），超过100%。',
      actual: 225,
    });
    // 399.40 added to an initial 1000: 39.94%, > 30% → 0 of 5
    expect(finding(report, 'indicator-limits', '收支总表', 6)).toMatchObject({
      message: '预算控制率为39.94%（收支总表!B6、收支总表!B5），按“湖南 部门整体支出绩效评价指标表（雨花区）”评分（> 30%）得0分（满分5分）。',
    });
    expect(indicator(report, 'budget-adjustment-rate')).toMatchObject({ value: 0.3994, display: '39.94%', score: 0, points: 5, cells: ['收支总表!B6', '收支总表!B5'] });

    // the 指标表 states 100% (a number 1 shown as 0%) and 28%: both values and the score each changes
    expect(finding(report, 'indicator-stated', '指标表', 3)).toMatchObject({
      severity: 'error',
      cells: ['E3'],
      expected: 108.33,
      actual: 100,
    });
    expect(finding(report, 'indicator-stated', '指标表', 3)?.message).toContain('写的在职人员控制率为100%，按表计算为108.33%');
    expect(finding(report, 'indicator-stated', '指标表', 3)?.message).toContain('应得0.83分（满分5分），而不是按写的值得5分');
    expect(finding(report, 'indicator-stated', '指标表', 5)?.message).toContain('写的预算控制率为28%，按表计算为39.94%（预算控制率 = 调整追加 ÷ 年初预算；收支总表!B6、收支总表!B5），相差11.94个百分点；按“湖南 部门整体支出绩效评价指标表（雨花区）”评分应得0分（满分5分），而不是按写的值得2分。');
    // what the 指标表 gets right (96.47%, -5.71%) is not flagged
    expect(finding(report, 'indicator-stated', '指标表', 4)).toBeUndefined();
    expect(finding(report, 'indicator-stated', '指标表', 6)).toBeUndefined();
    expect(report.counts).toMatchObject({ error: 2, warning: 4 });
  });

  it('under the national profile: the same limits, no worst band (nothing is scored)', async () => {
    const { report } = await checkJson(WARNINGS);
    expect(report.findings.filter((candidate) => candidate.rule === 'indicator-limits').map((candidate) => [candidate.sheet, candidate.row])).toEqual([
      ['基础数据表', 4],
      ['基础数据表', 11],
    ]);
    expect(finding(report, 'table-identities', '基础数据表', 2)).toBeDefined();
  });

  it('the consistent workbook of the same layout gives no finding, and its indicators within bounds', async () => {
    for (const profile of ['hunan', 'national']) {
      const { report, code } = await checkJson(CONSISTENT, '--profile', profile);
      expect([profile, report.findings]).toEqual([profile, []]);
      expect(code).toBe(0);
    }
    const { report } = await checkJson(CONSISTENT, '--profile', 'hunan');
    expect(report.tables.map((table) => table.kind)).toEqual(['summary', 'basic-data', 'hunan-indicator-table']);
    expect(
      Object.fromEntries(['staff-control-rate', 'three-public-control-rate', 'public-funds-control-rate', 'budget-adjustment-rate', 'three-public-change-rate'].map((id) => [id, [indicator(report, id)?.display, indicator(report, id)?.score]])),
    ).toEqual({
      'staff-control-rate': ['91.67%', 5], // 11 ÷ 12
      'three-public-control-rate': ['91.11%', null], // 8.2 ÷ 9
      'public-funds-control-rate': ['98.44%', null], // 31.5 ÷ 32
      'budget-adjustment-rate': ['15.00%', 3], // 150 ÷ 1000, (10%, 20%]
      'three-public-change-rate': ['-21.90%', 8], // (8.2 − 10.5) ÷ 10.5 on 决算: the table has no 上年预算数
    });
  });
});

describe('budget-check --json on a Chongqing 部门整体绩效自评表 stating the indicators', () => {
  it('flags the block’s 预算完成率 95% at its row with both values; 0.127 shown as 12.70% and 28.02% agree', async () => {
    const { report } = await checkJson(CHONGQING, '--profile', 'hunan');
    const stated = report.findings.filter((candidate) => candidate.rule === 'indicator-stated');
    expect(stated).toEqual([
      expect.objectContaining({ sheet: '自评表', row: 6, cells: ['F6'], severity: 'error', expected: 87.3, actual: 95 }),
    ]);
    // (1865.39 + 522.68 − 303.36) ÷ (1865.39 + 522.68) = 87.30% scores 0 of 5; 95% would score 5 − 2 = 3
    expect(stated[0].message).toContain('写的预算完成率为95%，按表计算为87.30%');
    expect(stated[0].message).toContain('应得0分（满分5分），而不是按写的值得3分');
  });
});
