/**
 * The seed workbook (spec §4, every figure of the published report) as the fake Excel host holds
 * it, with formats of the user's own — a header fill, bold headers and totals, amount formats and
 * a conditional format — so "clear restores every format" has something to restore.
 */
import type { Sheet } from '../../../src/core/grid/types';
import type { FakeSheetInput, FakeWorkbookInput } from '../../support/fake-excel';
import { seedWorkbook } from '../../core/report/seed-workbook';

const HEADER_FILL = '#DDEBF7';

function grid<T>(sheet: Sheet, pick: (value: unknown, row: number, column: number) => T | null): (T | null)[][] {
  return sheet.values.map((cells, r) => cells.map((value, c) => pick(value, r + sheet.top, c + sheet.left)));
}

function withUserFormats(sheet: Sheet): FakeSheetInput {
  const isHeaderRow = (row: number) => sheet.values[row - sheet.top]?.some((value) => value === '项目名称' || value === '项目');
  const isTotalRow = (row: number) => sheet.values[row - sheet.top]?.some((value) => value === '合计');
  return {
    ...sheet,
    fills: grid(sheet, (value, row) => (isHeaderRow(row) && value !== null ? HEADER_FILL : null)),
    bold: grid(sheet, (_, row) => isHeaderRow(row) || isTotalRow(row) || row === sheet.top),
    numberFormats: grid(sheet, (value) => (typeof value === 'number' && !Number.isInteger(value) ? '#,##0.00' : null)),
    // A user's own rule (negative amounts in red) that highlighting must leave alone.
    conditionalFormats: sheet.name === '项目支出' ? [{ range: 'C4:I20', type: 'Custom', formula: '=C4<0', fontColor: '#C00000' }] : [],
  };
}

export function seedHostWorkbook(): FakeWorkbookInput {
  const workbook = seedWorkbook();
  return { name: workbook.name, sheets: workbook.sheets.map(withUserFormats) };
}
