/**
 * A column of a project table, read by sheet row. The amount and 执行率 columns keep what recognition
 * read in typed arrays (amount-column.ts, rate-column.ts) and make a cell record only when asked.
 */
import type { CellValue, Sheet } from '../grid/types';
import type { ReadCell } from './model';

const HAS_FORMULA = 1;
const FILLED = 2;

export abstract class TableColumn {
  // what each row's cell holds, noted as it is read: formula-consistency asks of every column and row
  private contents = new Uint8Array(256);
  // the sheet's arrays, kept here: every cell of a 100k-row column is read through them
  private readonly values: Sheet['values'];
  private readonly formulas: Sheet['formulas'];
  private readonly top: number;
  private readonly cellIndex: number;

  constructor(
    protected readonly sheet: Sheet,
    readonly column: number,
    /** The first data row: index 0 of the column's arrays. */
    protected readonly firstRow: number,
  ) {
    this.values = sheet.values;
    this.formulas = sheet.formulas;
    this.top = sheet.top;
    this.cellIndex = column - sheet.left;
  }

  /** Notes whether the cell of `row` (holding `value`) has a formula, or anything at all. */
  protected noteContents(row: number, value: CellValue): void {
    const index = row - this.firstRow;
    this.contents = withRoomFor(this.contents, index);
    this.contents[index] = this.formula(row) !== null ? HAS_FORMULA | FILLED : value !== null ? FILLED : 0;
  }

  /** Whether the cell of a row that was read holds a formula. */
  hasFormula(row: number): boolean {
    return ((this.contents[row - this.firstRow] ?? 0) & HAS_FORMULA) !== 0;
  }

  /** Whether the cell of a row that was read holds a value or a formula. */
  isFilled(row: number): boolean {
    return ((this.contents[row - this.firstRow] ?? 0) & FILLED) !== 0;
  }

  /** As cellValue reads it. */
  value(row: number): CellValue {
    const value = this.values[row - this.top]?.[this.cellIndex];
    return value === undefined || value === '' ? null : value;
  }

  /** As cellFormula reads it. */
  formula(row: number): string | null {
    const formula = this.formulas?.[row - this.top]?.[this.cellIndex];
    return typeof formula === 'string' && formula.startsWith('=') ? formula : null;
  }

  /** The cell of `row` as a record, for what names or shows it. */
  abstract cell(row: number): ReadCell;
}

/**
 * `array` itself, or a copy at least twice as long when `index` lies beyond its end: rows are read
 * top to bottom without knowing how many there are.
 */
export function withRoomFor<A extends Float64Array | Uint8Array>(array: A, index: number): A {
  if (index < array.length) return array;
  const larger = new (array.constructor as new (length: number) => A)(Math.max(index + 1, array.length * 2));
  larger.set(array);
  return larger;
}
