/**
 * Filling the blank Shanghai 2026 budget templates (../shared/cases/) with figures of our own:
 * sheet by sheet, by A1 address, as a unit would type them.
 */
import type { CellValue, Workbook } from '../../src/core/grid/types';
import { withValues } from './grid-edit';

export const CASES = '../shared/cases';

export type Figures = Record<string, number>;

/** The workbook with the given cells of the named sheets written (figures, then labels). */
export function filled(book: Workbook, sheets: Record<string, Record<string, CellValue>>, labels: Record<string, Record<string, CellValue>> = {}): Workbook {
  return {
    ...book,
    sheets: book.sheets.map((sheet) =>
      sheets[sheet.name] || labels[sheet.name] ? withValues(sheet, { ...sheets[sheet.name], ...labels[sheet.name] }) : sheet,
    ),
  };
}

/** A classified table (T3, T5–T7: 合计 | 基本支出 | 项目支出 in E F G) with the same figures on its 类, 款, 项 rows and its 合计 row. */
export function line(rows: number[], total: number, values: [number, number, number]): Figures {
  return Object.fromEntries([...rows, total].flatMap((row) => ['E', 'F', 'G'].map((column, index) => [`${column}${row}`, values[index]])));
}

/**
 * The template's 一般公共预算基本支出经济分类表 (T8: 合计 | 人员经费 | 公用经费 in D E F): class 301
 * and its 款 (rows 9, 10) all 人员经费, class 303 and its 款 (rows 12, 13) all 公用经费, 合计 row 21.
 */
export function economic(personnel: number, publicUse: number): Figures {
  const row = (at: number, values: [number, number, number]): Figures =>
    Object.fromEntries(['D', 'E', 'F'].map((column, index) => [`${column}${at}`, values[index]]));
  return {
    ...row(9, [personnel, personnel, 0]),
    ...row(10, [personnel, personnel, 0]),
    ...row(12, [publicUse, 0, publicUse]),
    ...row(13, [publicUse, 0, publicUse]),
    ...row(21, [personnel + publicUse, personnel, publicUse]),
  };
}
