/** Builds the ReadCell records recognition hands on: value, formula and address of one cell. */
import { columnLetters } from '../grid/a1';
import { cellFormula, cellNumberFormat, cellValue } from '../grid/sheet-access';
import type { Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { readAmount } from '../money/read-amount';
import type { AmountCell, RateCell, ReadCell } from './model';
import { readRate } from './read-rate';

export function readCell(sheet: Sheet, row: number, column: number): ReadCell {
  return { row, column, address: addressOf(row, column), value: cellValue(sheet, row, column), formula: cellFormula(sheet, row, column) };
}

// object literals, not spreads: a 100k-row table builds about a million of these
export function readAmountCell(sheet: Sheet, row: number, column: number, unit: MoneyUnit): AmountCell {
  const value = cellValue(sheet, row, column);
  const formula = cellFormula(sheet, row, column);
  return { row, column, address: addressOf(row, column), value, formula, reading: readAmount(value, unit) };
}

export function readRateCell(sheet: Sheet, row: number, column: number, headerSaysPercent: boolean): RateCell {
  const value = cellValue(sheet, row, column);
  const ratio = readRate(value, cellNumberFormat(sheet, row, column), headerSaysPercent);
  return { row, column, address: addressOf(row, column), value, formula: cellFormula(sheet, row, column), ratio };
}

const letterCache: string[] = [];

/** `C5`, with column letters cached: the same few columns are addressed on every row. */
export function addressOf(row: number, column: number): string {
  const letters = (letterCache[column] ??= columnLetters(column));
  return letters + row;
}
