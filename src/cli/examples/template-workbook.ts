/**
 * examples/template.xlsx: the core's template sheets (the same rows the pane inserts), laid out
 * for Excel — title, bold header, amount formats, blank bordered rows and a 合计 row whose
 * formulas add the rows that carry a 序号 (sub-item rows leave it empty, so they are not counted twice).
 */
import ExcelJS from 'exceljs';
import { columnLetters } from '../../core/grid/a1';
import { PROJECT_AMOUNT_FIELDS } from '../../core/recognize/model';
import { TEMPLATE_SHEETS, type TemplateSheet } from '../../core/template/template-sheets';
import { AMOUNT_FORMAT, BOLD, BOX, PERCENT_FORMAT, addTitle, writeHeader, writeLabelRow } from './sheet-style';

/** Blank project rows the template offers above its 合计 row. */
const BLANK_PROJECT_ROWS = 10;
const AMOUNT_HEADERS: ReadonlySet<string> = new Set(PROJECT_AMOUNT_FIELDS);

export function buildTemplateWorkbook(sheets: readonly TemplateSheet[] = TEMPLATE_SHEETS): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'budget-check';
  book.created = book.modified = new Date(Date.UTC(2024, 0, 1));
  for (const template of sheets) {
    const headerIndex = template.rows.findIndex((row) => row.filter(Boolean).length > 2);
    if (headerIndex >= 0) addTableSheet(book, template, headerIndex);
    else addLabelSheet(book, template);
  }
  return book;
}

/** 基本情况 / 收支总表: a title, an optional unit note, then one label per row with an empty value. */
function addLabelSheet(book: ExcelJS.Workbook, template: TemplateSheet): void {
  const sheet = book.addWorksheet(template.name);
  sheet.columns = [{ width: 22 }, { width: 60 }];
  const isSummary = template.rows.some((row) => isUnitNote(row[0]));
  template.rows.forEach(([label], i) => {
    if (i === 0) addTitle(sheet, label, 2);
    else if (isUnitNote(label)) sheet.getCell(i + 1, 1).value = label;
    else writeLabelRow(sheet.getRow(i + 1), label, null, { bold: true, numFmt: isSummary ? AMOUNT_FORMAT : undefined, wrap: true });
  });
}

/** 项目支出: title and unit note above the header, blank rows, then the 合计 row. */
function addTableSheet(book: ExcelJS.Workbook, template: TemplateSheet, headerIndex: number): void {
  const headers = template.rows[headerIndex];
  const headerRow = headerIndex + 1;
  const sheet = book.addWorksheet(template.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  sheet.columns = headers.map((header) => ({ width: widthOf(header) }));
  template.rows.slice(0, headerIndex).forEach(([text], i) => {
    if (i === 0) addTitle(sheet, text, headers.length);
    else sheet.getCell(i + 1, 1).value = text;
  });
  writeHeader(sheet, headerRow, headers);

  const first = headerRow + 1;
  const last = headerRow + BLANK_PROJECT_ROWS;
  const serialColumn = headers.indexOf('序号') + 1;
  for (let r = first; r <= last + 1; r++) {
    headers.forEach((header, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.border = BOX;
      if (AMOUNT_HEADERS.has(header)) cell.numFmt = AMOUNT_FORMAT;
      if (header === '执行率') cell.numFmt = PERCENT_FORMAT;
    });
  }
  const total = sheet.getRow(last + 1);
  total.getCell(headers.indexOf('项目名称') + 1).value = '合计';
  if (serialColumn > 0) {
    const serials = `$${columnLetters(serialColumn)}$${first}:$${columnLetters(serialColumn)}$${last}`;
    headers.forEach((header, i) => {
      if (!AMOUNT_HEADERS.has(header)) return;
      const letter = columnLetters(i + 1);
      total.getCell(i + 1).value = { formula: `SUMIFS(${letter}${first}:${letter}${last},${serials},"<>")`, result: 0 };
    });
  }
  total.eachCell({ includeEmpty: true }, (cell) => (cell.font = BOLD));
}

function isUnitNote(text: string | undefined): boolean {
  return /^单位[:：]/.test(text ?? '');
}

function widthOf(header: string): number {
  if (header === '项目名称') return 40;
  if (header === '主要用途') return 60;
  if (header === '序号') return 6;
  return 12;
}
