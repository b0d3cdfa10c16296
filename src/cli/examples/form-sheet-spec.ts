/**
 * A form sheet written as it looks: rows from A1 (null where a merged area covers a cell) and the
 * merged areas in A1 notation. Used by the forms example workbook and, as grids, by the tests.
 */
import { parseA1 } from '../../core/grid/a1';
import { sheetFromRows } from '../../core/grid/sheet-from-a1';
import type { CellRange, Sheet } from '../../core/grid/types';

export type FormCell = string | number | null;

export interface FormSheetSpec {
  readonly name: string;
  /** Where the figures come from, and which errors were put in on purpose. */
  readonly origin: string;
  readonly rows: readonly (readonly FormCell[])[];
  readonly merges: readonly string[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
}

export function rangeFromA1(text: string): CellRange {
  const [start, end = start] = text.split(':');
  const a = parseA1(start);
  const b = parseA1(end);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** The spec as the grid the core reads. */
export function sheetOfSpec(spec: FormSheetSpec): Sheet {
  return { ...sheetFromRows(spec.name, spec.rows), merges: spec.merges.map(rangeFromA1) };
}
