/** Builds the ReadCell records recognition hands on: value, formula and address of one cell. */
import { columnLetters } from '../grid/a1';
import { cellFormula, cellValue } from '../grid/sheet-access';
import type { CellValue, Sheet } from '../grid/types';
import type { AmountReading } from '../money/read-amount';
import type { AmountCell, RateCell, ReadCell } from './model';

export function readCell(sheet: Sheet, row: number, column: number): ReadCell {
  return { row, column, address: addressOf(row, column), value: cellValue(sheet, row, column), formula: cellFormula(sheet, row, column) };
}

/**
 * A project-table cell made when asked (amount-column.ts), its A1 address spelled only when asked
 * in turn: findings name few of the cells they were made for.
 */
abstract class TableCell implements ReadCell {
  constructor(
    readonly row: number,
    readonly column: number,
    readonly value: CellValue,
    readonly formula: string | null,
  ) {}

  get address(): string {
    return addressOf(this.row, this.column);
  }
}

class TableAmountCell extends TableCell implements AmountCell {
  constructor(
    row: number,
    column: number,
    value: CellValue,
    formula: string | null,
    readonly reading: AmountReading,
  ) {
    super(row, column, value, formula);
  }
}

class TableRateCell extends TableCell implements RateCell {
  constructor(
    row: number,
    column: number,
    value: CellValue,
    formula: string | null,
    readonly ratio: number | null,
  ) {
    super(row, column, value, formula);
  }
}

export function tableAmountCell(row: number, column: number, value: CellValue, formula: string | null, reading: AmountReading): AmountCell {
  return new TableAmountCell(row, column, value, formula, reading);
}

export function tableRateCell(row: number, column: number, value: CellValue, formula: string | null, ratio: number | null): RateCell {
  return new TableRateCell(row, column, value, formula, ratio);
}

const letterCache: string[] = [];

/** `C5`, with column letters cached: the same few columns are addressed on every row. */
export function addressOf(row: number, column: number): string {
  const letters = (letterCache[column] ??= columnLetters(column));
  return letters + row;
}
