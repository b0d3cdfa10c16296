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

interface RowCells {
  readonly columns: number[];
  readonly values: CellValue[];
  readonly formats: (string | null)[];
  formulas: (string | null)[] | null;
}

const EMPTY_ROW: readonly never[] = Object.freeze([]);
/** A row whose span is more than this many times its cells (plus some slack) is kept sparse. */
const SPARSE_FACTOR = 4;
const DENSE_SLACK = 64;

export class SheetBuilder {
  private readonly rows = new Map<number, RowCells>();
  private readonly merges: CellRange[] = [];
  private lastRow = 0;
  private current: RowCells | null = null;
  private cellCount = 0;

  constructor(readonly name: string) {}

  get cells(): number {
    return this.cellCount;
  }

  /** Stores a cell that holds a value or a formula (empty cells are not stored). */
  add(row: number, column: number, value: CellValue, formula: string | null, format: string | null): void {
    if (!(row >= 1 && row <= MAX_ROWS && column >= 1 && column <= MAX_COLUMNS)) throw new BeyondGrid(row, column);
    if (value === null && formula === null) return;
    let cells = row === this.lastRow ? this.current : this.rows.get(row);
    if (!cells) {
      cells = { columns: [], values: [], formats: [], formulas: null };
      this.rows.set(row, cells);
    }
    this.lastRow = row;
    this.current = cells;
    cells.columns.push(column);
    cells.values.push(value);
    cells.formats.push(format);
    if (formula !== null) {
      cells.formulas ??= new Array<string | null>(cells.columns.length - 1).fill(null);
      cells.formulas.push(formula);
    } else cells.formulas?.push(null);
    this.cellCount++;
  }

  addMerge(range: CellRange): void {
    if (range.bottom > MAX_ROWS || range.right > MAX_COLUMNS) throw new BeyondGrid(range.bottom, range.right);
    if (range.top === range.bottom && range.left === range.right) return; // one cell: nothing merged
    if (!this.merges.some((m) => m.top === range.top && m.left === range.left && m.bottom === range.bottom && m.right === range.right)) this.merges.push(range);
  }

  /** The sheet, or null when it holds no value and no formula (as the previous reader skipped it). */
  build(hidden: boolean): Sheet | null {
    this.clearMergedCells();
    const rowNumbers = [...this.rows.keys()].filter((r) => this.rows.get(r)!.columns.some((c) => c > 0)).sort((a, b) => a - b);
    if (rowNumbers.length === 0) return null;
    let left = Infinity;
    for (const r of rowNumbers) for (const c of this.rows.get(r)!.columns) if (c > 0 && c < left) left = c;
    const top = rowNumbers[0];
    const height = rowNumbers[rowNumbers.length - 1] - top + 1;
    const values: (readonly CellValue[])[] = new Array(height);
    const formulas: (readonly (string | null)[])[] = new Array(height);
    const numberFormats: (readonly (string | null)[])[] = new Array(height);
    values.fill(EMPTY_ROW);
    formulas.fill(EMPTY_ROW);
    numberFormats.fill(EMPTY_ROW);
    let anyFormula = false;
    for (const r of rowNumbers) {
      const cells = this.rows.get(r)!;
      this.rows.delete(r); // let each row's cells go once placed
      const line = placeRow(cells, left);
      values[r - top] = line.values;
      numberFormats[r - top] = line.formats;
      // a row without formulas shares the empty row: cellFormula reads its cells as null
      if (line.formulas) {
        formulas[r - top] = line.formulas;
        anyFormula = true;
      }
    }
    return {
      name: this.name,
      top,
      left,
      values,
      ...(anyFormula ? { formulas } : {}),
      numberFormats,
      ...(this.merges.length ? { merges: this.merges } : {}),
      ...(hidden ? { hidden: true } : {}),
    };
  }

  /** Only a merged area's top-left cell holds its value: what Excel shows, and what the grid model says. */
  private clearMergedCells(): void {
    for (const merge of this.merges) {
      const height = merge.bottom - merge.top + 1;
      const rows = height <= this.rows.size ? rangeOf(merge.top, merge.bottom) : [...this.rows.keys()].filter((r) => r >= merge.top && r <= merge.bottom);
      for (const r of rows) {
        const cells = this.rows.get(r);
        if (!cells) continue;
        cells.columns.forEach((c, i) => {
          if (c >= merge.left && c <= merge.right && !(r === merge.top && c === merge.left)) cells.columns[i] = -1;
        });
      }
    }
  }
}

function* rangeOf(from: number, to: number): Generator<number> {
  for (let i = from; i <= to; i++) yield i;
}

interface PlacedRow {
  values: CellValue[];
  formats: (string | null)[];
  formulas: (string | null)[] | null;
}

/** A row's cells at their columns from `left`: dense (null-filled) when the cells fill their span, sparse otherwise. */
function placeRow(cells: RowCells, left: number): PlacedRow {
  let right = 0;
  let count = 0;
  for (const c of cells.columns) {
    if (c > right) right = c;
    if (c > 0) count++;
  }
  const width = right - left + 1;
  const dense = width <= count * SPARSE_FACTOR + DENSE_SLACK;
  const values: CellValue[] = dense ? new Array<CellValue>(width).fill(null) : [];
  const formats: (string | null)[] = dense ? new Array<string | null>(width).fill(null) : [];
  const formulas: (string | null)[] | null = cells.formulas ? (dense ? new Array<string | null>(width).fill(null) : []) : null;
  const { columns } = cells;
  for (let i = 0; i < columns.length; i++) {
    const at = columns[i] - left;
    if (at < 0) continue; // cleared by a merge
    values[at] = cells.values[i];
    formats[at] = cells.formats[i];
    if (formulas) formulas[at] = cells.formulas![i];
  }
  if (!dense) {
    // the span's end, as a dense row would have it, without filling it
    values.length = width;
    formats.length = width;
    if (formulas) formulas.length = width;
  }
  return { values, formats, formulas };
}
