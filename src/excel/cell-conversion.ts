/** Converts what Office.js returns for a cell into the core's grid values. */
import type { CellValue } from '../core/grid/types';

/**
 * The error values Excel shows in a cell; `Range.values` reports them as these strings. The list
 * follows Excel.ErrorCellValueType (ExcelApi 1.16: each type's `basicValue`; a placeholder reads as
 * `#BUSY!`), its preview additions `#PYTHON!` and `#TIMEOUT!` (Python in Excel), and `#UNKNOWN!`,
 * which Excel shows for a data type it cannot display. A text cell with any other `#…` stays text.
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#EXTERNAL!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
]);

/**
 * `''` (empty) becomes null and an error string becomes `{ error }`. A text cell that holds exactly
 * an error's spelling (typed as `'#N/A`) cannot be told apart without `valueTypes`; it is read as
 * the error, which is what it shows.
 */
export function toCellValue(raw: unknown): CellValue {
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return EXCEL_ERRORS.has(raw) ? { error: raw } : raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
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

export function toNumberFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' ? format : null;
}
