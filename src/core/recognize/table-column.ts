/**
 * A column of a project table, read by sheet row. The amount and 执行率 columns keep what recognition
 * read in typed arrays (amount-column.ts, rate-column.ts) and make a cell record only when asked.
 */
import { cellFormula, cellValue } from '../grid/sheet-access';
import type { CellValue, Sheet } from '../grid/types';
import type { ReadCell } from './model';

export abstract class TableColumn {
  constructor(
    protected readonly sheet: Sheet,
    readonly column: number,
    /** The first data row: index 0 of the column's arrays. */
    protected readonly firstRow: number,
  ) {}

  value(row: number): CellValue {
    return cellValue(this.sheet, row, this.column);
  }

  formula(row: number): string | null {
    return cellFormula(this.sheet, row, this.column);
  }

  /** The cell of `row` as a record, for what names or shows it. */
  abstract cell(row: number): ReadCell;
}

/**
 * `array` itself, or a copy at least twice as long when `index` lies beyond its end: rows are read
 * top to bottom without knowing how many there are.
 */
export function withRoomFor<A extends Float64Array | Uint8Array>(array: A, index: number, make: (length: number) => A): A {
  if (index < array.length) return array;
  const larger = make(Math.max(index + 1, array.length * 2));
  larger.set(array);
  return larger;
}
