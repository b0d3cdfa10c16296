/**
 * Walks the cells a sheet stores, never its bounding rectangle. A sheet holding only A1 and
 * XFD1048576 spans 17 G cells but stores two; a reader gives such rows and sheets as sparse arrays
 * (`row[16383] = v`), and every walk over a whole sheet goes through here so that its work grows
 * with the cells stored, not with the rectangle they span.
 */
import type { CellValue, Sheet } from './types';

/**
 * Up to this length an array is walked index by index (cheaper than listing its keys): a row of
 * cells up to 256 columns, the rows of a sheet up to twice Excel's 1,048,576 (a few ms at most).
 */
const SHORT_ROW = 256;
const SHORT_SHEET = 2 * 1_048_576;

/** The indexes an array holds an element at, ascending: holes are skipped without being visited. */
export function storedIndexes(array: readonly unknown[], short = SHORT_ROW): number[] {
  const indexes: number[] = [];
  if (array.length <= short) {
    for (let i = 0; i < array.length; i++) if (array[i] !== undefined) indexes.push(i);
    return indexes;
  }
  // own integer keys come in ascending order, and a sparse array lists only those it holds
  for (const key of Object.keys(array)) {
    const index = Number(key);
    if (Number.isInteger(index) && array[index] !== undefined) indexes.push(index);
  }
  return indexes;
}

/** The indexes of the rows a sheet's values, formulas or formats array stores, top to bottom. */
export function storedRowIndexes(rows: readonly unknown[]): number[] {
  return storedIndexes(rows, SHORT_SHEET);
}

/**
 * The indexes a plain loop over a row must list, or null for a row short enough to walk index by
 * index (a hole reads as undefined): so that 100k short rows make no index lists.
 */
export function indexesToWalk(row: readonly unknown[]): number[] | null {
  return row.length <= SHORT_ROW ? null : storedIndexes(row);
}

/** The same for a sheet's rows array: null unless it is longer than any sheet walked index by index. */
export function rowIndexesToWalk(rows: readonly unknown[]): number[] | null {
  return rows.length <= SHORT_SHEET ? null : storedRowIndexes(rows);
}

/** A shallow copy of a rows array keeping its holes, in time of the rows stored (slice visits every index). */
export function copyOfRows<T>(rows: readonly T[]): T[] {
  if (rows.length <= SHORT_SHEET) return rows.slice();
  const copy: T[] = [];
  for (const index of storedRowIndexes(rows)) copy[index] = rows[index];
  copy.length = rows.length;
  return copy;
}

/** The first index of the ascending `sorted`, from `from` on, holding `value` or more (sorted.length if none). */
export function lowerBound(sorted: readonly number[], value: number, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The 1-based row numbers of the rows a sheet stores, top to bottom. */
export function storedRows(sheet: Sheet): number[] {
  const rows = storedRowIndexes(sheet.values);
  for (let i = 0; i < rows.length; i++) rows[i] += sheet.top;
  return rows;
}

/**
 * The 1-based columns of a row holding a value (not null, not ''), left to right, optionally only
 * those from `from` to `to`.
 */
export function storedColumns(sheet: Sheet, row: number, from = sheet.left, to = Infinity): number[] {
  const values: readonly CellValue[] | undefined = sheet.values[row - sheet.top];
  if (!values) return [];
  const columns: number[] = [];
  if (values.length <= SHORT_ROW) {
    const end = Math.min(values.length - 1, to - sheet.left);
    for (let index = Math.max(0, from - sheet.left); index <= end; index++) {
      const value = values[index];
      if (value !== undefined && value !== null && value !== '') columns.push(sheet.left + index);
    }
    return columns;
  }
  for (const index of storedIndexes(values)) {
    const column = sheet.left + index;
    if (column < from) continue;
    if (column > to) break;
    const value = values[index];
    if (value !== null && value !== '') columns.push(column);
  }
  return columns;
}

/** A sheet's text cells: the i-th text (trimmed, not empty), and where asked the i-th row and column. */
export interface StoredTexts {
  readonly texts: string[];
  readonly rows?: number[];
  readonly columns?: number[];
}

/**
 * The text cells of a sheet, trimmed (as cellText reads them) and not empty, row by row, left to
 * right: one walk over the whole sheet (the 1.3M cells of 100k rows) in a plain loop with no call
 * per cell. Their places only `withPlaces`: keeping them doubles the walk's time, and most sheets
 * are asked only whether they hold a text.
 */
export function storedTexts(sheet: Sheet, withPlaces = false): StoredTexts {
  const texts: string[] = [];
  const rows: number[] | undefined = withPlaces ? [] : undefined;
  const columns: number[] | undefined = withPlaces ? [] : undefined;
  const sheetRows = sheet.values;
  const rowIndexes = rowIndexesToWalk(sheetRows);
  const rowCount = rowIndexes ? rowIndexes.length : sheetRows.length;
  for (let i = 0; i < rowCount; i++) {
    const rowIndex = rowIndexes ? rowIndexes[i] : i;
    const values = sheetRows[rowIndex];
    if (values === undefined) continue;
    const indexes = indexesToWalk(values);
    const count = indexes ? indexes.length : values.length;
    for (let j = 0; j < count; j++) {
      const index = indexes ? indexes[j] : j;
      const value = values[index];
      if (typeof value !== 'string') continue;
      const text = value.trim();
      if (text === '') continue;
      texts.push(text);
      if (rows && columns) {
        rows.push(sheet.top + rowIndex);
        columns.push(sheet.left + index);
      }
    }
  }
  return { texts, rows, columns };
}

/**
 * A sheet's extent is asked by every kind and block that reads across a sheet (lastColumn), some
 * once per column: found once per values grid (a sheet is not changed once read; a copy with other
 * values is another grid).
 */
const extentOfGrid = new WeakMap<Sheet['values'], { readonly bottom: number; readonly right: number }>();

/** The last row and column holding an element (1-based); the sheet's top-left when it stores none. */
export function storedExtent(sheet: Sheet): { readonly bottom: number; readonly right: number } {
  let extent = extentOfGrid.get(sheet.values);
  if (!extent) extentOfGrid.set(sheet.values, (extent = gridExtent(sheet.values)));
  return { bottom: sheet.top + extent.bottom, right: sheet.left + extent.right };
}

/** The last row index holding an element and the greatest row length less one, of a values grid (-1 when empty). */
function gridExtent(rows: Sheet['values']): { readonly bottom: number; readonly right: number } {
  let last = -1;
  let width = 0;
  const indexes = rowIndexesToWalk(rows);
  const count = indexes ? indexes.length : rows.length;
  for (let i = 0; i < count; i++) {
    const index = indexes ? indexes[i] : i;
    const row = rows[index];
    if (row === undefined) continue;
    last = index;
    width = Math.max(width, row.length);
  }
  return { bottom: last, right: width - 1 };
}

/** The stored rows from `top` to `bottom` (1-based, inclusive). */
export function storedRowsBetween(sheet: Sheet, top: number, bottom: number): number[] {
  const rows = sheet.values;
  if (rows.length > SHORT_SHEET) return storedRows(sheet).filter((row) => row >= top && row <= bottom);
  // a few rows above a table (its unit note) of a 100k-row sheet: only those are looked at
  const found: number[] = [];
  const last = Math.min(bottom, sheet.top + rows.length - 1);
  for (let row = Math.max(top, sheet.top); row <= last; row++) if (rows[row - sheet.top] !== undefined) found.push(row);
  return found;
}

/** Whether a stored cell of the row holds a text passing `test` (stored cells only: rows may be sparse). */
export function someStoredText(sheet: Sheet, row: number, test: (text: string) => boolean): boolean {
  const values = sheet.values[row - sheet.top];
  if (!values) return false;
  // asked of every row of a 100k-row sheet: a plain loop, no function made per row
  const indexes = indexesToWalk(values);
  const count = indexes ? indexes.length : values.length;
  for (let i = 0; i < count; i++) {
    const value = values[indexes ? indexes[i] : i];
    if (typeof value === 'string' && test(value)) return true;
  }
  return false;
}
