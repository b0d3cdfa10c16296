/**
 * Reads a two-sided budget form (official-layouts.md §A): an income label column with its amount
 * column, an expenditure label column with one or more amount columns beside it, and the
 * 收入总计 / 支出总计 row that closes both sides. Found by those labels, never by position.
 */
import { storedColumns } from '../../grid/stored-cells';
import { hasLabel, labelsOf } from './labelled-cells';
import { cellText, lastColumn } from '../../grid/sheet-access';
import type { CellRange, Sheet } from '../../grid/types';
import type { MoneyUnit } from '../../money/fen';
import type { PlaceCell } from '../official-table';
import { amountCell, labelKey, lineLevel, type LineLevel, unitAbove } from './sheet-cells';

export interface FormLine {
  readonly row: number;
  readonly label: string;
  readonly key: string;
  readonly level: LineLevel;
  /** One amount per amount column of its side. */
  readonly amounts: readonly PlaceCell[];
}

export interface TwoSidedForm {
  readonly range: CellRange;
  readonly unit: MoneyUnit;
  readonly headerRow: number;
  readonly totalRow: number;
  /** Normalised header of each expenditure amount column (`合计`, `人员经费`, `一般公共预算` …). */
  readonly spendingColumns: readonly string[];
  /** The header word above the income side (`本年收入`, `财政拨款收入`). */
  readonly incomeHeading: string;
  readonly income: readonly FormLine[];
  readonly spending: readonly FormLine[];
  readonly incomeTotal: PlaceCell;
  readonly spendingTotals: readonly PlaceCell[];
}

const INCOME_TOTAL = ['收入总计', '收入合计'];
const SPENDING_TOTAL = ['支出总计', '支出合计'];

/** Every two-sided form of a sheet outside `claimed`. */
export function readTwoSidedForms(sheet: Sheet, claimed: readonly CellRange[]): TwoSidedForm[] {
  if (!hasLabel(sheet, ...INCOME_TOTAL)) return [];
  const forms: TwoSidedForm[] = [];
  const right = lastColumn(sheet);
  for (const { row, column } of labelsOf(sheet, claimed).filter((label) => INCOME_TOTAL.includes(label.key))) {
    const spendColumn = findInRow(sheet, row, column + 2, right, SPENDING_TOTAL);
    if (spendColumn === null) continue;
    const form = readForm(sheet, row, column, spendColumn, right);
    if (form) forms.push(form);
  }
  return forms;
}

function findInRow(sheet: Sheet, row: number, from: number, to: number, keys: readonly string[]): number | null {
  for (const column of storedColumns(sheet, row, from, to)) if (keys.includes(labelKey(sheet, row, column))) return column;
  return null;
}

function readForm(sheet: Sheet, totalRow: number, incomeColumn: number, spendColumn: number, right: number): TwoSidedForm | null {
  let headerRow = 0;
  for (let row = totalRow - 1; row >= Math.max(sheet.top, totalRow - 80); row--) {
    if (labelKey(sheet, row, incomeColumn) === '项目' && labelKey(sheet, row, spendColumn) === '项目') {
      headerRow = row;
      break;
    }
  }
  if (headerRow === 0) return null;
  let dataTop = headerRow + 1;
  while (dataTop < totalRow && cellText(sheet, dataTop, incomeColumn) === '' && cellText(sheet, dataTop, spendColumn) === '') dataTop++;
  const columns: number[] = [];
  const names: string[] = [];
  for (let column = spendColumn + 1; column <= right; column++) {
    let name = '';
    for (let row = headerRow; row < dataTop; row++) name = labelKey(sheet, row, column) || name;
    if (name === '') break;
    columns.push(column);
    names.push(name === '预算数' || name === '金额' ? '合计' : name);
  }
  if (columns.length === 0) return null;
  const unit = unitAbove(sheet, headerRow);
  const incomeAmountColumn = incomeColumn + 1;
  const line = (row: number, labelColumn: number, amountColumns: readonly number[]): FormLine | null => {
    const label = cellText(sheet, row, labelColumn);
    if (label === '' || /^[…．.]+$/.test(label)) return null;
    return {
      row,
      label,
      key: labelKey(sheet, row, labelColumn),
      level: lineLevel(label),
      amounts: amountColumns.map((column) => amountCell(sheet, row, column, unit)),
    };
  };
  const income: FormLine[] = [];
  const spending: FormLine[] = [];
  for (let row = dataTop; row < totalRow; row++) {
    const incomeLine = line(row, incomeColumn, [incomeAmountColumn]);
    if (incomeLine) income.push(incomeLine);
    const spendingLine = line(row, spendColumn, columns);
    if (spendingLine) spending.push(spendingLine);
  }
  let incomeHeading = '';
  for (let row = headerRow - 1; row >= Math.max(sheet.top, headerRow - 2) && incomeHeading === ''; row--) incomeHeading = labelKey(sheet, row, incomeColumn);
  return {
    range: { top: headerRow, left: incomeColumn, bottom: totalRow, right: columns[columns.length - 1] },
    unit,
    headerRow,
    totalRow,
    spendingColumns: names,
    incomeHeading,
    income,
    spending,
    incomeTotal: amountCell(sheet, totalRow, incomeAmountColumn, unit),
    spendingTotals: columns.map((column) => amountCell(sheet, totalRow, column, unit)),
  };
}

/** Lines that add up to the total: the top-level and unnumbered ones (a `1、` or `其中` line is part of the line above). */
export function summedLines(lines: readonly FormLine[]): FormLine[] {
  return lines.filter((line) => line.level !== 'sub');
}

/** Each top-level line with the sub-lines under it. */
export function linesWithParts(lines: readonly FormLine[]): { line: FormLine; parts: FormLine[] }[] {
  const groups: { line: FormLine; parts: FormLine[] }[] = [];
  for (const line of lines) {
    if (line.level === 'sub') groups[groups.length - 1]?.parts.push(line);
    else groups.push({ line, parts: [] });
  }
  return groups.filter((group) => group.parts.length > 0);
}

/** Whether any of the cells holds something (a blank 其中 block is not filled in, not wrong). */
export function anyFilled(cells: readonly PlaceCell[]): boolean {
  return cells.some((cell) => cell.reading.kind !== 'empty');
}
