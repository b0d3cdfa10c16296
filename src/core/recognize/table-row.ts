/**
 * A row of a project table. Its cell records are made from the table's columns the first time
 * they are asked for (a finding, the report): rules that walk every row read the columns instead.
 */
import type { AmountColumn } from './amount-column';
import type { AmountCell, ProjectAmountField, ProjectRow, ProjectRowKind, RateCell } from './model';
import type { RateColumn } from './rate-column';

/** The columns a project table's rows read their cells from. */
export interface TableColumns {
  readonly amounts: Partial<Record<ProjectAmountField, AmountColumn>>;
  readonly rate?: RateColumn;
}

export class TableRow implements ProjectRow {
  private cells?: Partial<Record<ProjectAmountField, AmountCell>>;
  private rateCell?: RateCell;

  constructor(
    readonly kind: ProjectRowKind,
    readonly row: number,
    readonly name: string,
    private readonly columns: TableColumns,
    readonly purpose?: string,
    readonly parentRow?: number,
  ) {}

  get amounts(): Partial<Record<ProjectAmountField, AmountCell>> {
    if (!this.cells) {
      const cells: Partial<Record<ProjectAmountField, AmountCell>> = {};
      for (const [field, column] of Object.entries(this.columns.amounts) as [ProjectAmountField, AmountColumn][]) cells[field] = column.cell(this.row);
      this.cells = cells;
    }
    return this.cells;
  }

  get rate(): RateCell | undefined {
    if (!this.columns.rate) return undefined;
    return (this.rateCell ??= this.columns.rate.cell(this.row));
  }
}
