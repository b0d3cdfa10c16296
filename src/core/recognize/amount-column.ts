/**
 * One amount column of a project table, kept compactly. A 100k-row table read into a million cell
 * records spent most of a check making, walking and collecting them; here a plain number's fen
 * sit in a Float64Array (integers below 2^50, so exact), any other reading (text, an error, a dash,
 * a huge amount) in a map, and a cell record is made only when a finding or the report asks.
 */
import type { Sheet } from '../grid/types';
import { FenSum, type Fen, type MoneyUnit } from '../money/fen';
import { EMPTY_READING, readAmount, usableFen, wholeFenNumber, ZERO_READING, type AmountReading } from '../money/read-amount';
import type { AmountCell, ProjectAmountField } from './model';
import { tableAmountCell } from './read-cell';
import { INITIAL_ROWS, lengthened, TableColumn } from './table-column';

const EMPTY = 0;
const PLAIN = 1;
const OTHER = 2;

/** Above this the fen are kept as a bigint reading (FenSum adds numbers up to 2^52 exactly). */
const PLAIN_LIMIT = 2n ** 50n;

export class AmountColumn extends TableColumn {
  private plainFen: Float64Array;
  private state: Uint8Array;
  private readonly others = new Map<number, AmountReading>();
  /** How many cells read are not unremarkable (isUnremarkable): most columns have none. */
  private remarkableCells = 0;

  /** Rows from `firstRow` on; the column grows as rows are read. */
  constructor(
    sheet: Sheet,
    readonly field: ProjectAmountField,
    column: number,
    readonly unit: MoneyUnit,
    firstRow: number,
    initialRows = INITIAL_ROWS,
  ) {
    super(sheet, column, firstRow, initialRows);
    this.plainFen = new Float64Array(initialRows);
    this.state = new Uint8Array(initialRows);
  }

  /** Reads the cell of `row` and keeps its reading; says what kind it was. */
  read(row: number): AmountReading['kind'] {
    const index = this.indexFor(row);
    const value = this.value(row);
    this.noteContents(index, row, value);
    const fen = typeof value === 'number' ? wholeFenNumber(value, this.unit) : null;
    if (fen !== null) return this.keepPlain(index, fen);
    const reading = readAmount(value, this.unit);
    if (reading.kind === 'empty') return 'empty';
    if (reading.kind === 'number' && reading.fen < PLAIN_LIMIT && reading.fen > -PLAIN_LIMIT) return this.keepPlain(index, Number(reading.fen));
    this.state[index] = OTHER;
    this.others.set(index, reading);
    if (!(reading.kind === 'number' && reading.fen >= 0n)) this.remarkableCells++;
    return reading.kind;
  }

  /** How the cell of `row` was read. */
  reading(row: number): AmountReading {
    const index = row - this.firstRow;
    switch (this.state[index]) {
      case PLAIN:
        return this.plainFen[index] === 0 ? ZERO_READING : { kind: 'number', fen: BigInt(this.plainFen[index]) };
      case OTHER:
        return this.others.get(index) as AmountReading;
      default:
        return EMPTY_READING;
    }
  }

  /** The fen a sum takes from `row`: 0 when empty, null when the cell cannot take part (amounts-valid names it). */
  fen(row: number): Fen | null {
    const index = row - this.firstRow;
    const state = this.state[index];
    if (state === PLAIN) return BigInt(this.plainFen[index]);
    return state === OTHER ? usableFen(this.others.get(index) as AmountReading) : 0n;
  }

  /** The fen of `row` as a plain number (below 2^50) when the cell is empty or a plain number; else undefined: ask `fen`. */
  smallFen(row: number): number | undefined {
    const index = row - this.firstRow;
    const state = this.state[index];
    if (state === PLAIN) return this.plainFen[index];
    return state === OTHER ? undefined : 0;
  }

  /** Adds the cell of `row` to `sum`; false when it cannot take part. No bigint per row. */
  addTo(sum: FenSum, row: number): boolean {
    const index = row - this.firstRow;
    const state = this.state[index];
    if (state === PLAIN) sum.add(this.plainFen[index]);
    else if (state === OTHER) {
      const fen = usableFen(this.others.get(index) as AmountReading);
      if (fen === null) return false;
      sum.add(fen);
    }
    return true;
  }

  /** A plain non-negative number or an empty cell: nothing amounts-valid could say of it. */
  isUnremarkable(row: number): boolean {
    const index = row - this.firstRow;
    const state = this.state[index];
    if (state === OTHER) {
      const reading = this.others.get(index) as AmountReading;
      return reading.kind === 'number' && reading.fen >= 0n;
    }
    return state === EMPTY || this.plainFen[index] >= 0;
  }

  /**
   * Whether every cell read is unremarkable: then amounts-valid passes the column over instead of
   * asking each of its 100k rows.
   */
  allUnremarkable(): boolean {
    return this.remarkableCells === 0;
  }

  cell(row: number): AmountCell {
    return tableAmountCell(row, this.column, this.value(row), this.formula(row), this.reading(row));
  }

  private keepPlain(index: number, fen: number): 'number' {
    if (fen < 0) this.remarkableCells++;
    this.state[index] = PLAIN;
    this.plainFen[index] = fen;
    return 'number';
  }

  protected override grow(length: number): void {
    super.grow(length);
    this.plainFen = lengthened(this.plainFen, length);
    this.state = lengthened(this.state, length);
  }
}
