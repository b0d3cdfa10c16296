/** The look shared by the example workbook and the template: a title, a bold header, thin borders. */
import type ExcelJS from 'exceljs';

export const AMOUNT_FORMAT = '#,##0.00';
export const PERCENT_FORMAT = '0.00%';
export const BOLD: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF999999' } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A bold, centred title merged across the table's width on row 1. */
export function addTitle(sheet: ExcelJS.Worksheet, text: string, lastColumn: number): void {
  if (lastColumn > 1) sheet.mergeCells(1, 1, 1, lastColumn);
  const title = sheet.getCell(1, 1);
  title.value = text;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 24;
}

export function writeHeader(sheet: ExcelJS.Worksheet, rowNumber: number, headers: readonly string[]): void {
  const row = sheet.getRow(rowNumber);
  headers.forEach((text, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text;
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 30;
}

/** A label | value row of the 基本情况 or 收支总表 sheet. */
export function writeLabelRow(
  row: ExcelJS.Row,
  label: string,
  value: ExcelJS.CellValue,
  style: { readonly bold?: boolean; readonly indent?: number; readonly numFmt?: string; readonly wrap?: boolean } = {},
): void {
  const labelCell = row.getCell(1);
  labelCell.value = label;
  labelCell.alignment = { vertical: 'top', indent: style.indent ?? 0 };
  if (style.bold) labelCell.font = BOLD;
  const valueCell = row.getCell(2);
  valueCell.value = value;
  if (style.numFmt) valueCell.numFmt = style.numFmt;
  if (style.wrap) valueCell.alignment = { wrapText: true, vertical: 'top', horizontal: 'left' };
  labelCell.border = valueCell.border = BOX;
}

/** Row height for wrapped text: lines of about `charsPerLine` CJK characters, 16 points each. */
export function estimatedHeight(text: string, charsPerLine: number): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  return Math.max(18, lines * 16);
}
