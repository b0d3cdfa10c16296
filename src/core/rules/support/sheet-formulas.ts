/** Walking the formulas of a workbook's sheets, and finding a sheet a formula names. */
import { storedIndexes } from '../../grid/stored-cells';
import type { Sheet } from '../../grid/types';

/**
 * Calls `visit` with each formula of the sheet (as cellFormula reads it: text starting with `=`),
 * row by row; stops, returning false, as soon as `visit` returns false.
 */
export function everyFormula(sheet: Sheet, visit: (formula: string, row: number, column: number) => boolean): boolean {
  const formulas = sheet.formulas ?? [];
  // stored rows and cells only: the arrays may be sparse (a cell at XFD1048576)
  for (const r of storedIndexes(formulas)) {
    const cells = formulas[r];
    for (const c of storedIndexes(cells)) {
      const formula = cells[c];
      if (typeof formula !== 'string' || formula.charCodeAt(0) !== 0x3d) continue;
      if (!visit(formula, r + sheet.top, c + sheet.left)) return false;
    }
  }
  return true;
}

/** The index of the sheet a formula names (`Sheet1!A1`), or -1: Excel matches names without regard to case. */
export function sheetNamer(sheets: readonly Sheet[]): (name: string) => number {
  const byName = new Map<string, number>();
  sheets.forEach((sheet, index) => {
    const key = sheet.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, index);
  });
  return (name) => byName.get(name.toLowerCase()) ?? -1;
}
