/**
 * Writes examples/forms-2023.xlsx: the official self-evaluation forms of src/cli/examples/forms-2023.ts
 * (the Sichuan case as published, national and Chongqing forms made from the bundled example's
 * figures; one sheet holds two stacked forms) and the bundled example's 项目支出 sheet, so the forms
 * can be checked against the project table. Usage: make-form-examples [output folder, default ./examples].
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { isFormTitle } from '../core/forms/form-labels';
import { buildBudgetWorkbook } from './examples/budget-workbook-layout';
import type { FormSheetSpec } from './examples/form-sheet-spec';
import { FORM_SHEETS } from './examples/forms-2023';
import { BOX } from './examples/sheet-style';
import { SHIFENG_GRID_2023 } from './examples/shifeng-grid-2023';

export const FORM_EXAMPLE_FILE = 'forms-2023.xlsx';

/** The sheets of the bundled example that the forms workbook keeps. */
const KEPT_TABLE_SHEETS = new Set(['项目支出']);

export function buildFormWorkbook(): ExcelJS.Workbook {
  // the 项目支出 sheet exactly as the bundled example writes it, so both files agree figure for figure
  const book = buildBudgetWorkbook(SHIFENG_GRID_2023);
  for (const sheet of [...book.worksheets]) if (!KEPT_TABLE_SHEETS.has(sheet.name)) book.removeWorksheet(sheet.id);
  for (const spec of FORM_SHEETS) writeFormSheet(book.addWorksheet(spec.name), spec);
  return book;
}

function writeFormSheet(sheet: ExcelJS.Worksheet, spec: FormSheetSpec): void {
  sheet.columns = spec.widths.map((width) => ({ width }));
  const width = spec.widths.length;
  spec.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    if (cells.length === 0) return;
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const value = cells[c - 1] ?? null;
      if (value !== null) cell.value = value;
      if (typeof value === 'number' && !Number.isInteger(value)) cell.numFmt = '0.00';
      cell.border = BOX;
      const isTitle = typeof value === 'string' && isFormTitle(value);
      cell.alignment = { wrapText: true, vertical: 'middle', ...(isTitle ? { horizontal: 'center' } : {}) };
      if (isTitle) cell.font = { bold: true, size: 14 };
    }
  });
  for (const range of spec.merges) sheet.mergeCells(range);
}

export async function makeFormExamples(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, FORM_EXAMPLE_FILE);
  await buildFormWorkbook().xlsx.writeFile(path);
  return path;
}

if (require.main === module) {
  makeFormExamples(resolve(process.argv[2] ?? 'examples')).then(
    (path) => console.log(`written: ${path}`),
    (error: unknown) => {
      console.error(`make-form-examples: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
