/**
 * The general reader: SheetJS CE (@e965/xlsx) for .xls (BIFF8, as Excel 97–2003 and WPS save it),
 * .xlsb, .ods and the odd .xlsx the fast path does not know. Its cells go through the same
 * SheetBuilder, so every format gives the grid the same shape, dates and number formats.
 * Loaded only when such a file is read.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { CellValue, Sheet } from '../../core/grid/types';
import { isDateFormat, isoDateText, serialToIsoDate } from '../../core/grid/excel-dates';
import { formatCode } from './number-formats';
import { SheetBuilder } from './sheet-builder';

type SheetJs = typeof import('@e965/xlsx');

let library: SheetJs | undefined;
let builtInIds: Map<string, number> | undefined;

export async function loadSheetJs(): Promise<SheetJs> {
  if (!library) {
    library = await import('@e965/xlsx');
    // SheetJS spells the built-in formats of its table (14 = m/d/yy…); the grid spells them one way
    // whatever the file: map its spelling back to the id before any workbook adds to the table
    builtInIds = new Map();
    for (const [id, code] of Object.entries(library.SSF.get_table() as Record<string, string>))
      if (Number(id) < 164 && !builtInIds.has(code)) builtInIds.set(code, Number(id));
  }
  return library;
}

/**
 * Parses with SheetJS; its exceptions are the caller's to explain. sheetStubs keeps cells without a
 * value, so a formula saved without its result is still read (value null, formula kept).
 */
export async function parseWithSheetJs(bytes: Buffer): Promise<WorkBook> {
  const xlsx = await loadSheetJs();
  return quietly(() =>
    xlsx.read(bytes, { type: 'buffer', dense: true, cellFormula: true, cellNF: true, cellDates: false, cellText: false, cellStyles: false, sheetStubs: true }),
  );
}

/** SheetJS writes its doubts about a file (odd ODS number formats…) to the console: not the user's business. */
function quietly<T>(work: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const silent = () => undefined;
  Object.assign(console, { error: silent, warn: silent, log: silent });
  try {
    return work();
  } finally {
    Object.assign(console, saved);
  }
}

/** `staleResults`: the formulas' saved results are not to be trusted (see WorkbookParts.staleResults). */
export function sheetsFromSheetJs(book: WorkBook, staleResults = false): Sheet[] {
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const sheets: Sheet[] = [];
  book.SheetNames.forEach((name, index) => {
    const worksheet = book.Sheets[name];
    const type = (worksheet as { '!type'?: string } | undefined)?.['!type'];
    if (!worksheet || (type !== undefined && type !== 'sheet')) return; // chart, dialog and macro sheets hold no cells to check
    const builder = new SheetBuilder(name);
    addCells(builder, worksheet, date1904, staleResults);
    for (const merge of worksheet['!merges'] ?? []) builder.addMerge({ top: merge.s.r + 1, left: merge.s.c + 1, bottom: merge.e.r + 1, right: merge.e.c + 1 });
    const sheet = builder.build(Boolean(book.Workbook?.Sheets?.[index]?.Hidden));
    if (sheet) sheets.push(sheet);
  });
  return sheets;
}

function addCells(builder: SheetBuilder, worksheet: WorkSheet, date1904: boolean, staleResults: boolean): void {
  const rows = (worksheet['!data'] ?? []) as (CellObject[] | undefined)[];
  rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!cell) return;
      const format = gridFormat(typeof cell.z === 'number' ? undefined : cell.z);
      const formula = cell.f ? ['=', cell.f].join('') : null;
      builder.add(r + 1, c + 1, formula !== null && staleResults ? null : cellValue(cell, format, date1904), formula, format);
    });
  });
}

/** BIFF error codes (MS-XLS 2.5.97.2), for a cell SheetJS gives without its text. */
const BIFF_ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * SheetJS knows the eight BIFF errors; a newer one (#SPILL!, #CALC!…) comes back without its code.
 * It stays an error, never summed: #UNKNOWN! is Excel's own word for a value it cannot show.
 */
const UNNAMED_ERROR = '#UNKNOWN!';

function cellValue(cell: CellObject, format: string | null, date1904: boolean): CellValue {
  if (cell.t === 'e' && (cell.v === undefined || cell.v === null)) return { error: UNNAMED_ERROR };
  if (cell.v === undefined || cell.v === null || cell.t === 'z') return null; // a formula without its saved value stays unknown
  switch (cell.t) {
    case 'n':
      return isDateFormat(format) ? serialToIsoDate(cell.v as number, date1904) : (cell.v as number);
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: typeof cell.w === 'string' && cell.w.startsWith('#') ? cell.w : (BIFF_ERRORS[cell.v as number] ?? UNNAMED_ERROR) };
    case 'd':
      return cell.v instanceof Date ? isoDateText(cell.v) : String(cell.v);
    default:
      return String(cell.v);
  }
}

/** The format as the grid spells it: built-in formats by their id, General as null. */
function gridFormat(code: string | undefined): string | null {
  if (!code || code === 'General') return null;
  const id = builtInIds?.get(code);
  return id === undefined ? code : formatCode(id, new Map());
}
