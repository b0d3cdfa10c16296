/**
 * Merged areas hold their value in the top-left cell only. Header bands read the other cells of a
 * merge as that value, so a 年中调整 merged over two columns heads both.
 */
import { cellText } from '../grid/sheet-access';
import type { CellRange, Sheet } from '../grid/types';

export class MergedCells {
  private readonly origins = new Map<number, CellRange>();

  /** Indexes the merges that touch rows `fromRow` … `toRow` (header bands only: small). */
  constructor(
    private readonly sheet: Sheet,
    fromRow: number,
    toRow: number,
    lastColumn: number,
  ) {
    for (const merge of sheet.merges ?? []) {
      if (merge.bottom < fromRow || merge.top > toRow) continue;
      for (let row = Math.max(merge.top, fromRow); row <= Math.min(merge.bottom, toRow); row++) {
        for (let column = merge.left; column <= Math.min(merge.right, lastColumn); column++) {
          this.origins.set(this.key(row, column), merge);
        }
      }
    }
  }

  /** The merge a cell belongs to, if any. */
  areaOf(row: number, column: number): CellRange | undefined {
    return this.origins.get(this.key(row, column));
  }

  /** The text a person sees in the cell: the merge's value for any cell of a merged area. */
  textAt(row: number, column: number): string {
    const area = this.areaOf(row, column);
    return area ? cellText(this.sheet, area.top, area.left) : cellText(this.sheet, row, column);
  }

  private key(row: number, column: number): number {
    return row * 20_000 + column;
  }
}
