/**
 * A column of a project table, read by sheet row. The amount and 执行率 columns keep what recognition
 * read in typed arrays (amount-column.ts, rate-column.ts) and make a cell record only when asked.
 */
import { formulaCellsByColumn } from '../grid/formula-cells';
import type { CellValue, Sheet } from '../grid/types';
import type { ReadCell } from './model';

const HAS_FORMULA = 1;
const EQUALS_SIGN = 0x3d;
const FILLED = 2;

/** How many rows a column makes room for when not told how many it will read. */
export const INITIAL_ROWS = 256;

export abstract class TableColumn {
  // what each row's cell holds, noted as it is read: formula-consistency asks of every column and row
  private contents: Uint8Array;
  // the sheet's arrays, kept here: every cell of a 100k-row column is read through them
  private readonly values: Sheet['values'];
  private readonly formulas: Sheet['formulas'];
  private readonly top: number;
  private readonly cellIndex: number;
  // the rows of the column's formulas (grid/formula-cells.ts), and how far down they have been passed
  private formulaRows: readonly number[] | null = null;
  private formulaCursor = 0;
  private lastNoted = -Infinity;

  constructor(
    protected readonly sheet: Sheet,
    readonly column: number,
    /** The first data row: index 0 of the column's arrays. */
    protected readonly firstRow: number,
    /** The rows to make room for at once (the arrays grow past it if need be). */
    initialRows: number,
  ) {
    this.contents = new Uint8Array(initialRows);
    this.values = sheet.values;
    this.formulas = sheet.formulas;
    this.top = sheet.top;
    this.cellIndex = column - sheet.left;
  }

  /**
   * The index of `row` in the column's arrays, with room made for it: rows are read top to bottom
   * without knowing how many there are, so the arrays grow together, twice as long, when full.
   */
  protected indexFor(row: number): number {
    const index = row - this.firstRow;
    if (index >= this.contents.length) this.grow(Math.max(index + 1, this.contents.length * 2));
    return index;
  }

  /** Lengthens the column's arrays (a subclass lengthens its own too). */
  protected grow(length: number): void {
    this.contents = lengthened(this.contents, length);
  }

  /** Notes whether the cell of `row` (at `index`, holding `value`) has a formula, or anything at all. */
  protected noteContents(index: number, row: number, value: CellValue): void {
    this.contents[index] = this.holdsFormula(row) ? HAS_FORMULA | FILLED : value !== null ? FILLED : 0;
  }

  /**
   * Whether `row` holds a formula, as `formula(row) !== null` says. Rows are read top to bottom, so
   * the column's list of formula rows is passed along once: no formula text is looked at (each is
   * a string elsewhere in memory, 300k of them at 100k project rows). A row asked out of order asks the sheet.
   */
  private holdsFormula(row: number): boolean {
    if (row < this.lastNoted) return this.formula(row) !== null;
    this.lastNoted = row;
    const rows = (this.formulaRows ??= formulaCellsByColumn(this.sheet).find((list) => list.column === this.column)?.rows ?? []);
    let k = this.formulaCursor;
    while (k < rows.length && rows[k] < row) k++;
    this.formulaCursor = k;
    return k < rows.length && rows[k] === row;
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
    return typeof formula === 'string' && formula.charCodeAt(0) === EQUALS_SIGN ? formula : null;
  }

  /** The cell of `row` as a record, for what names or shows it. */
  abstract cell(row: number): ReadCell;
}

/** A copy of `array`, `length` long. */
export function lengthened<A extends Float64Array | Uint8Array>(array: A, length: number): A {
  const larger = new (array.constructor as new (length: number) => A)(length);
  larger.set(array);
  return larger;
}
