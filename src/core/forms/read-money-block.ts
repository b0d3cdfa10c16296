/**
 * Reads a form's money block: the 年度资金总额 row and its 其中 rows in the header's columns, and on
 * the unit form the 按收入性质分 / 按支出性质分 items — either as rows of the block or side by side
 * (`一般公共预算 | 2388.07 | 基本支出 | 120.3`), each item then with one amount to its right.
 */
import { toA1 } from '../grid/a1';
import { cellText, lastColumn } from '../grid/sheet-access';
import { storedColumns, storedRowsBetween } from '../grid/stored-cells';
import type { Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { labelUnit } from '../recognize/normalize-label';
import { readCell } from '../recognize/read-cell';
import type { MoneyHeader } from './find-form-blocks';
import { matchMoneyColumn, matchMoneyRow, type MoneyRowLabel, type SectionMarker } from './form-labels';
import { FORM_MONEY_COLUMNS, type FormMoneyBlock, type FormMoneyColumn, type FormMoneyRow, type FormMoneyRowRole } from './form-model';
import { readFormAmount, readFormPoints, readFormRate } from './read-form-cell';

interface LabelAt {
  readonly column: number;
  readonly text: string;
  readonly match: MoneyRowLabel;
}

interface Marker {
  readonly row: number;
  readonly column: number;
  readonly section: SectionMarker;
}

export interface MoneyBlockRead {
  readonly block: Omit<FormMoneyBlock, 'statedPoints'>;
  readonly lastRow: number;
}

/** By default an income item gives the budget it funds, an expenditure item what was spent (spec §5). */
const SECTION_COLUMN: Record<SectionMarker, FormMoneyColumn> = { income: '全年预算数', expenditure: '全年执行数' };

export function readMoneyBlock(sheet: Sheet, header: MoneyHeader, bottom: number, unit: MoneyUnit): MoneyBlockRead {
  const right = lastColumn(sheet);
  const amountLeft = Math.min(...Object.values(header.columns).filter((c): c is number => c !== undefined));
  const unitOf = (column: number): MoneyUnit => labelUnit(header.texts.get(column) ?? '') ?? unit;
  const rows: FormMoneyRow[] = [];
  const markers: Marker[] = [];
  const markerColumns = new Map<number, FormMoneyColumn>();
  let lastRead = header.row;
  // once items stand side by side (or two markers share a row), the rest of the section does too,
  // even a row whose only item sits in the label column (`纳入专户管理的非税收入拨款 | 0`)
  let sideBySideSection = false;

  for (const row of storedRowsBetween(sheet, header.row + 1, bottom)) {
    const labels = labelsOf(sheet, row, right);
    if (labels.length === 0) {
      if (rowIsEmpty(sheet, row, right)) continue;
      break;
    }
    lastRead = row;
    for (const label of labels) {
      if (label.match.kind === 'marker') markers.push({ row, column: label.column, section: label.match.section });
    }
    const items = labels.filter((label) => label.match.kind !== 'marker');
    if (labels.length - items.length >= 2) sideBySideSection = true;
    if (items.length === 0) {
      // a marker row may name what the amounts below it are (`按收入性质分 | 全年预算数`)
      for (const column of storedColumns(sheet, row, amountLeft, right)) {
        const named = matchMoneyColumn(cellText(sheet, row, column));
        if (named === '年初预算数' || named === '全年预算数' || named === '全年执行数') markerColumns.set(column, named);
      }
      continue;
    }
    const sideBySide: boolean =
      items.some((label) => label.column >= amountLeft) || (sideBySideSection && items.every((label) => label.match.kind !== 'total'));
    sideBySideSection ||= sideBySide;
    if (!sideBySide) {
      const label = items[items.length - 1];
      rows.push({
        ...rowHead(row, label, roleOf(label, markers, row)),
        amounts: gridAmounts(sheet, row, header, unitOf),
        ...executionCells(sheet, row, header),
      });
      continue;
    }
    items.forEach((label, i) => {
      const until = i + 1 < items.length ? items[i + 1].column - 1 : right;
      const valueColumn = firstValueColumn(sheet, row, label.column + 1, until) ?? label.column + 1;
      const role = roleOf(label, markers, row);
      const column = markerColumns.get(valueColumn) ?? SECTION_COLUMN[role === 'expenditure' ? 'expenditure' : 'income'];
      rows.push({ ...rowHead(row, label, role), amounts: { [column]: readFormAmount(sheet, row, valueColumn, unitOf(valueColumn)) } });
    });
  }
  return { block: { headerRow: header.row, columns: header.columns, rows }, lastRow: lastRead };
}

/** A row of the block's grid: one amount per money column. */
function gridAmounts(sheet: Sheet, row: number, header: MoneyHeader, unitOf: (column: number) => MoneyUnit): FormMoneyRow['amounts'] {
  const amounts: FormMoneyRow['amounts'] = {};
  for (const name of FORM_MONEY_COLUMNS) {
    const column = header.columns[name];
    if (column !== undefined) amounts[name] = readFormAmount(sheet, row, column, unitOf(column));
  }
  return amounts;
}

function labelsOf(sheet: Sheet, row: number, right: number): LabelAt[] {
  const labels: LabelAt[] = [];
  for (const column of storedColumns(sheet, row, sheet.left, right)) {
    const text = cellText(sheet, row, column);
    if (text === '' || text.length > 30) continue;
    const match = matchMoneyRow(text);
    if (match) labels.push({ column, text, match });
  }
  return labels;
}

function rowIsEmpty(sheet: Sheet, row: number, right: number): boolean {
  return storedColumns(sheet, row, sheet.left, right).every((column) => cellText(sheet, row, column) === '');
}

function firstValueColumn(sheet: Sheet, row: number, from: number, to: number): number | null {
  return storedColumns(sheet, row, from, to).find((column) => cellText(sheet, row, column) !== '') ?? null;
}

/**
 * A section marker governs the items below it in its column or to its right: the nearest marker
 * at or left of the item's column (then the nearest above) decides.
 */
function roleOf(label: LabelAt, markers: readonly Marker[], row: number): FormMoneyRowRole {
  const { match } = label;
  if (match.kind === 'total') return 'total';
  let best: Marker | undefined;
  for (const marker of markers) {
    if (marker.row > row || marker.column > label.column) continue;
    if (!best || marker.column > best.column || (marker.column === best.column && marker.row > best.row)) best = marker;
  }
  if (best) return best.section;
  return match.kind === 'marker' ? 'source' : match.kind;
}

function rowHead(row: number, label: LabelAt, role: FormMoneyRowRole): Pick<FormMoneyRow, 'role' | 'row' | 'name' | 'label' | 'labelAddress'> {
  const name = label.match.kind === 'marker' ? label.text : label.match.name;
  return { role, row, name, label: label.text, labelAddress: toA1(row, label.column) };
}

function executionCells(sheet: Sheet, row: number, header: MoneyHeader): Pick<FormMoneyRow, 'rate' | 'weight' | 'score' | 'reason'> {
  const { 执行率: rate, 分值: weight, 得分: score, 原因: reason } = header.columns;
  return {
    ...(rate !== undefined ? { rate: readFormRate(sheet, row, rate, header.ratePercentHeader) } : {}),
    ...(weight !== undefined ? { weight: readFormPoints(sheet, row, weight) } : {}),
    ...(score !== undefined ? { score: readFormPoints(sheet, row, score) } : {}),
    ...(reason !== undefined ? { reason: readCell(sheet, row, reason) } : {}),
  };
}
