/**
 * Merged areas hold their value in the top-left cell only. Header bands read the other cells of a
 * merge as that value, so a 年中调整 merged over two columns heads both.
 */
import { cellText } from '../grid/sheet-access';
import type { CellRange, Sheet } from '../grid/types';

export class MergedCells {
  /** The merges touching each row, by row; a merge is listed per row, never per cell (one may span XFD1048576). */
  private readonly byRow = new Map<number, CellRange[]>();
  private readonly areas: CellRange[] = [];

  /** Indexes the merges that touch rows `fromRow` … `toRow` (header bands only: small). */
  constructor(
    private readonly sheet: Sheet,
    private readonly fromRow: number,
    private readonly toRow: number,
    private readonly lastColumn: number,
  ) {
    for (const merge of sheet.merges ?? []) {
      if (merge.bottom < fromRow || merge.top > toRow || merge.left > lastColumn) continue;
      this.areas.push(merge);
    }
  }

  /** The merge a cell belongs to, if any. */
  areaOf(row: number, column: number): CellRange | undefined {
    if (row < this.fromRow || row > this.toRow || column > this.lastColumn) return undefined;
    let inRow = this.byRow.get(row);
    if (!inRow) this.byRow.set(row, (inRow = this.areas.filter((area) => area.top <= row && row <= area.bottom)));
    return inRow.find((area) => area.left <= column && column <= area.right);
  }

  /** The text a person sees in the cell: the merge's value for any cell of a merged area. */
  textAt(row: number, column: number): string {
    const area = this.areaOf(row, column);
    return area ? cellText(this.sheet, area.top, area.left) : cellText(this.sheet, row, column);
  }
}
