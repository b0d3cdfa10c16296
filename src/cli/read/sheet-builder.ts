/**
 * Collects the cells of one sheet as they are read (by the fast reader or from SheetJS) and builds
 * the grid's Sheet. Memory follows the cells stored, never the rectangle they span: each row keeps
 * only its own cells, a row far wider than its cells becomes a sparse array, and a run of empty
 * rows shares one empty row. Excel's grid limits are enforced here, naming the cell that breaks them.
 */
import { columnLetters } from '../../core/grid/a1';
import type { CellRange, CellValue, Sheet } from '../../core/grid/types';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A cell outside Excel's grid (row 1,048,577 or column XFE and beyond). */
export class BeyondGrid extends Error {
  constructor(
    readonly row: number,
    readonly column: number,
  ) {
    super(`cell beyond the grid at row ${row}, column ${column}`);
    this.name = 'BeyondGrid';
  }

  /** How the cell is named in a message (`XFE1`, or `R2000000000C1` when it has no A1 name). */
  get address(): string {
    return this.column >= 1 && this.column <= 18_278 && this.row >= 1 ? `${columnLetters(this.column)}${this.row}` : `R${this.row}C${this.column}`;
  }
}

/**
 * One row's cells at their column (index = column - 1). Dense rows are null-filled up to their last
 * cell, as the grid reads them; a row whose cells lie far apart is left sparse (holes, no filling).
 */
interface RowCells {
  readonly values: CellValue[];
  formats: (string | null)[];
  /** The formats are the same array as a neighbouring row's: copied before this row is written again. */
  formatsShared: boolean;
  formulas: (string | null)[] | null;
  count: number;
  sparse: boolean;
}

const EMPTY_ROW: readonly never[] = Object.freeze([]);
/** A gap wider than this many times the row's cells (plus some slack) makes the row sparse. */
const SPARSE_FACTOR = 4;
const DENSE_SLACK = 64;

export class SheetBuilder {
  private readonly rows = new RowTable();
  private readonly merges: CellRange[] = [];
  private lastRow = 0;
  private current: RowCells | null = null;
  /** The row finished before `current`, whose formats the next finished row may share. */
  private finished: RowCells | null = null;
  private cellCount = 0;

  constructor(readonly name: string) {}

  get cells(): number {
    return this.cellCount;
  }

  /** Stores a cell that holds a value or a formula (empty cells are not stored). */
  add(row: number, column: number, value: CellValue, formula: string | null, format: string | null): void {
    if (!(row >= 1 && row <= MAX_ROWS && column >= 1 && column <= MAX_COLUMNS)) throw new BeyondGrid(row, column);
    if (value === null && formula === null) return;
    const cells = row === this.lastRow && this.current ? this.current : this.rowToWrite(row);
    this.lastRow = row;
    this.current = cells;
    const at = column - 1;
    const { values, formats } = cells;
    if (!cells.sparse && at > values.length) {
      if (at - values.length > cells.count * SPARSE_FACTOR + DENSE_SLACK) cells.sparse = true;
      else {
        for (let gap = values.length; gap < at; gap++) {
          values.push(null);
          formats.push(null);
        }
      }
    }
    values[at] = value;
    formats[at] = format;
    if (formula !== null && !cells.formulas) cells.formulas = cells.sparse ? [] : this.nullRow(values.length);
    if (cells.formulas) {
      if (!cells.sparse) while (cells.formulas.length < at) cells.formulas.push(null);
      cells.formulas[at] = formula;
    }
    cells.count++;
    this.cellCount++;
  }

  /**
   * A row's formulas, null up to `length` (its cells so far) or as wide as the row finished last,
   * whichever is wider. Grown by pushes from the first formula's column, a table row's list had
   * twice the room it needs (13 of 91 MB of a 100k-row grid, copied by the collector). build() cuts
   * a wider one to its row.
   */
  private nullRow(length: number): (string | null)[] {
    return new Array<string | null>(Math.max(length, this.finished?.values.length ?? 0)).fill(null);
  }

  /** The row `row` to write into, the current one being finished. */
  private rowToWrite(row: number): RowCells {
    if (this.current) this.finish(this.current);
    let cells = this.rows.get(row);
    if (!cells) {
      cells = { values: [], formats: [], formatsShared: false, formulas: null, count: 0, sparse: false };
      this.rows.add(row, cells);
    } else if (cells.formatsShared) {
      cells.formats = cells.formats.slice(); // a row read again after it was finished: its own formats again
      cells.formatsShared = false;
    }
    return cells;
  }

  /**
   * A row is finished when the next one starts. Rows of a table mostly repeat the formats of the row
   * above (the same number format in the same columns): such a row shares that row's array, and
   * its own, still young, costs the collector nothing (a 100k-row sheet: 6–8 MB less).
   */
  private finish(row: RowCells): void {
    const previous = this.finished;
    this.finished = row;
    if (!previous || previous === row || row.sparse || previous.sparse || !sameEntries(previous.formats, row.formats)) return;
    row.formats = previous.formats;
    row.formatsShared = previous.formatsShared = true;
  }

  addMerge(range: CellRange): void {
    if (range.bottom > MAX_ROWS || range.right > MAX_COLUMNS) throw new BeyondGrid(range.bottom, range.right);
    if (range.top === range.bottom && range.left === range.right) return; // one cell: nothing merged
    if (!this.merges.some((m) => m.top === range.top && m.left === range.left && m.bottom === range.bottom && m.right === range.right)) this.merges.push(range);
  }

  /** The sheet, or null when it holds no value and no formula (as the previous reader skipped it). */
  build(hidden: boolean): Sheet | null {
    this.clearMergedCells();
    const placed = this.placedRows();
    if (placed.rowNumbers.length === 0) return null;
    const { rowNumbers, cells, ends, left } = placed;
    const top = rowNumbers[0];
    const height = rowNumbers[rowNumbers.length - 1] - top + 1;
    const values: (readonly CellValue[])[] = new Array<readonly CellValue[]>(height).fill(EMPTY_ROW);
    const formulas: (readonly (string | null)[])[] = new Array<readonly (string | null)[]>(height).fill(EMPTY_ROW);
    const numberFormats: (readonly (string | null)[])[] = new Array<readonly (string | null)[]>(height).fill(EMPTY_ROW);
    let anyFormula = false;
    for (let i = 0; i < rowNumbers.length; i++) {
      const row = cells[i];
      const at = rowNumbers[i] - top;
      const end = ends[i];
      values[at] = fromColumn(row.values, row.sparse, left, end);
      numberFormats[at] = fromColumn(row.formats, row.sparse, left, end);
      // a row without formulas shares the empty row: cellFormula reads its cells as null
      if (row.formulas) {
        formulas[at] = fromColumn(row.formulas, row.sparse, left, end);
        anyFormula = true;
      }
    }
    this.rows.clear();
    return {
      name: this.name,
      top,
      left: left + 1,
      values,
      ...(anyFormula ? { formulas } : {}),
      numberFormats,
      ...(this.merges.length ? { merges: this.merges } : {}),
      ...(hidden ? { hidden: true } : {}),
    };
  }

  /**
   * The rows that hold a cell, in row order, with where their cells end, and the sheet's
   * leftmost stored column. Kept in parallel arrays: one object per row was a tenth of the read.
   */
  private placedRows(): { rowNumbers: number[]; cells: RowCells[]; ends: number[]; left: number } {
    let rowNumbers: number[] = [];
    let cells: RowCells[] = [];
    let ends: number[] = [];
    let left = Infinity;
    let sorted = true;
    for (let i = 0; i < this.rows.size; i++) {
      const r = this.rows.numbers[i];
      const row = this.rows.cells[i];
      const span = storedSpan(row);
      if (!span) continue;
      if (rowNumbers.length && r < rowNumbers[rowNumbers.length - 1]) sorted = false;
      rowNumbers.push(r);
      cells.push(row);
      ends.push(span.end);
      if (span.first < left) left = span.first;
    }
    if (!sorted) {
      const order = rowNumbers.map((_, i) => i).sort((a, b) => rowNumbers[a] - rowNumbers[b]);
      [rowNumbers, cells, ends] = [order.map((i) => rowNumbers[i]), order.map((i) => cells[i]), order.map((i) => ends[i])];
    }
    return { rowNumbers, cells, ends, left };
  }

  /** Only a merged area's top-left cell holds its value: what Excel shows, and what the grid model says. */
  private clearMergedCells(): void {
    for (const merge of this.merges) {
      const height = merge.bottom - merge.top + 1;
      const rows = height <= this.rows.size ? rangeOf(merge.top, merge.bottom) : this.rows.numbers.filter((r) => r >= merge.top && r <= merge.bottom);
      for (const r of rows) {
        const cells = this.rows.get(r);
        if (!cells) continue;
        for (const at of storedIndexes(cells, merge.left - 1, merge.right - 1)) {
          if (r === merge.top && at === merge.left - 1) continue;
          cells.values[at] = null;
          if (cells.formulas) cells.formulas[at] = null;
        }
      }
    }
  }
}

/**
 * The rows met so far in the order first met, found by number. Rows come in ascending order in
 * every file seen: a new row is then known to be new without a lookup, and the Map by number is
 * built only when a row comes out of order (a Map of 100k rows was a tenth of building a sheet).
 */
class RowTable {
  readonly numbers: number[] = [];
  readonly cells: RowCells[] = [];
  private highest = -Infinity;
  private byNumber: Map<number, RowCells> | null = null;

  get size(): number {
    return this.numbers.length;
  }

  get(row: number): RowCells | undefined {
    if (row > this.highest) return undefined;
    const last = this.numbers.length - 1;
    if (this.numbers[last] === row) return this.cells[last];
    if (!this.byNumber) this.byNumber = new Map(this.numbers.map((number, i) => [number, this.cells[i]]));
    return this.byNumber.get(row);
  }

  add(row: number, cells: RowCells): void {
    this.numbers.push(row);
    this.cells.push(cells);
    this.byNumber?.set(row, cells);
    if (row > this.highest) this.highest = row;
  }

  clear(): void {
    this.numbers.length = this.cells.length = 0;
    this.byNumber = null;
    this.highest = -Infinity;
  }
}

function sameEntries<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function* rangeOf(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}

/** Indexes of the row's cells between `from` and `to`: by index when dense, by key when sparse. */
function storedIndexes(cells: RowCells, from: number, to: number): number[] {
  if (!cells.sparse) return [...rangeOf(from, Math.min(to, cells.values.length - 1))];
  return Object.keys(cells.values)
    .map(Number)
    .filter((at) => at >= from && at <= to);
}

function holds(cells: RowCells, at: number): boolean {
  const value = cells.values[at];
  return (value !== null && value !== undefined) || Boolean(cells.formulas?.[at]);
}

/** The first stored index and one past the last, or null when a merge cleared the whole row. */
function storedSpan(cells: RowCells): { first: number; end: number } | null {
  const indexes = cells.sparse ? Object.keys(cells.values).map(Number) : null;
  let first = -1;
  let last = -1;
  if (indexes) {
    for (const at of indexes) {
      if (!holds(cells, at)) continue;
      if (first < 0 || at < first) first = at;
      if (at > last) last = at;
    }
  } else {
    for (let at = 0; at < cells.values.length; at++) {
      if (holds(cells, at)) {
        first = at;
        break;
      }
    }
    for (let at = cells.values.length - 1; at >= first && first >= 0; at--) {
      if (holds(cells, at)) {
        last = at;
        break;
      }
    }
  }
  return first < 0 ? null : { first, end: last + 1 };
}

/** The row from index `left` to `end`: the same array when nothing is cut, a copy (or a sparse copy) otherwise. */
function fromColumn<T>(row: T[], sparse: boolean, left: number, end: number): T[] {
  if (!sparse) {
    if (left === 0 && row.length === end) return row;
    return row.slice(left, end);
  }
  const placed: T[] = [];
  for (const key of Object.keys(row)) {
    const at = Number(key);
    if (at >= left && at < end) placed[at - left] = row[at];
  }
  placed.length = end - left;
  return placed;
}
