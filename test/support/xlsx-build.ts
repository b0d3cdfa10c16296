/**
 * Test helper: real .xlsx files built with exceljs — the seed example, layout variants written as
 * rows, and files on disk in a temporary folder removed after the test file.
 */
import ExcelJS from 'exceljs';
import { buildBudgetWorkbook } from '../../src/cli/examples/budget-workbook-layout';
import { SHIFENG_GRID_2023 } from '../../src/cli/examples/shifeng-grid-2023';

/** The bundled example, built in memory exactly as `npm run examples` writes it. */
export function seedBook(): ExcelJS.Workbook {
  return buildBudgetWorkbook(SHIFENG_GRID_2023);
}

export async function bytesOf(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function loadBook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

export interface SheetRows {
  readonly name: string;
  /**
   * Rows from A1. A string `'=SUM(C4:C7)|1865.39'` is a formula with its cached result; `undefined`
   * or null is a blank cell.
   */
  readonly rows: readonly (readonly unknown[])[];
  /** Merged areas such as `C3:G3`. */
  readonly merges?: readonly string[];
  readonly hidden?: boolean;
}

/** A workbook from sheets written as rows (the exceljs twin of sheetFromRows). */
export function bookFromRows(sheets: readonly SheetRows[]): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === undefined || value === null) return;
        sheet.getCell(r + 1, c + 1).value = cellValueOf(value);
      }),
    );
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return book;
}

function cellValueOf(value: unknown): ExcelJS.CellValue {
  if (typeof value === 'string' && value.startsWith('=') && value.includes('|')) {
    const bar = value.lastIndexOf('|');
    const text = value.slice(bar + 1);
    const result = text.startsWith('#') ? { error: text as ExcelJS.CellErrorValue['error'] } : Number.isFinite(Number(text)) ? Number(text) : text;
    return { formula: value.slice(1, bar), result } as ExcelJS.CellFormulaValue;
  }
  return value as ExcelJS.CellValue;
}

// Re-exported: the CLI suites get their temporary folder from here.
export { tempFolder } from './temp-folder';
