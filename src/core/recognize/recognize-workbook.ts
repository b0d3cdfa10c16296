/**
 * Recognition entry point: finds the project tables, summary and unit info of a workbook by their
 * headers and labels (spec §1), never by sheet names or fixed addresses.
 */
import type { Workbook } from '../grid/types';
import type { RecognitionProblem, RecognizedTable, RecognizedWorkbook } from './model';
import { recognizeSheet } from './recognize-sheet';
import { withForms } from '../forms/recognize-forms';

export function recognizeWorkbook(workbook: Workbook): RecognizedWorkbook {
  const tables: RecognizedTable[] = [];
  const problems: RecognitionProblem[] = [];
  for (const sheet of workbook.sheets) {
    const found = withForms(sheet, recognizeSheet(sheet));
    tables.push(...found.tables);
    problems.push(...found.problems);
  }
  // a missing column already says why nothing was recognised; 'no-table' is for workbooks with no clue at all
  if (tables.length === 0 && problems.length === 0) problems.push(noTable(workbook));
  return { tables, problems, sheets: workbook.sheets };
}

function noTable(workbook: Workbook): RecognitionProblem {
  const names = workbook.sheets.map((sheet) => sheet.name);
  return {
    sheet: names[0] ?? '',
    row: 1,
    cells: [],
    messageId: 'no-table',
    data: { sheets: names.join('、'), sheetCount: names.length },
  };
}
