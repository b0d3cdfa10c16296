/** Changing one cell of a test grid: by A1 address, on rows given as arrays or on a built sheet. */
import { parseA1 } from '../../src/core/grid/a1';
import type { CellValue, Sheet } from '../../src/core/grid/types';
import type { Row } from './official-grids';

/** Every numeric cell at or below `fromRow`, as A1 addresses. */
export function amountAddresses(rows: readonly Row[], { fromRow = 1 } = {}): string[] {
  const addresses: string[] = [];
  rows.forEach((row, index) =>
    row.forEach((value, column) => {
      if (typeof value === 'number' && index + 1 >= fromRow) addresses.push(String.fromCharCode(65 + column) + (index + 1));
    }),
  );
  return addresses;
}

/** A copy of `rows` with the number at `address` raised by `by`. */
export function changed(rows: readonly Row[], address: string, by: number): { rows: Row[]; row: number } {
  const { row, column } = parseA1(address);
  const copy = rows.map((line) => [...line]);
  copy[row - 1][column - 1] = Math.round((Number(copy[row - 1][column - 1]) + by) * 100) / 100;
  return { rows: copy, row };
}

/** A copy of a sheet (placed at A1) whose cell holds `formula` with the cached `value`. */
export function withFormula(sheet: Sheet, address: string, formula: string, value: CellValue): Sheet {
  const { row, column } = parseA1(address);
  const values = sheet.values.map((line) => [...line]);
  const formulas = values.map((line, index) => line.map((_, c) => sheet.formulas?.[index]?.[c] ?? null));
  while (values.length < row) values.push([]);
  while (formulas.length < row) formulas.push([]);
  values[row - 1][column - 1] = value;
  formulas[row - 1][column - 1] = formula;
  return { ...sheet, values, formulas };
}

/** A copy of a sheet (anywhere on the grid) with constants written at the given A1 addresses. */
export function withValues(sheet: Sheet, cells: Readonly<Record<string, CellValue>>): Sheet {
  const values = sheet.values.map((line) => [...line]);
  const formulas = sheet.formulas?.map((line) => [...line]);
  for (const [address, value] of Object.entries(cells)) {
    const { row, column } = parseA1(address);
    const r = row - sheet.top;
    const c = column - sheet.left;
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = value;
    if (formulas?.[r]) formulas[r][c] = null;
  }
  return { ...sheet, values, ...(formulas ? { formulas } : {}) };
}
