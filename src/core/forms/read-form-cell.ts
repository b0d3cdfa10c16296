/**
 * Reads the cells of a form. Forms write `/` (and, in score columns, `—`) where a figure does not
 * apply: that is "not applicable", never a zero, so it is kept apart from empty cells and numbers.
 */
import { isPercentFormat } from '../grid/excel-dates';
import { cellNumberFormat } from '../grid/sheet-access';
import { isCellError, type CellValue, type Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { readAmount } from '../money/read-amount';
import { foldWidth } from '../recognize/normalize-label';
import { readCell } from '../recognize/read-cell';
import { hasStrayComma, readRate } from '../recognize/read-rate';
import type { FormAmount, FormNumber, FormNumberReading, IndicatorValue } from './form-model';

const SLASHES = /^[/／\\]+$/;
const NOT_APPLICABLE_WORDS = /^(?:无|不适用|不涉及)$/;
const DASHES = /^[-—–－―]+$/;

function compact(text: string): string {
  return foldWidth(text).replace(/[\s,]/g, '');
}

/** Money: `/` is not applicable; everything else as any amount (a dash is zero, text is reported). */
export function readFormAmount(sheet: Sheet, row: number, column: number, unit: MoneyUnit): FormAmount {
  const cell = readCell(sheet, row, column);
  if (typeof cell.value === 'string') {
    const text = compact(cell.value);
    if (SLASHES.test(text) || NOT_APPLICABLE_WORDS.test(text)) return { ...cell, reading: { kind: 'not-applicable', text: cell.value } };
  }
  return { ...cell, reading: readAmount(cell.value, unit) };
}

function readNumber(value: CellValue, parseText: (text: string) => number | null): FormNumberReading {
  if (value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value, fromText: false } : { kind: 'text', text: String(value) };
  if (typeof value !== 'string') return { kind: 'text', text: isCellError(value) ? value.error : String(value) };
  const text = compact(value);
  if (text === '') return { kind: 'empty' };
  if (SLASHES.test(text) || DASHES.test(text) || NOT_APPLICABLE_WORDS.test(text)) return { kind: 'not-applicable', text: value };
  const number = hasStrayComma(value) ? null : parseText(text);
  return number === null ? { kind: 'text', text: value } : { kind: 'number', value: number, fromText: true };
}

/** Points: a 分值, 权重 or 得分 (`10`, `9.5分`). */
export function readFormPoints(sheet: Sheet, row: number, column: number): FormNumber {
  const cell = readCell(sheet, row, column);
  return { ...cell, reading: pointsReading(cell.value) };
}

export function pointsReading(value: CellValue): FormNumberReading {
  return readNumber(value, (text) => {
    const match = /^([+-]?\d+(?:\.\d+)?)分?$/.exec(text);
    return match ? Number(match[1]) : null;
  });
}

/** A rate as its ratio (100.00% → 1), read as the project table reads 执行率. */
export function readFormRate(sheet: Sheet, row: number, column: number, headerSaysPercent: boolean): FormNumber {
  const cell = readCell(sheet, row, column);
  const format = cellNumberFormat(sheet, row, column);
  if (typeof cell.value === 'number') {
    const ratio = readRate(cell.value, format, headerSaysPercent);
    return { ...cell, reading: ratio === null ? { kind: 'text', text: String(cell.value) } : { kind: 'number', value: ratio, fromText: false } };
  }
  return { ...cell, reading: readNumber(cell.value, (text) => readRate(text, null, headerSaysPercent)) };
}

const COMPARATORS: readonly [RegExp, '≥' | '≤' | '='][] = [
  [/^(?:≥|>=|≧|＞＝|大于等于|不低于|不少于|不小于|>|＞|大于|高于)/, '≥'],
  [/^(?:≤|<=|≦|＜＝|小于等于|不高于|不超过|不多于|不大于|<|＜|小于|低于)/, '≤'],
  [/^(?:=|＝|等于)/, '='],
];

/**
 * 年度指标值 / 实际完成值: `≥95%` → ≥, 95, percent; `30天以内` → ≤, 30; `好` → text only.
 * Numbers are kept as a person reads them: a cell formatted as `%` holding 0.98 reads 98.
 */
export function readIndicatorValue(sheet: Sheet, row: number, column: number): IndicatorValue {
  const cell = readCell(sheet, row, column);
  const { value } = cell;
  if (typeof value === 'number') {
    const percent = isPercentFormat(cellNumberFormat(sheet, row, column));
    return { ...cell, text: String(value), number: percent ? tidy(value * 100) : value, comparator: null, percent };
  }
  const text = typeof value === 'string' ? value.trim() : value === null ? '' : String(value);
  return { ...cell, text, ...parseIndicatorText(text) };
}

export function parseIndicatorText(text: string): Pick<IndicatorValue, 'number' | 'comparator' | 'percent'> {
  let rest = compact(text);
  let comparator: IndicatorValue['comparator'] = null;
  for (const [pattern, sign] of COMPARATORS) {
    const match = pattern.exec(rest);
    if (match) {
      comparator = sign;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  const suffix = /(以上|及以上|以内|以下|及以下)$/.exec(rest);
  if (suffix) {
    comparator ??= suffix[1].includes('上') ? '≥' : '≤';
    rest = rest.slice(0, -suffix[1].length);
  }
  // a number followed by at most a short unit (`%`, `天`, `人次`, `万元`): longer text is not a figure
  const match = /^([+-]?\d+(?:\.\d+)?)([%％]?)([^\d]{0,6})$/.exec(rest);
  if (!match) return { number: null, comparator, percent: false };
  return { number: Number(match[1]), comparator, percent: match[2] !== '' };
}

function tidy(value: number): number {
  return Math.round(value * 1e10) / 1e10;
}
