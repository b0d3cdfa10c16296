/**
 * The budget 收支总表 and 财政拨款收支总表 (official-layouts.md §A) in the spec layouts: consistent
 * figures give nothing; every amount cell of every identity, changed, gives a finding naming its
 * row; a broken total formula (`#REF!`) is named at its cell; the header `项目 | 预算数 | 项目支出`
 * is never taken for a project table.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { Sheet } from '../../../src/core/grid/types';
import { appropriationSummary, departmentBudgetSummary, unitBudgetSummary, type Row } from '../../support/official-grids';
import { amountAddresses, changed, withFormula } from '../../support/grid-edit';

function check(sheets: Record<string, Row[] | Sheet>) {
  const built = Object.entries(sheets).map(([name, rows]) => (Array.isArray(rows) ? sheetFromRows(name, rows) : rows));
  return checkWorkbook({ name: 'official.xlsx', sheets: built });
}

function notInfo(findings: ReturnType<typeof check>['findings']) {
  return findings.filter((finding) => finding.severity !== 'info');
}

describe('budget 收支总表 (unit form)', () => {
  it('is recognised, and consistent figures give no finding', () => {
    const result = check({ 单位收支总表: unitBudgetSummary() });
    expect(result.tables.map((table) => table.kind)).toEqual(['budget-summary']);
    expect(result.findings).toEqual([]);
  });

  it.each(amountAddresses(unitBudgetSummary(), { fromRow: 10 }))('a change of %s is found at its row', (address) => {
    const { rows, row } = changed(unitBudgetSummary(), address, 1_000);
    const findings = notInfo(check({ 单位收支总表: rows }).findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((finding) => finding.row === row || finding.cells.includes(address))).toBe(true);
  });

  it('a change within the tolerance (0.005 万元 = 50 元) is no finding', () => {
    expect(check({ 单位收支总表: changed(unitBudgetSummary(), 'E10', 49).rows }).findings).toEqual([]);
  });

  it('names a #REF! inside a total at its cell, with the formula', () => {
    const sheet = withFormula(sheetFromRows('单位收支总表', unitBudgetSummary()), 'G19', '=G10+G11+#REF!+G13', { error: '#REF!' });
    const findings = check({ 单位收支总表: sheet }).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'table-identities', messageId: 'error-value', severity: 'error', cells: ['G19'], row: 19 }),
    );
    expect(findings.find((finding) => finding.messageId === 'error-value')?.message.zh).toContain('=G10+G11+#REF!+G13');
  });

  it('names a formula saved without its value that holds #REF!', () => {
    const sheet = withFormula(sheetFromRows('单位收支总表', unitBudgetSummary()), 'D19', '=D10+#REF!', null);
    expect(check({ 单位收支总表: sheet }).findings).toContainEqual(expect.objectContaining({ messageId: 'error-value', cells: ['D19'] }));
  });

  it('reads a number stored as text and says so', () => {
    const rows = unitBudgetSummary();
    rows[14][1] = '0.0'; // 三、事业单位经营收入, typed as text
    const findings = check({ 单位收支总表: rows }).findings;
    expect(findings).toEqual([expect.objectContaining({ messageId: 'text-number', severity: 'warning', cells: ['B15'] })]);
  });
});

describe('budget 收支总表 (department form)', () => {
  it('consistent figures give no finding', () => {
    const result = check({ 部门收支总表: departmentBudgetSummary() });
    expect(result.tables.map((table) => table.kind)).toEqual(['budget-summary']);
    expect(result.findings).toEqual([]);
  });

  it.each(amountAddresses(departmentBudgetSummary(), { fromRow: 5 }))('a change of %s is found at its row', (address) => {
    const { rows, row } = changed(departmentBudgetSummary(), address, 1_000);
    const findings = notInfo(check({ 部门收支总表: rows }).findings);
    expect(findings.some((finding) => finding.row === row || finding.cells.includes(address))).toBe(true);
  });
});

describe('财政拨款收支总表', () => {
  const summary = unitBudgetSummary();
  const general = Number(summary[10][1]);

  it('is recognised beside the 收支总表, and agrees with it', () => {
    const result = check({ 单位收支总表: summary, 单位财政拨款收支总表: appropriationSummary(general, 2_000_000, 300_000) });
    expect(result.tables.map((table) => table.kind)).toEqual(['budget-summary', 'appropriation-summary']);
    expect(result.findings).toEqual([]);
  });

  it.each(amountAddresses(appropriationSummary(general, 2_000_000, 300_000), { fromRow: 5 }))('a change of %s is found at its row', (address) => {
    const { rows, row } = changed(appropriationSummary(general, 2_000_000, 300_000), address, 1_000);
    const findings = notInfo(check({ 单位财政拨款收支总表: rows }).findings);
    expect(findings.some((finding) => finding.row === row || finding.cells.includes(address))).toBe(true);
  });

  it('its 一般公共预算 income must be the 收支总表’s 1、一般公共预算 line', () => {
    const other = appropriationSummary(general + 10_000, 2_000_000, 300_000);
    const findings = check({ 单位收支总表: summary, 单位财政拨款收支总表: other }).findings;
    expect(findings).toEqual([expect.objectContaining({ sheet: '单位财政拨款收支总表', row: 5, cells: ['B5', '单位收支总表!B11'], subject: '一般公共预算' })]);
  });
});
