/**
 * A reader-independent form of a grid, for comparing what two readers made of one file: every
 * stored cell by address (value, formula, number format), merged areas sorted, sheets in order.
 * Empty cells, the empty string and where a used range starts are not part of it: the core reads
 * them alike (cellValue treats '' and a missing cell as empty).
 */
import { toA1 } from '../../src/core/grid/a1';
import type { CellValue, Sheet } from '../../src/core/grid/types';

export interface NormalCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly format?: string;
}

export interface NormalSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly cells: Record<string, NormalCell>;
  readonly merges: string[];
}

export function normalSheets(sheets: readonly Sheet[], options: { formats?: boolean } = {}): NormalSheet[] {
  return sheets.map((sheet) => normalSheet(sheet, options.formats ?? true));
}

function normalSheet(sheet: Sheet, withFormats: boolean): NormalSheet {
  const cells: Record<string, NormalCell> = {};
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c] ?? null;
      const stored = sheet.numberFormats?.[r]?.[c] ?? null;
      const format = stored && !/^general$/i.test(stored) ? stored : null; // General is no format
      const shown = value === '' || value === undefined ? null : value;
      if (shown === null && !formula) return;
      cells[toA1(r + sheet.top, c + sheet.left)] = {
        value: shown,
        ...(formula ? { formula } : {}),
        ...(withFormats && format ? { format } : {}),
      };
    });
  });
  const merges = (sheet.merges ?? []).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort();
  return { name: sheet.name, hidden: Boolean(sheet.hidden), cells, merges };
}
