/**
 * The grid model: what the core knows of a workbook. Built by the Excel adapter from
 * `Range.values/formulas/numberFormat`, by the CLI from exceljs, and by tests from 2-D arrays.
 * Rows and columns are 1-based, as in A1 addresses.
 */

/** An Excel error value such as `#REF!` — never summed, always reported. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A rectangular block of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  readonly name: string;
  /** Row and column of `values[0][0]` (the used range's top-left cell). */
  readonly top: number;
  readonly left: number;
  /** Cell values, row-major; ragged rows are allowed (missing cells are empty). */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Formulas with their leading `=`, or null/'' where the cell holds a constant; same shape as values.
   * A formula cell whose file holds no saved result (openpyxl, XlsxWriter) has value null here:
   * checkWorkbook computes it (formulas/compute-formulas.ts) before anything reads it.
   */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Number formats, same shape as values (used to read `%` and dates). */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged areas: only their top-left cell holds the value. */
  readonly merges?: readonly CellRange[];
  readonly hidden?: boolean;
}

export interface Workbook {
  /** File name or workbook title, used in messages. */
  readonly name?: string;
  readonly sheets: readonly Sheet[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}
