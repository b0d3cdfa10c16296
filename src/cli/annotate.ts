/**
 * --out: an annotated copy of the checked workbook. Rows with errors or warnings are highlighted
 * (red for errors, amber for warnings) across the table they belong to, and the first cell of each
 * gets a note explaining the findings. The copy is the input's package patched part by part
 * (package-copy/): every part the annotation does not need is the input's, byte for byte. The
 * input file is only ever read. An .xls/.ods/.xlsb input is converted to .xlsx first, and the
 * caller says so.
 */
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { CheckResult } from '../core/check-api';
import { columnLetters } from '../core/grid/a1';
import { lastColumn } from '../core/grid/sheet-access';
import type { Workbook } from '../core/grid/types';
import type { Finding } from '../core/rules/types';
import { highlightFormula, rowBlocks } from '../excel/highlight-plan';
import { say, type Lang } from './cli-text';
import { InputError, shortReason, UsageError } from './input-error';
import { figuresText } from './output-text';
import { annotatePackage, NotAPackageError, type SheetAnnotation } from './package-copy/annotate-package';
import { convertToXlsx } from './package-copy/convert-to-xlsx';
import { ZipTooLarge } from './package-copy/zip-writer';
import { writeOutputFile } from './write-output';

export const FILLS = {
  // Excel's own "Bad" and "Neutral" cell-style colours, familiar to its users
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
} as const;

/** The notes' author, as the add-in titles its notes. */
const NOTE_AUTHOR: Readonly<Record<Lang, string>> = { zh: '预算绩效核对', en: 'Budget Check' };

interface FlaggedRow {
  readonly sheet: string;
  readonly row: number;
  readonly findings: Finding[];
}

export interface AnnotatedCopy {
  /** Rows highlighted. */
  readonly rows: number;
  /** The input's format (`.xls`, `.ods`, `.xlsb`) when the copy had to be converted to .xlsx. */
  readonly convertedFrom?: string;
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
 * Before checking: a macro workbook's copy must be an .xlsm (an .xlsx cannot hold its VBA). The
 * package's own type decides again when the copy is made; a workbook without macros may be
 * copied as an .xlsm.
 */
export function assertOutKind(input: string, out: string): void {
  if (/\.xl[st]m$/i.test(input) && !/\.xlsm$/i.test(out)) throw new UsageError('out-needs-xlsm');
}

/** Writes the annotated copy of `inputBytes` (the bytes that were checked) to `out`. */
export async function writeAnnotatedCopy(
  inputBytes: Buffer,
  inputName: string,
  out: string,
  grid: Workbook,
  result: CheckResult,
  lang: Lang,
  force = false,
): Promise<AnnotatedCopy> {
  const rows = flaggedRows(result.findings);
  const annotations = sheetAnnotations(rows, grid, result, lang);
  const asMacroEnabled = /\.xlsm$/i.test(out);
  const annotate = (bytes: Buffer) => refusingZip64(out, () => annotatePackage(bytes, annotations, NOTE_AUTHOR[lang], asMacroEnabled));
  let annotated;
  let convertedFrom: string | undefined;
  try {
    annotated = annotate(inputBytes);
  } catch (error) {
    if (error instanceof InputError) throw error; // the zip-limit line, already worded
    if (!(error instanceof NotAPackageError)) throw new InputError(inputName, 'out-not-package', { reason: shortReason(error) });
    // not an .xlsx/.xlsm package: an .xls, .ods or .xlsb becomes an .xlsx first
    const xlsx = await convertToXlsx(inputBytes, inputName, error);
    convertedFrom = extname(inputName).toLowerCase() || 'non-OOXML';
    annotated = annotate(xlsx);
  }
  if (annotated.macroEnabled && !asMacroEnabled) throw new UsageError('out-needs-xlsm');
  // written beside the target, then renamed: a failed write or Ctrl-C never leaves half a workbook
  try {
    await writeOutputFile(out, annotated.bytes, force);
  } catch (error) {
    if (error instanceof InputError && error.textId === 'output-failed') throw new InputError(out, 'out-failed', error.data);
    throw error;
  }
  return { rows: rows.length, ...(convertedFrom ? { convertedFrom } : {}) };
}

/** The copy, or the line saying it is too large for the zip format written (the file was read and checked; the copy is what cannot be). */
function refusingZip64<T>(out: string, makeCopy: () => T): T {
  try {
    return makeCopy();
  } catch (error) {
    if (error instanceof ZipTooLarge) throw new InputError(out, error.what === 'parts' ? 'out-too-many-parts' : 'out-too-large');
    throw error;
  }
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

type Painted = 'error' | 'warning';

/**
 * Per sheet: the red and the amber areas (red first, so it wins where both apply) and the notes.
 * Neighbouring rows with the same columns make one area (A5:J7), as the add-in paints them.
 */
function sheetAnnotations(rows: readonly FlaggedRow[], grid: Workbook, result: CheckResult, lang: Lang): SheetAnnotation[] {
  const bySheet = new Map<string, { spans: Map<string, { left: number; right: number; rows: Record<Painted, number[]> }>; notes: Map<string, string> }>();
  for (const flagged of rows) {
    const entry = bySheet.get(flagged.sheet) ?? { spans: new Map(), notes: new Map<string, string>() };
    bySheet.set(flagged.sheet, entry);
    const [left, right] = rowSpan(flagged, grid, result);
    const span = entry.spans.get(`${left}:${right}`) ?? { left, right, rows: { error: [], warning: [] } };
    entry.spans.set(`${left}:${right}`, span);
    span.rows[flagged.findings.some((f) => f.severity === 'error') ? 'error' : 'warning'].push(flagged.row);
    entry.notes.set(`${columnLetters(left)}${flagged.row}`, noteText(flagged.findings, result, lang));
  }
  const areas = (spans: Iterable<{ left: number; right: number; rows: Record<Painted, number[]> }>, severity: Painted) =>
    [...spans].flatMap(({ left, right, rows: painted }) =>
      rowBlocks(painted[severity]).map(({ top, bottom }) => `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`),
    );
  return [...bySheet].map(([sheet, { spans, notes }]) => ({
    sheet,
    layers: (['error', 'warning'] as const).map((severity) => ({
      argb: FILLS[severity],
      formula: highlightFormula(severity).slice(1),
      areas: areas(spans.values(), severity),
    })),
    notes,
  }));
}

/** The columns to fill: those of the recognised table holding the row, else the sheet's used columns. */
function rowSpan(flagged: FlaggedRow, grid: Workbook, result: CheckResult): [number, number] {
  const table = result.tables.find(({ sheet, cellRange }) => sheet === flagged.sheet && cellRange.top <= flagged.row && flagged.row <= cellRange.bottom);
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
