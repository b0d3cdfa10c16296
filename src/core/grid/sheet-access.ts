import { storedExtent } from './stored-cells';
import type { CellValue, Sheet } from './types';

/** Reads cells of a sheet by 1-based row and column, treating cells outside the used range as empty. */
export function cellValue(sheet: Sheet, row: number, column: number): CellValue {
  const v = sheet.values[row - sheet.top]?.[column - sheet.left];
  return v === undefined || v === '' ? null : v;
}

export function cellFormula(sheet: Sheet, row: number, column: number): string | null {
  const f = sheet.formulas?.[row - sheet.top]?.[column - sheet.left];
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

export function cellNumberFormat(sheet: Sheet, row: number, column: number): string | null {
  return sheet.numberFormats?.[row - sheet.top]?.[column - sheet.left] ?? null;
}

export function lastRow(sheet: Sheet): number {
  return sheet.top + sheet.values.length - 1;
}

/** The right-most column of any stored row (rows may be sparse arrays: only stored rows are looked at). */
export function lastColumn(sheet: Sheet): number {
  return storedExtent(sheet).right;
}

/** The text of a cell as a person reads it, trimmed ('' for empty, numbers as written). */
export function cellText(sheet: Sheet, row: number, column: number): string {
  const v = cellValue(sheet, row, column);
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return String(v).trim();
}
