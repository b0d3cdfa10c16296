/**
 * Finds values written beside their labels (`在职人员 | 7`), as on a 基本情况 or 收支总表 sheet or in
 * a two-column 项目 | 金额 table. The value is the next non-empty cell to the right of the label;
 * when that cell is itself a label the labels head a row of values, so the value is read below.
 */
import { cellText, cellValue, lastColumn, lastRow } from '../grid/sheet-access';
import { lowerBound, storedColumns, storedRows } from '../grid/stored-cells';
import type { CellRange, Sheet } from '../grid/types';
import type { ReadCell } from './model';
import { normalizeLabel } from './normalize-label';
import { readCell } from './read-cell';

/** Labels are short; a longer text is a value (duties, a paragraph) and is not matched. */
const MAX_LABEL_LENGTH = 40;

export interface LabelHit<T> {
  readonly match: T;
  /** The label as written, trimmed. */
  readonly label: string;
  readonly labelCell: ReadCell;
  /** The value's cell; its value is null when the label has none. */
  readonly valueCell: ReadCell;
}

/**
 * Every label `matchLabel` recognises (given the normalised text), outside the `excluded` ranges
 * (project tables: their header words are not labels). Linear in the cells of the sheet.
 */
export function findLabelledValues<T>(sheet: Sheet, matchLabel: (normalized: string) => T | null, excluded: readonly CellRange[]): LabelHit<T>[] {
  const hits: LabelHit<T>[] = [];
  const right = lastColumn(sheet);
  const bottom = lastRow(sheet);
  const labelAt = (row: number, column: number): T | null => {
    const value = cellValue(sheet, row, column);
    if (typeof value !== 'string' || value.length > MAX_LABEL_LENGTH) return null;
    return matchLabel(normalizeLabel(value));
  };
  // stored cells only: a sparse sheet spanning XFD1048576 costs what it holds
  const rows = storedRows(sheet);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // the rows of a project table spanning the sheet (100k of them) are passed over in one step
    const spanning = spanningRange(excluded, row, sheet.left, right);
    if (spanning) {
      i = lowerBound(rows, spanning.bottom + 1, i + 1) - 1;
      continue;
    }
    const rowRanges = excluded.filter((range) => range.top <= row && row <= range.bottom);
    const columns = storedColumns(sheet, row);
    columns.forEach((column, index) => {
      if (rowRanges.some((range) => range.left <= column && column <= range.right)) return;
      const match = labelAt(row, column);
      if (match === null) return;
      const valueCell = findValueCell(sheet, row, column, columns[index + 1], bottom, labelAt);
      hits.push({ match, label: cellText(sheet, row, column), labelCell: readCell(sheet, row, column), valueCell });
    });
  }
  return hits;
}

/** One of `ranges` that covers `row` from `left` to `right`, if any. */
function spanningRange(ranges: readonly CellRange[], row: number, left: number, right: number): CellRange | undefined {
  for (const range of ranges) if (range.top <= row && row <= range.bottom && range.left <= left && range.right >= right) return range;
  return undefined;
}

/** `nextStored` is the next column of the row holding a value, if any. */
function findValueCell<T>(
  sheet: Sheet,
  row: number,
  column: number,
  nextStored: number | undefined,
  bottom: number,
  labelAt: (row: number, column: number) => T | null,
): ReadCell {
  if (nextStored !== undefined) {
    if (labelAt(row, nextStored) === null) return readCell(sheet, row, nextStored);
    // the next cell is another label: labels across a row, values in the row below
    if (row < bottom && cellValue(sheet, row + 1, column) !== null && labelAt(row + 1, column) === null) {
      return readCell(sheet, row + 1, column);
    }
  }
  return readCell(sheet, row, afterMerge(sheet, row, column) + 1);
}

/** The last column of the merged area a cell starts, or the cell's own column. */
function afterMerge(sheet: Sheet, row: number, column: number): number {
  const merge = sheet.merges?.find((area) => area.top === row && area.left === column);
  return merge ? merge.right : column;
}

/** The cells' bounding range. */
export function boundingRange(cells: readonly ReadCell[]): CellRange {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const cell of cells) {
    top = Math.min(top, cell.row);
    left = Math.min(left, cell.column);
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.column);
  }
  return { top, left, bottom, right };
}
