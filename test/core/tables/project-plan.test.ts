/**
 * E. A 项目库 export's 项目支出计划 (official-layouts.md §E), numbers stored as text: every 小计, the
 * 全年预算, 预计 and 实际 identities and the 细化经济分类 block, each amount changed in turn is found.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { projectPlan, type Row } from '../../support/official-grids';

const check = (rows: Row[]) => checkWorkbook({ name: 'plan.xlsx', sheets: [sheetFromRows('项目支出计划', rows)] });

function textAddresses(rows: Row[], fromRow: number): string[] {
  const columns = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : `A${String.fromCharCode(65 + index - 26)}`);
  return rows.flatMap((row, r) =>
    r + 1 < fromRow ? [] : row.flatMap((value, c) => (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) && c >= 1 ? [`${columns(c)}${r + 1}`] : [])),
  );
}

function changedText(rows: Row[], address: string): Row[] {
  const copy = rows.map((row) => [...row]);
  const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  copy[row][column] = String(Math.round((Number(copy[row][column]) + 1) * 100) / 100);
  return copy;
}

describe('项目库 项目支出计划', () => {
  it('is recognised; consistent figures give only one note on the numbers stored as text', () => {
    const result = check(projectPlan());
    expect(result.tables.map((table) => table.kind)).toEqual(['project-plan']);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'info', messageId: 'text-numbers', cells: ['D4'] })]);
  });

  it.each(textAddresses(projectPlan(), 4).filter((address) => !/^[BC]4$/.test(address)))('a change of %s is found at its row', (address) => {
    const findings = check(changedText(projectPlan(), address)).findings.filter((finding) => finding.severity !== 'info');
    const row = Number(/\d+$/.exec(address)?.[0]);
    expect(findings.some((finding) => finding.row === row || finding.cells.includes(address))).toBe(true);
  });

  it('the 实际 columns are checked only once filled', () => {
    const rows = projectPlan();
    for (let column = 18; column < 24; column++) rows[3][column] = null;
    expect(check(rows).findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('is not taken for a project table (it has 年初预算 and 实际支出 headers)', () => {
    expect(check(projectPlan()).findings.filter((finding) => finding.rule === 'table-structure')).toEqual([]);
  });
});
