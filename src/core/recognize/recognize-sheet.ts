/**
 * Recognises what one sheet holds: project tables found by their headers (one after another down
 * the sheet), and summary / unit-info values found by their labels outside those tables.
 */
import { lastColumn, lastRow } from '../grid/sheet-access';
import type { CellRange, Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { findProjectHeader, type ProjectHeader } from './find-header';
import { readLabelledTables } from './labelled-tables';
import type { LabelledOrProjectTable, ProjectField, RecognitionProblem } from './model';
import { REQUIRED_PROJECT_COLUMNS } from './project-columns';
import { readProjectTable } from './project-table';
import type { SeedLabels } from './synonyms';
import { DEFAULT_UNIT, findUnitNote } from './unit-note';

export { REQUIRED_PROJECT_COLUMNS };

export interface SheetRecognition<T = LabelledOrProjectTable> {
  readonly tables: T[];
  readonly problems: RecognitionProblem[];
}

/**
 * `labels` are the seed kinds' synonyms (their kind files declare them). `claimed` are areas other
 * table kinds have read (an official two-sided form, a 决算 summary…): their headers and labels are
 * not looked at again.
 */
export function recognizeSheet(sheet: Sheet, labels: SeedLabels, claimed: readonly CellRange[] = []): SheetRecognition {
  const tables: LabelledOrProjectTable[] = [];
  const problems: RecognitionProblem[] = [];
  const projectAreas: CellRange[] = [...claimed];
  const bottom = lastRow(sheet);
  for (let fromRow = sheet.top; fromRow <= bottom;) {
    const header = findProjectHeader(sheet, labels.projects, fromRow, REQUIRED_PROJECT_COLUMNS);
    if (!header) break;
    const inClaimed = claimed.find((area) => header.headerRows[0] >= area.top && header.headerRows[0] <= area.bottom);
    if (inClaimed) {
      fromRow = Math.max(inClaimed.bottom, header.headerRows[1]) + 1;
      continue;
    }
    const missing = REQUIRED_PROJECT_COLUMNS.filter((field) => header.columns[field] === undefined);
    if (missing.length >= 2) {
      // `项目` plus one amount word is a form's label column or another table, not a broken project table
      problems.push(notATable(sheet, header, missing));
      projectAreas.push({ top: header.headerRows[0], left: header.left, bottom: header.headerRows[1], right: header.right });
      fromRow = header.headerRows[1] + 1;
      continue;
    }
    if (missing.length > 0) {
      problems.push(...missing.map((column) => missingColumn(sheet, header, column)));
      projectAreas.push({ top: header.headerRows[0], left: header.left, bottom: header.headerRows[1], right: header.right });
      fromRow = header.headerRows[1] + 1;
      continue;
    }
    const table = readProjectTable(sheet, labels, header, tableUnit(sheet, header, fromRow), problems);
    tables.push(table);
    problems.push(...duplicateColumns(sheet, header));
    projectAreas.push(table.range);
    fromRow = table.range.bottom + 1;
  }
  tables.push(...readLabelledTables(sheet, labels, projectAreas));
  return { tables, problems };
}

/** The unit note nearest above the header, else the unit every amount header names, else 万元. */
function tableUnit(sheet: Sheet, header: ProjectHeader, fromRow: number): MoneyUnit {
  const note = findUnitNote(sheet, fromRow, header.headerRows[0], lastColumn(sheet));
  if (note) return note;
  const named = new Set(header.columnUnits.values());
  return named.size === 1 ? [...named][0] : DEFAULT_UNIT;
}

function notATable(sheet: Sheet, header: ProjectHeader, missing: readonly ProjectField[]): RecognitionProblem {
  return {
    sheet: sheet.name,
    row: header.headerRows[0],
    cells: header.cells.map((cell) => cell.address),
    messageId: 'not-a-table',
    data: {
      sheet: sheet.name,
      headerRow: header.headerRows[0],
      looked: header.cells.map((cell) => cell.text).join('、'),
      missing: missing.join('、'),
    },
  };
}

/** What a `not-a-table` problem becomes when nothing else in the workbook was recognised: the missing columns, as errors. */
export function missingColumnsOf(problem: RecognitionProblem): RecognitionProblem[] {
  return String(problem.data.missing)
    .split('、')
    .map((column) => ({
      ...problem,
      messageId: 'missing-column' as const,
      data: { column, sheet: problem.sheet, headerRow: problem.row, looked: String(problem.data.looked) },
    }));
}

function missingColumn(sheet: Sheet, header: ProjectHeader, column: ProjectField): RecognitionProblem {
  return {
    sheet: sheet.name,
    row: header.headerRows[0],
    cells: header.cells.map((cell) => cell.address),
    messageId: 'missing-column',
    data: {
      column,
      sheet: sheet.name,
      headerRow: header.headerRows[0],
      looked: header.cells.map((cell) => cell.text).join('、'),
    },
  };
}

/** A field headed twice: the first column is read; the other is said to be left out, never dropped silently. */
function duplicateColumns(sheet: Sheet, header: ProjectHeader): RecognitionProblem[] {
  return header.cells.flatMap((cell) => {
    const usedColumn = cell.field === null ? undefined : header.columns[cell.field];
    const used = header.cells.find((other) => other.column === usedColumn);
    if (!used || used.column === cell.column) return [];
    return [
      {
        sheet: sheet.name,
        row: header.headerRows[0],
        cells: [used.address, cell.address],
        messageId: 'duplicate-column' as const,
        data: { sheet: sheet.name, column: String(cell.field), used: used.address, ignored: cell.address },
      },
    ];
  });
}
