/**
 * Recognition entry point: each sheet is read by the table kinds of the registry — the official
 * layouts first (they claim their areas), then the project tables, summary and unit info
 * (recognize/) and the self-evaluation forms (forms/) outside those areas — by headers and labels,
 * never by sheet names or fixed addresses. Cross-checks between tables are added last.
 */
import type { CellRange, Workbook } from '../grid/types';
import { withForms } from '../forms/recognize-forms';
import type { RecognitionProblem } from '../recognize/model';
import { missingColumnsOf, recognizeSheet } from '../recognize/recognize-sheet';
import { officialKind, TABLE_KINDS } from '.';
import type { RecognizedTable, RecognizedWorkbook } from './model';
import type { OfficialTable } from './official-table';
import { SEED_LABELS } from './support/seed-labels';

export function recognizeWorkbook(workbook: Workbook): RecognizedWorkbook {
  const tables: RecognizedTable[] = [];
  let problems: RecognitionProblem[] = [];
  for (const sheet of workbook.sheets) {
    const claimed: CellRange[] = [];
    for (const kind of TABLE_KINDS) {
      for (const table of kind.recognize?.(sheet, claimed) ?? []) {
        tables.push(table);
        claimed.push(table.range);
      }
    }
    const found = withForms(sheet, recognizeSheet(sheet, SEED_LABELS, claimed));
    tables.push(...found.tables);
    problems.push(...found.problems);
  }
  if (tables.length === 0) {
    // a header that was not taken is the only clue: say which columns it lacks, as errors
    problems = problems.flatMap((problem) => (problem.messageId === 'not-a-table' ? missingColumnsOf(problem) : [problem]));
  }
  // a missing column already says why nothing was recognised; 'no-table' is for workbooks with no clue at all
  if (tables.length === 0 && problems.length === 0) problems.push(noTable(workbook));
  return { tables: tables.map((table) => linked(table, tables)), problems, sheets: workbook.sheets };
}

/** An official table with the places of its cross-checks against the workbook's other tables. */
function linked(table: RecognizedTable, all: readonly RecognizedTable[]): RecognizedTable {
  const kind = officialKind(table);
  const extra = kind?.link?.(table as OfficialTable, all) ?? [];
  return extra.length === 0 ? table : { ...(table as OfficialTable), places: [...(table as OfficialTable).places, ...extra] };
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
