/** Reads an execution-rate (执行率) cell as a fraction: 95.23% → 0.9523. */
import { isPercentFormat } from '../grid/excel-dates';
import type { CellValue } from '../grid/types';
import { foldWidth } from './normalize-label';

/**
 * `95.23%` as text, or 0.9523 with a `%` number format, is unambiguous. A plain number is percent
 * points when the column header says `%` (`执行率(%)`). With no `%` anywhere we choose: a number
 * up to 1.5 is a fraction and a larger one is percent points — execution above 150% is not
 * plausible, and below 1.5% is rare enough that reading 0.95 as 95% is the better guess.
 */
export function readRate(value: CellValue, numberFormat: string | null, headerSaysPercent: boolean): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    if (isPercentFormat(numberFormat)) return tidy(value);
    return tidy(headerSaysPercent || value > 1.5 ? value / 100 : value);
  }
  if (typeof value !== 'string') return null;
  if (hasStrayComma(value)) return null;
  const text = foldWidth(value).replace(/[\s,]/g, '');
  const match = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)(%)?$/.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  if (match[2]) return tidy(number / 100);
  return tidy(headerSaysPercent || number > 1.5 ? number / 100 : number);
}

/** A comma that is not a thousands separator (`1,2,3`): such a text is not a number, never 123. */
export function hasStrayComma(text: string): boolean {
  return /(?<!\d),|,(?!\d{3}(?!\d))/.test(foldWidth(text).replace(/\s/g, ''));
}

/**
 * Drops float noise from the division (95.23 / 100 = 0.9523000000000001). A rate is read to two
 * decimals of a percent, so one whose hundredths of a percent are beyond a safe integer (a typed
 * 1e308) cannot be read — and would turn into Infinity in any arithmetic on it — so it is unreadable.
 */
function tidy(ratio: number): number | null {
  if (!(Math.abs(ratio * 10_000) <= Number.MAX_SAFE_INTEGER)) return null;
  return Math.round(ratio * 1e10) / 1e10;
}
