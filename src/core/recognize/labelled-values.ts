/**
 * Finds values written beside their labels (`在职人员 | 7`), as on a 基本情况 or 收支总表 sheet or in
 * a two-column 项目 | 金额 table. The value is the next non-empty cell to the right of the label;
 * when that cell is itself a label the labels head a row of values, so the value is read below.
 */
import { cellText, cellValue, lastColumn, lastRow } from '../grid/sheet-access';
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
export function findLabelledValues<T>(
  sheet: Sheet,
  matchLabel: (normalized: string) => T | null,
  excluded: readonly CellRange[],
): LabelHit<T>[] {
  const hits: LabelHit<T>[] = [];
  const right = lastColumn(sheet);
  const bottom = lastRow(sheet);
  const labelAt = (row: number, column: number): T | null => {
    const value = cellValue(sheet, row, column);
    if (typeof value !== 'string' || value.length > MAX_LABEL_LENGTH) return null;
    return matchLabel(normalizeLabel(value));
  };
  for (let row = sheet.top; row <= bottom; row++) {
    const rowRanges = excluded.filter((range) => range.top <= row && row <= range.bottom);
    if (rowRanges.some((range) => range.left <= sheet.left && range.right >= right)) continue;
    for (let column = sheet.left; column <= right; column++) {
      if (rowRanges.some((range) => range.left <= column && column <= range.right)) continue;
      const match = labelAt(row, column);
      if (match === null) continue;
      const valueCell = findValueCell(sheet, row, column, right, bottom, labelAt);
      hits.push({ match, label: cellText(sheet, row, column), labelCell: readCell(sheet, row, column), valueCell });
    }
  }
  return hits;
}

function findValueCell<T>(
  sheet: Sheet,
  row: number,
  column: number,
  right: number,
  bottom: number,
  labelAt: (row: number, column: number) => T | null,
): ReadCell {
  for (let next = column + 1; next <= right; next++) {
    if (cellValue(sheet, row, next) === null) continue;
    if (labelAt(row, next) === null) return readCell(sheet, row, next);
    // the next cell is another label: labels across a row, values in the row below
    if (row < bottom && cellValue(sheet, row + 1, column) !== null && labelAt(row + 1, column) === null) {
      return readCell(sheet, row + 1, column);
    }
    break;
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

