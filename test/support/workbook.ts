/** Test helper: a workbook from sheets written as 2-D arrays (see sheetFromRows for formulas). */
import { sheetFromRows } from '../../src/core/grid/sheet-from-a1';
import type { Workbook } from '../../src/core/grid/types';

export function workbookFromSheets(sheets: Record<string, unknown[][]>, name = 'test.xlsx'): Workbook {
  return { name, sheets: Object.entries(sheets).map(([sheetName, rows]) => sheetFromRows(sheetName, rows)) };
}
