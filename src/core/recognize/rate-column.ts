/**
 * The 执行率 column of a project table, kept as one Float64Array of ratios (NaN where a cell is
 * empty or unreadable) instead of a record per row; a cell record is made only when asked.
 */
import { cellNumberFormat } from '../grid/sheet-access';
import type { Sheet } from '../grid/types';
import type { RateCell } from './model';
import { tableRateCell } from './read-cell';
import { readRate } from './read-rate';
import { INITIAL_ROWS, lengthened, TableColumn } from './table-column';

export class RateColumn extends TableColumn {
  private ratios: Float64Array;

  constructor(
    sheet: Sheet,
    column: number,
    private readonly headerSaysPercent: boolean,
    firstRow: number,
    initialRows = INITIAL_ROWS,
  ) {
    super(sheet, column, firstRow, initialRows);
    this.ratios = new Float64Array(initialRows);
  }

  read(row: number): void {
    const index = this.indexFor(row);
    const value = this.value(row);
    this.noteContents(index, row, value);
    this.ratios[index] = readRate(value, cellNumberFormat(this.sheet, row, this.column), this.headerSaysPercent) ?? NaN;
  }

  /** The rate of `row` as a fraction (95.23% → 0.9523), null when empty or unreadable. */
  ratio(row: number): number | null {
    const ratio = this.ratios[row - this.firstRow];
    return ratio === undefined || Number.isNaN(ratio) ? null : ratio;
  }

  protected override grow(length: number): void {
    super.grow(length);
    this.ratios = lengthened(this.ratios, length);
  }

  cell(row: number): RateCell {
    return tableRateCell(row, this.column, this.value(row), this.formula(row), this.ratio(row));
  }
}
