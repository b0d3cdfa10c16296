/** Converts what Office.js returns for a cell into the core's grid values. */
import { EXCEL_ERRORS } from '../core/grid/excel-errors';
import { isDateFormat, serialToIsoDate } from '../core/grid/excel-dates';
import type { CellValue } from '../core/grid/types';

// the list lives in the core, which reads a text holding an error's exact spelling as that error too
export { EXCEL_ERRORS };

/**
 * `''` (empty) becomes null and an error string becomes `{ error }`. A text cell that holds exactly
 * an error's spelling (typed as `'#N/A`) cannot be told apart without `valueTypes`; it is read as
 * the error, which is what it shows. A number shown through a date format becomes ISO date text,
 * counted from 1904 in a workbook that uses the 1904 date system.
 */
export function toCellValue(raw: unknown, numberFormat?: unknown, date1904 = false): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return EXCEL_ERRORS.has(raw) ? { error: raw } : raw;
  // Excel sends a date as its serial number: the grid holds dates as ISO text, as the CLI reads them
  if (typeof raw === 'number') return typeof numberFormat === 'string' && isDateFormat(numberFormat) ? serialToIsoDate(raw, date1904) : raw;
  if (typeof raw === 'boolean') return raw;
  return String(raw);
}

/**
 * A formula with its `=`, or null for a constant. `Range.formulas` repeats constants, and a
 * text-formatted cell holding `=x` reports `=x` as both value and formula: that is text, not a formula.
 */
export function toFormula(formula: unknown, value: unknown): string | null {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return null;
  return formula === value ? null : formula;
}

/** The cell's format, or null for none: Excel says "General" where a file has no format (the CLI: null). */
export function toNumberFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : null;
}
