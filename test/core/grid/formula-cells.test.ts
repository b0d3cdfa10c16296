/**
 * formulaCellsByColumn and formulasWithoutValue, the one walk over a sheet's formulas that
 * computing and the formula rules share, against a plain scan of every slot of the grid.
 */
import fc from 'fast-check';
import { formulaCellsByColumn, formulasWithoutValue } from '../../../src/core/grid/formula-cells';
import type { CellValue, Sheet } from '../../../src/core/grid/types';

/** What a reader may leave in a slot: a formula, a text that is none, nothing, or a hole. */
const formulaSlot = fc.oneof(fc.constantFrom('=A1+B2', '=SUM(C1:C9)', '=1', 'A1+1', '', ' =A1', null), fc.constant(undefined));
const valueSlot = fc.oneof(fc.constantFrom<CellValue | undefined>(null, '', 0, 1.5, 'x', { error: '#DIV/0!' }), fc.constant(undefined));

function gridOf<T>(rows: readonly (readonly (T | undefined)[] | undefined)[]): T[][] {
  // holes where the generator said undefined, as a reader leaves rows and cells it never saw
  const grid: T[][] = [];
  rows.forEach((row, r) => {
    if (row === undefined) return;
    const cells: T[] = [];
    row.forEach((cell, c) => {
      if (cell !== undefined) cells[c] = cell;
    });
    cells.length = row.length;
    grid[r] = cells;
  });
  grid.length = rows.length;
  return grid;
}

function scan(sheet: Sheet): {
  columns: Map<number, { rows: number[]; formulas: string[] }>;
  withoutValue: { row: number; column: number; formula: string }[];
} {
  const columns = new Map<number, { rows: number[]; formulas: string[] }>();
  const withoutValue: { row: number; column: number; formula: string }[] = [];
  const formulas = sheet.formulas ?? [];
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < (formulas[r]?.length ?? 0); c++) {
      const formula = formulas[r][c];
      if (typeof formula !== 'string' || !formula.startsWith('=')) continue;
      const row = r + sheet.top;
      const column = c + sheet.left;
      if (!columns.has(column)) columns.set(column, { rows: [], formulas: [] });
      columns.get(column)?.rows.push(row);
      columns.get(column)?.formulas.push(formula);
      if ((sheet.values[r]?.[c] ?? null) === null) withoutValue.push({ row, column, formula });
    }
  }
  return { columns, withoutValue };
}

test('the formulas by column and those without a value are what a scan of every slot finds, in order', () => {
  const rows = <T>(slot: fc.Arbitrary<T>) => fc.array(fc.option(fc.array(slot, { maxLength: 6 }), { nil: undefined }), { maxLength: 8 });
  fc.assert(
    fc.property(rows(formulaSlot), rows(valueSlot), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (formulaRows, valueRows, top, left) => {
      const sheet: Sheet = { name: 'S', top, left, values: gridOf(valueRows), formulas: gridOf(formulaRows) };
      const expected = scan(sheet);
      const columns = formulaCellsByColumn(sheet);
      expect(columns.map((list) => list.column)).toEqual([...expected.columns.keys()].sort((a, b) => a - b));
      for (const list of columns) expect({ rows: list.rows, formulas: list.formulas }).toEqual(expected.columns.get(list.column));
      expect(formulasWithoutValue(sheet)).toEqual(expected.withoutValue);
    }),
  );
});

test('a sparse sheet: a formula far down and far right is found without walking the rectangle', () => {
  const formulas: (string | null)[][] = [];
  formulas[1_048_575] = [];
  formulas[1_048_575][16_383] = '=A1';
  const values: CellValue[][] = [];
  values[1_048_575] = [];
  const sheet: Sheet = { name: 'S', top: 1, left: 1, values, formulas };
  expect(formulaCellsByColumn(sheet)).toEqual([{ column: 16_384, rows: [1_048_576], formulas: ['=A1'] }]);
  expect(formulasWithoutValue(sheet)).toEqual([{ row: 1_048_576, column: 16_384, formula: '=A1' }]);
});
