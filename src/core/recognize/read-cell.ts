/** Builds the ReadCell records recognition hands on: value, formula and address of one cell. */
import { columnLetters } from '../grid/a1';
import { cellFormula, cellNumberFormat, cellValue } from '../grid/sheet-access';
import type { CellValue, Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { readAmount, type AmountReading } from '../money/read-amount';
import type { AmountCell, RateCell, ReadCell } from './model';
import { readRate } from './read-rate';

export function readCell(sheet: Sheet, row: number, column: number): ReadCell {
  return { row, column, address: addressOf(row, column), value: cellValue(sheet, row, column), formula: cellFormula(sheet, row, column) };
}

/**
 * A table cell whose A1 address is spelled only when asked: a 100k-row table holds about a
 * million of these, and only the few a finding names are ever addressed.
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
  constructor(row: number, column: number, value: CellValue, formula: string | null, readonly reading: AmountReading) {
    super(row, column, value, formula);
  }
}

class TableRateCell extends TableCell implements RateCell {
  constructor(row: number, column: number, value: CellValue, formula: string | null, readonly ratio: number | null) {
    super(row, column, value, formula);
  }
}

export function readAmountCell(sheet: Sheet, row: number, column: number, unit: MoneyUnit): AmountCell {
  const value = cellValue(sheet, row, column);
  return new TableAmountCell(row, column, value, cellFormula(sheet, row, column), readAmount(value, unit));
}

export function readRateCell(sheet: Sheet, row: number, column: number, headerSaysPercent: boolean): RateCell {
  const value = cellValue(sheet, row, column);
  const ratio = readRate(value, cellNumberFormat(sheet, row, column), headerSaysPercent);
  return new TableRateCell(row, column, value, cellFormula(sheet, row, column), ratio);
}

const letterCache: string[] = [];

/** `C5`, with column letters cached: the same few columns are addressed on every row. */
export function addressOf(row: number, column: number): string {
  const letters = (letterCache[column] ??= columnLetters(column));
  return letters + row;
}
