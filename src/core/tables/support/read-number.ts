/**
 * Numbers as forms write them, with their unit: `72.74%` → 72.74 %, `2200篇` → 2200 篇, `'190'`,
 * a 0.9167 formatted as a percentage → 91.67 %. Null for text that holds no number (`完善`).
 */
import { toA1 } from '../../grid/a1';
import { isPercentFormat } from '../../grid/excel-dates';
import { cellNumberFormat, cellValue } from '../../grid/sheet-access';
import type { Sheet } from '../../grid/types';
import { foldWidth } from '../../recognize/normalize-label';
import type { NumberCell } from '../official-table';

export function readNumberCell(sheet: Sheet, row: number, column: number): NumberCell | null {
  const value = cellValue(sheet, row, column);
  const address = toA1(row, column);
  if (typeof value === 'number') {
    const percent = isPercentFormat(cellNumberFormat(sheet, row, column));
    return { address, row, column, value: percent ? round(value * 100) : value, unit: percent ? '%' : '', text: String(value), fromText: false };
  }
  if (typeof value !== 'string') return null;
  const text = foldWidth(value).replace(/[\s,，]/g, '');
  const match = /^[≥≤<>=]?(-?\d+(?:\.\d+)?)(%|[^\d.%-]{0,4})$/.exec(text.replace(/^(?:>=|<=)/, ''));
  if (!match) return null;
  return { address, row, column, value: Number(match[1]), unit: match[2], text: value, fromText: true };
}

export function round(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor + Math.sign(value) * 1e-9) / factor;
}
