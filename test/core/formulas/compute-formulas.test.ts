import { parseA1 } from '../../../src/core/grid/a1';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { CellValue, Workbook } from '../../../src/core/grid/types';
import { computeMissingFormulaValues, NOT_CALCULATED, type FormulaValuesReport } from '../../../src/core/formulas/compute-formulas';

/** Rows from A1; a formula without a value is written `'=…|'`. */
function compute(sheets: Record<string, readonly (readonly unknown[])[]>): {
  value: (address: string) => CellValue;
  report: FormulaValuesReport | null;
  workbook: Workbook;
} {
  const workbook: Workbook = { sheets: Object.entries(sheets).map(([name, rows]) => sheetFromRows(name, rows)) };
  const result = computeMissingFormulaValues(workbook);
  const value = (address: string): CellValue => {
    const [sheetName, cell] = address.includes('!') ? address.split('!') : [Object.keys(sheets)[0], address];
    const sheet = result.workbook.sheets.find((s) => s.name === sheetName);
    const { row, column } = parseA1(cell);
    return sheet?.values[row - sheet.top]?.[column - sheet.left] ?? null;
  };
  return { value, report: result.report, workbook: result.workbook };
}

/** The value of one formula in A1 of a sheet whose other cells are `cells` (A2 onwards in column A, B1… in row 1). */
function valueOf(formula: string, column: readonly unknown[] = []): CellValue {
  return compute({ S: [[`${formula}|`], ...column.map((v) => [v])] }).value('A1');
}

const notCalculated = { error: NOT_CALCULATED };

describe('computing formulas saved without values', () => {
  it('leaves a workbook whose formulas all have values as it is (the same object)', () => {
    const workbook: Workbook = { sheets: [sheetFromRows('S', [[1, '=A1+1|2']])] };
    const result = computeMissingFormulaValues(workbook);
    expect(result.workbook).toBe(workbook);
    expect(result.report).toBeNull();
  });

  it.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=2^3^2', 64], // left-associative, as in Excel
    ['=-2^2', 4], // unary minus binds first
    ['=10-2-3', 5],
    ['=7/2', 3.5],
    ['=50%', 0.5],
    ['=200*5%', 10],
    ['=-10%', -0.1],
    ['=1e3+1', 1001],
    ['=0.1+0.2', 0.3],
    ['=0.1+0.2-0.3', 0],
    ['=1/0', { error: '#DIV/0!' }],
    ['=1=1', true],
    ['=2<>2', false],
    ['=1<2', true],
    ['="a"="A"', true],
    ['="b">"a"', true],
    ['=3>=3', true],
    ['=2<=1', false],
    ['="x"&1.5&TRUE', 'x1.5TRUE'],
    ['="12"+1', 13],
    ['="abc"+1', { error: '#VALUE!' }],
    ['=TRUE+1', 2],
  ])('%s = %p', (formula, expected) => {
    expect(valueOf(formula)).toEqual(expected);
  });

  it.each([
    ['=SUM(A2:A5)', [1, 2, 'text', null], 3],
    ['=SUM(A2,A3,10)', [1, 2], 13],
    ['=SUM(A2:A3,"4",TRUE)', [1, 2], 8],
    ['=SUM(A2:A3)', [1, { error: '#N/A' }], { error: '#N/A' }],
    ['=ROUND(A2,2)', [2.675], 2.68],
    ['=ROUND(A2,0)', [-2.5], -3],
    ['=ROUND(A2,-2)', [1250], 1300],
    ['=ROUND(A2/3,2)', [10], 3.33],
    ['=ROUNDUP(A2,1)', [1.21], 1.3],
    ['=ROUNDUP(A2,0)', [-1.2], -2],
    ['=ROUNDDOWN(A2,1)', [1.29], 1.2],
    ['=ROUNDDOWN(A2,0)', [-1.9], -1],
    ['=ABS(A2)', [-4.5], 4.5],
    ['=IF(A2>0,"有","无")', [1], '有'],
    ['=IF(A2>0,"有","无")', [0], '无'],
    ['=IF(A2>0,1)', [0], false],
    ['=IF(A2=0,0,A3/A2)', [0, 5], 0],
    ['=MIN(A2:A4)', [3, -1, 'x'], -1],
    ['=MAX(A2:A4)', [3, -1, 'x'], 3],
    ['=MAX(A2:A3)', [null, 'x'], 0],
    ['=AVERAGE(A2:A4)', [1, 2, 'x'], 1.5],
    ['=AVERAGE(A2:A3)', ['x', null], { error: '#DIV/0!' }],
    ['=COUNT(A2:A4)', [1, 'x', 2], 2],
    ['=IFERROR(A2/A3,0)', [1, 0], 0],
    ['=AND(A2>0,A3>0)', [1, 0], false],
    ['=OR(A2>0,A3>0)', [1, 0], true],
    ['=NOT(A2)', [0], true],
    ['=A2', [null], 0],
    ['=_xlfn.ROUND(A2,1)', [1.25], 1.3],
  ])('%s over %p = %p', (formula, column, expected) => {
    expect(valueOf(formula, column)).toEqual(expected);
  });

  it('sums a whole column over its stored cells, and a whole row', () => {
    const { value } = compute({
      S: [
        [1, 2, '=SUM(A:A)|'],
        [3, 4, null],
        [5, null, '=SUM(2:2)|'],
      ],
    });
    expect(value('C1')).toBe(9);
    expect(value('C3')).toBe(7);
  });

  it('reads other sheets, quoted or not, and absolute references', () => {
    const { value } = compute({
      汇总: [["='收支 总表'!B2+数据!$A$1|", '=SUM(数据!$A$1:$A$3)|', "='it''s'!A1|"]],
      '收支 总表': [
        [null, null],
        [null, 100],
      ],
      数据: [[1], [2], [3]],
      "it's": [[42]],
    });
    expect(value('汇总!A1')).toBe(101);
    expect(value('汇总!B1')).toBe(6);
    expect(value('汇总!C1')).toBe(42);
  });

  it('computes cells that depend on each other in dependency order, whatever their place', () => {
    const { value } = compute({
      S: [['=A2*2|'], ['=SUM(A3:A4)|'], ['=B3+1|', 10], [5]],
    });
    expect(value('A3')).toBe(11);
    expect(value('A2')).toBe(16);
    expect(value('A1')).toBe(32);
  });

  it('follows a chain 100k cells deep without running out of stack', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [i === 0 ? 1 : `=A${i}+1|`]);
    expect(compute({ S: rows }).value('A100000')).toBe(100_000);
  });

  it('keeps the values a file holds: only cells without one are computed', () => {
    const { value, report } = compute({ S: [[1, '=A1+1|5', '=B1+1|']] });
    expect(value('B1')).toBe(5);
    expect(value('C1')).toBe(6);
    expect(report?.computed).toEqual([{ sheet: 'S', count: 1, firstRow: 1, firstColumn: 3 }]);
  });

  it('rounds results to the 15 significant digits Excel keeps', () => {
    const { value } = compute({ S: [[104.68, 1651.12, '=A1+B1|', '=A1*3|']] });
    expect(value('C1')).toBe(1755.8);
    expect(value('D1')).toBe(314.04);
  });

  it('names a loop "not calculated", and every cell that depends on it', () => {
    const { value, report } = compute({ S: [['=B1+1|', '=A1-1|', '=A1*2|'], ['=SUM(A2:A3)|'], [1]] });
    expect(value('A1')).toEqual(notCalculated);
    expect(value('B1')).toEqual(notCalculated);
    expect(value('C1')).toEqual(notCalculated);
    expect(value('A2')).toEqual(notCalculated);
    expect(report?.notCalculated.map((cell) => [cell.row, cell.column, cell.reason.kind])).toEqual([
      [1, 1, 'circular'],
      [1, 2, 'circular'],
      [1, 3, 'depends'],
      [2, 1, 'circular'],
    ]);
    expect(report?.notCalculated[2].reason).toEqual({ kind: 'depends', sheet: 0, row: 1, column: 1 });
  });

  it('names the first cell that failed when a failure runs down a chain', () => {
    const { report } = compute({ S: [['=FOO(1)|'], ['=A1+1|'], ['=A2+1|']] });
    expect(report?.notCalculated.map((cell) => cell.reason)).toEqual([
      { kind: 'unknown-function', name: 'FOO' },
      { kind: 'depends', sheet: 0, row: 1, column: 1 },
      { kind: 'depends', sheet: 0, row: 1, column: 1 },
    ]);
  });

  it.each([
    ['=VLOOKUP(1,B1:C2,2,FALSE)', 'unknown-function'],
    ['=收入合计*2', 'name'],
    ['=[1]Sheet1!A1', 'external'],
    ["='[预算.xlsx]Sheet1'!A1", 'external'],
    ['=无此表!A1', 'unknown-sheet'],
    ['=A2:A3', 'array'],
    ['={1,2}', 'array'],
    ['=SUM(A2', 'syntax'],
    ['=1+', 'syntax'],
  ])('%s is not calculated (%s), never 0', (formula, kind) => {
    const { value, report } = compute({ S: [[`${formula}|`], [1], [2]] });
    expect(value('A1')).toEqual(notCalculated);
    expect(report?.notCalculated[0].reason.kind).toBe(kind);
    expect(report?.computed).toEqual([]);
  });

  it('a formula that refers to its own cell through a range is circular', () => {
    const { report } = compute({ S: [[1], [2], ['=SUM(A1:A3)|']] });
    expect(report?.notCalculated[0].reason).toEqual({ kind: 'circular' });
  });

  it('a range named by many formulas is walked once and computed once', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`=B${i + 1}*2|`, i + 1, `=A${i + 1}/SUM($A$1:$A$2000)|`]);
    const { value } = compute({ S: rows });
    expect(value('A2000')).toBe(4000);
    expect(value('C1')).toBe(toPrecision15(2 / (2000 * 2001)));
  });
});

function toPrecision15(x: number): number {
  return Number(x.toPrecision(15));
}

describe('computing on ragged grids', () => {
  it('a formula below or beside the stored values leaves no holes in the grid', () => {
    const sheet = { name: 'S', top: 1, left: 1, values: [[1, 2]], formulas: [[], [], [null, null, '=A1+B1']] };
    const { workbook } = computeMissingFormulaValues({ sheets: [sheet] });
    expect(workbook.sheets[0].values).toEqual([[1, 2], [], [null, null, 3]]);
    expect(sheet.values).toEqual([[1, 2]]); // the input is not changed
  });
});

describe('copied formulas (one tree per formula shape, moved to each cell)', () => {
  it('move relative edges only: running totals over $A$1:A1, a table of B$1*$A2', () => {
    const rows = [
      [1, '=SUM($A$1:A1)|', null, 10, 100],
      [2, '=SUM($A$1:A2)|', '=D$1*$A2|', '=E$1*$A2|'],
      [3, '=SUM($A$1:A3)|', '=D$1*$A3|', '=E$1*$A3|'],
    ];
    const { value } = compute({ S: rows });
    expect([value('B1'), value('B2'), value('B3')]).toEqual([1, 3, 6]);
    expect([value('C2'), value('D2'), value('C3'), value('D3')]).toEqual([20, 200, 30, 300]);
  });

  it('keeps texts in quotes as written in each cell', () => {
    const { value } = compute({
      S: [
        ['=IF(B1>0,"a","b")|', 1],
        ['=IF(B2>0,"A","B")|', 0],
      ],
    });
    expect([value('A1'), value('A2')]).toEqual(['a', 'B']);
  });
});
