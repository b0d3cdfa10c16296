/**
 * --out: an annotated copy of the checked workbook. Rows with errors or warnings are filled (red
 * for errors, amber for warnings) across the table they belong to, and the first cell of each gets
 * a note explaining the findings. Nothing else is changed; the input file is only ever read.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { CheckResult } from '../core/check-api';
import { lastColumn } from '../core/grid/sheet-access';
import type { Workbook } from '../core/grid/types';
import type { Finding } from '../core/rules/types';
import { say, type Lang } from './cli-text';
import { UsageError } from './input-error';
import { figuresText } from './output-text';
import { loadExcelJs } from './read-xlsx';
import { writeOutputFile } from './write-output';

export const FILLS = {
  // Excel's own "Bad" and "Neutral" cell-style colours, familiar to its users
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
} as const;

interface FlaggedRow {
  readonly sheet: string;
  readonly row: number;
  readonly findings: Finding[];
}

/** Refuses an --out that is the input itself, also through a link or another spelling of the path. */
export async function assertNotInput(input: string, out: string): Promise<void> {
  if (resolve(input) === resolve(out)) throw new UsageError('out-is-input');
  try {
    const [a, b] = await Promise.all([stat(input), stat(out)]);
    if (a.dev === b.dev && a.ino === b.ino) throw new UsageError('out-is-input');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // one of them does not exist yet: they cannot be the same file
  }
}

/**
 * Writes the annotated copy of `inputBytes` (the bytes that were checked) to `out`.
 * Returns the number of rows highlighted.
 */
export async function writeAnnotatedCopy(
  inputBytes: Buffer,
  inputName: string,
  out: string,
  grid: Workbook,
  result: CheckResult,
  lang: Lang,
  force = false,
): Promise<number> {
  const book = await loadExcelJs(inputBytes, inputName);
  const rows = flaggedRows(result.findings);
  for (const flagged of rows) {
    const worksheet = book.getWorksheet(flagged.sheet);
    if (!worksheet) continue;
    const [left, right] = rowSpan(flagged, grid, result);
    const fill: ExcelJS.Fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: flagged.findings.some((f) => f.severity === 'error') ? FILLS.error : FILLS.warning },
    };
    for (let column = left; column <= right; column++) {
      const cell = worksheet.getCell(flagged.row, column);
      // a fresh style object: exceljs shares one style object between cells of the same format
      cell.style = { ...cell.style, fill };
    }
    addNote(worksheet.getCell(flagged.row, left), noteText(flagged.findings, result, lang));
  }
  // written beside the target, then renamed: a failed write or Ctrl-C never leaves half a workbook
  await writeOutputFile(out, Buffer.from(await book.xlsx.writeBuffer()), force);
  return rows.length;
}

/** Rows with errors or warnings, one entry per sheet and row (info is not highlighted). */
function flaggedRows(findings: readonly Finding[]): FlaggedRow[] {
  const rows = new Map<string, FlaggedRow>();
  for (const finding of findings) {
    if (finding.severity === 'info' || !finding.sheet || finding.row < 1) continue;
    const key = `${finding.sheet}\u0000${finding.row}`;
    const entry = rows.get(key) ?? { sheet: finding.sheet, row: finding.row, findings: [] };
    entry.findings.push(finding);
    rows.set(key, entry);
  }
  return [...rows.values()];
}

/** The columns to fill: those of the recognised table holding the row, else the sheet's used columns. */
function rowSpan(flagged: FlaggedRow, grid: Workbook, result: CheckResult): [number, number] {
  const table = result.tables.find(
    ({ sheet, cellRange }) => sheet === flagged.sheet && cellRange.top <= flagged.row && flagged.row <= cellRange.bottom,
  );
  if (table) return [table.cellRange.left, table.cellRange.right];
  const sheet = grid.sheets.find((s) => s.name === flagged.sheet);
  return sheet ? [sheet.left, Math.max(sheet.left, lastColumn(sheet))] : [1, 1];
}

function noteText(findings: readonly Finding[], result: CheckResult, lang: Lang): string {
  return findings
    .map((finding) => {
      const figures = figuresText(finding, result, lang);
      return `[${say(lang, finding.severity)}] ${finding.message[lang]}${figures ? `\n${figures}` : ''}`;
    })
    .join('\n\n');
}

/** Adds our text below a note the cell already has, rather than replacing the user's note. */
function addNote(cell: ExcelJS.Cell, text: string): void {
  const existing = noteOf(cell);
  cell.note = existing ? `${existing}\n\n${text}` : text;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}
