/**
 * D. The Chongqing indicator block (official-layouts.md §D): 得分系数 from completion, 指标得分 from
 * the coefficient and weight, 自评总分, at least five 核心指标; full marks at 72.74% completion is found.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { chongqingForm, type Row } from '../../support/official-grids';
import { withFormula } from '../../support/grid-edit';
import type { Sheet } from '../../../src/core/grid/types';

const check = (rows: Row[] | Sheet) => checkWorkbook({ name: 'cq.xlsx', sheets: [Array.isArray(rows) ? sheetFromRows('自评表', rows) : rows] });
const ours = (rows: Row[] | Sheet) => check(rows).findings.filter((finding) => finding.rule === 'table-identities');

function edit(change: (rows: Row[]) => void): Row[] {
  const rows = chongqingForm();
  change(rows);
  return rows;
}

describe('Chongqing indicator block', () => {
  it('is recognised beside the form’s money block, and consistent figures give no finding', () => {
    const result = check(chongqingForm());
    expect(result.tables.map((table) => table.kind).sort()).toEqual(['form', 'indicator-block']);
    expect(result.findings).toEqual([]);
  });

  it('finds an indicator given full marks at 72.74% completion', () => {
    const findings = ours(
      edit((rows) => {
        rows[6][6] = '100%';
        rows[6][8] = 20;
        rows[11][8] = 98.17;
      }),
    );
    expect(findings).toEqual([expect.objectContaining({ row: 7, subject: '办结率', messageId: 'indicator-coefficient', cells: ['G7', 'F7', 'D7'] })]);
    expect(findings[0].message.zh).toBe('指标“办结率”全年完成值72.74%、指标值100%，得分系数应为72.74%，表中为100%。');
  });

  it('uses the adjusted target where filled, and the inverse for a ≤ target', () => {
    expect(ours(edit((rows) => (rows[8][5] = '93%')))).toEqual([expect.objectContaining({ row: 9, messageId: 'indicator-coefficient' })]);
    expect(ours(edit((rows) => (rows[7][5] = '8%')))).toEqual([
      expect.objectContaining({ row: 8, messageId: 'indicator-coefficient', expected: { kind: 'percent', value: 62.5 } }),
    ]);
  });

  it('a score that is not coefficient × weight, a wrong total, a total over 100', () => {
    expect(ours(edit((rows) => (rows[9][8] = 10)))).toEqual([
      expect.objectContaining({ row: 10, messageId: 'indicator-score' }),
      expect.objectContaining({ row: 12, messageId: 'indicator-total' }),
    ]);
    expect(ours(edit((rows) => (rows[11][8] = 93)))).toEqual([expect.objectContaining({ row: 12, messageId: 'indicator-total' })]);
  });

  // 办结率: 得分系数 72.74% × 指标权重 20 = 14.548 exactly; a score, a coefficient, may be 0.01 off (as rounded
  // to two decimals), not more. As floats, 14.558 − 14.548 and 72.75 − 72.74 come out above 0.01.
  it.each([
    [14.538, 92.708, false],
    [14.537, 92.707, true],
    [14.558, 92.728, false],
    [14.559, 92.729, true],
  ])('a 指标得分 of %p with the total %p (exact 14.548): found = %p', (score, total, found) => {
    const findings = ours(
      edit((rows) => {
        rows[6][8] = score;
        rows[11][8] = total;
      }),
    );
    expect(findings).toEqual(found ? [expect.objectContaining({ row: 7, messageId: 'indicator-score', expected: { kind: 'score', value: 14.55 } })] : []);
  });

  it.each([
    ['72.73%', false],
    ['72.729%', true],
    ['72.75%', false],
    ['72.751%', true],
    [0.7273, false],
    [0.72729, true],
  ])('a 得分系数 of %p (exact 72.74%): found = %p', (coefficient, found) => {
    const findings = ours(edit((rows) => (rows[6][6] = coefficient)));
    expect(findings).toEqual(
      found ? [expect.objectContaining({ row: 7, messageId: 'indicator-coefficient', expected: { kind: 'percent', value: 72.74 } })] : [],
    );
  });

  it('a 得分系数 stored as a number: 0.7274 formatted 0.00% is 72.74%, and 72.74 formatted 0.00"%" (a quoted %) is 72.74 too', () => {
    const sheet = (value: number, format: string): Sheet => {
      const base = sheetFromRows(
        '自评表',
        edit((rows) => (rows[6][6] = value)),
      );
      const numberFormats = base.values.map((line, row) => line.map((_, column) => (row === 6 && column === 6 ? format : null)));
      return { ...base, numberFormats };
    };
    expect(ours(sheet(0.7274, '0.00%'))).toEqual([]);
    expect(ours(sheet(72.74, '0.00"%"'))).toEqual([]);
    expect(ours(sheet(0.6274, '0.00%')).map((finding) => finding.messageId)).toEqual(['indicator-coefficient', 'indicator-score']);
  });

  it('a 自评总分 0.01 off the exact sum is accepted, more is not', () => {
    expect(ours(edit((rows) => (rows[11][8] = 92.73)))).toEqual([]);
    expect(ours(edit((rows) => (rows[11][8] = 92.71)))).toEqual([]);
    expect(ours(edit((rows) => (rows[11][8] = 92.731)))).toEqual([expect.objectContaining({ row: 12, messageId: 'indicator-total' })]);
  });

  it('fewer than five 核心指标 is a warning', () => {
    expect(ours(edit((rows) => (rows[5][9] = '否')))).toEqual([expect.objectContaining({ severity: 'warning', messageId: 'indicator-core-count' })]);
  });

  it('a 总分 formula broken by a row insert (=I6+#REF!+…) is an error at that cell, naming the formula', () => {
    const sheet = withFormula(sheetFromRows('自评表', chongqingForm()), 'I12', '=I6+#REF!+I8+I9+I10+I11+G3', { error: '#REF!' });
    const findings = ours(sheet);
    expect(findings).toContainEqual(expect.objectContaining({ messageId: 'error-value', severity: 'error', row: 12, cells: ['I12'] }));
    expect(findings.find((finding) => finding.messageId === 'error-value')?.message.zh).toContain('=I6+#REF!+I8+I9+I10+I11+G3');
  });
});
