import { basename } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, Sheet, Workbook } from '../core/grid/types';
import { gridCell } from './exceljs-cell';
import { InputError, shortReason } from './input-error';
import { readInputBytes } from './read/input-bytes';
import { plainReason } from './read/damage-text';
import { ZipArchive } from './read/zip-archive';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": every .xlsx is a zip
// OLE compound file: an encrypted .xlsx (Excel wraps it) or a pre-2007 .xls
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads an .xlsx file into the grid model through exceljs; every unusable input becomes an InputError.
 * The CLI reads with src/cli/read/ now; this path stays as the reference the conformance test
 * compares the fast reader with, and for the annotated copy's exceljs writer.
 */
export async function readXlsxFile(path: string): Promise<Workbook> {
  return readXlsxBuffer(await readInputBytes(path), path);
}

export { MAX_INPUT_BYTES, MAX_RULEBOOK_BYTES, readInputBytes } from './read/input-bytes';

/**
 * Worksheet parts a check never reads. Skipping them when reading saves time and memory on odd
 * workbooks (thousands of conditional formats or validations) and spares their parsers' faults;
 * an annotated copy (--out) loads everything, so nothing is lost from it.
 */
const PARTS_NOT_CHECKED = [
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks', // a linked cell keeps its text
  'drawing',
  'picture',
  'tableParts',
  'extLst',
  'autoFilter',
  'rowBreaks',
  'pageMargins',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'sheetProtection',
];

/**
 * Heap a reading takes per byte of unpacked sheet XML: exceljs's model, the grid and the check
 * (measured at 13 on a workbook of 100k project rows).
 */
const HEAP_PER_XML_BYTE = 16;
const SHEET_DATA = /^xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

/** Refuses, before unpacking it, a workbook whose sheets cannot fit in this process's memory. */
function assertFitsInMemory(bytes: Buffer, file: string): void {
  const zip = openedOrNull(bytes);
  if (!zip) return;
  const sheetBytes = zip.parts.filter((entry) => SHEET_DATA.test(entry.name)).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const readable = getHeapStatistics().heap_size_limit / HEAP_PER_XML_BYTE;
  if (sheetBytes > readable) {
    const mb = (n: number) => Math.ceil(n / 1024 / 1024);
    throw new InputError(file, 'too-large', { size: mb(sheetBytes), limit: mb(readable) });
  }
}

/** Parses the bytes of an .xlsx; `file` names it in messages. */
export async function readXlsxBuffer(bytes: Buffer, file: string): Promise<Workbook> {
  if (startsWith(bytes, ZIP_MAGIC)) assertFitsInMemory(bytes, file);
  const book = await loadExcelJs(bytes, file, { ignoreNodes: PARTS_NOT_CHECKED });
  const staleResults = asksForFullRecalculation(bytes);
  // Excel never saves a workbook without a sheet: a zip without one is another kind of file (.docx…)
  if (book.worksheets.length === 0) throw new InputError(file, 'not-xlsx');
  const sheets: Sheet[] = [];
  for (const worksheet of book.worksheets) {
    const sheet = sheetFromWorksheet(worksheet, staleResults);
    if (sheet) sheets.push(sheet);
    // exceljs keeps several objects per cell: let each sheet go as soon as its grid is built
    book.removeWorksheet(worksheet.id);
  }
  if (sheets.length === 0) throw new InputError(file, 'empty');
  return { name: basename(file), sheets };
}

/**
 * A workbook that asks to be recalculated when opened (`<calcPr fullCalcOnLoad="1"/>`) was written
 * by a program that does not calculate: XlsxWriter saves 0 as every formula's value, openpyxl none.
 * Its saved formula results are then not Excel's, and are read as missing (the core computes them).
 */
function asksForFullRecalculation(bytes: Buffer): boolean {
  const workbookXml = readPartOrNull(bytes, 'xl/workbook.xml');
  const calcPr = workbookXml ? /<(?:\w+:)?calcPr\b[^>]*>/.exec(workbookXml) : null;
  return calcPr !== null && /\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']/.test(calcPr[0]);
}

/** The zip's directory, or null when it cannot be read here: exceljs then decides, and says what is wrong. */
function openedOrNull(bytes: Buffer): ZipArchive | null {
  try {
    return ZipArchive.open(bytes);
  } catch {
    return null;
  }
}

function readPartOrNull(bytes: Buffer, name: string): string | null {
  const zip = openedOrNull(bytes);
  const part = zip?.part(name);
  try {
    return part ? zip!.read(part).toString('utf8') : null;
  } catch {
    return null;
  }
}

/** Loads bytes with exceljs after checking they can be an .xlsx at all. */
export async function loadExcelJs(bytes: Buffer, file: string, options: Partial<ExcelJS.XlsxReadOptions> = {}): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, CFB_MAGIC)) throw new InputError(file, 'encrypted-or-xls');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new InputError(file, 'not-xlsx');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer, options);
  } catch (error) {
    throw new InputError(file, 'corrupt', { ...plainReason(shortReason(error)) });
  }
  return book;
}

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

interface StoredCell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: string | null;
}

interface RowCells {
  readonly values: CellValue[];
  readonly formulas: (string | null)[];
  readonly formats: (string | null)[];
}

/**
 * Builds a dense sheet over the used range (the cells holding a value), in one pass over
 * exceljs's stored rows: empty rows and cells are never visited, so 100k rows stay linear.
 * Returns null for a sheet without any value. With `staleResults`, formula cells are read without
 * their saved results (null), as the grid contract says of formulas saved without values.
 */
export function sheetFromWorksheet(worksheet: ExcelJS.Worksheet, staleResults = false): Sheet | null {
  const rows = new Map<number, Map<number, StoredCell>>();
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  const merges = new Map<string, CellRange>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let cells: Map<number, StoredCell> | undefined;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        extendMerge(merges, cell.master, rowNumber, column);
        return;
      }
      const read = gridCell(cell);
      const formula = read.formula;
      const value = staleResults && formula !== null ? null : read.value;
      if (value === null && formula === null) return;
      if (!cells) rows.set(rowNumber, (cells = new Map()));
      cells.set(column, { value, formula, format: cell.numFmt || null });
      if (column < left) left = column;
    });
    if (cells) {
      if (rowNumber < top) top = rowNumber;
      bottom = rowNumber;
    }
  });
  if (bottom === 0) return null;

  const height = bottom - top + 1;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let anyFormula = false;
  for (let r = 0; r < height; r++) {
    const line = denseRow(rows.get(top + r), left);
    anyFormula ||= line.formulas.some((f) => f !== null);
    values.push(line.values);
    formulas.push(line.formulas);
    numberFormats.push(line.formats);
  }
  return {
    name: worksheet.name,
    top,
    left,
    values,
    ...(anyFormula ? { formulas } : {}),
    numberFormats,
    ...(merges.size ? { merges: [...merges.values()] } : {}),
    ...(worksheet.state && worksheet.state !== 'visible' ? { hidden: true } : {}),
  };
}

function denseRow(cells: Map<number, StoredCell> | undefined, left: number): RowCells {
  const values: CellValue[] = [];
  const formulas: (string | null)[] = [];
  const formats: (string | null)[] = [];
  if (!cells) return { values, formulas, formats };
  const width = Math.max(...cells.keys()) - left + 1;
  for (let c = 0; c < width; c++) {
    const cell = cells.get(left + c);
    values.push(cell?.value ?? null);
    formulas.push(cell?.formula ?? null);
    formats.push(cell?.format ?? null);
  }
  return { values, formulas, formats };
}

/** Grows the merged area of `master` to cover a cell it spans (exceljs marks those cells as Merge). */
function extendMerge(merges: Map<string, CellRange>, master: ExcelJS.Cell, row: number, column: number): void {
  const area = merges.get(master.address) ?? { top: +master.row, left: +master.col, bottom: +master.row, right: +master.col };
  merges.set(master.address, {
    top: area.top,
    left: area.left,
    bottom: Math.max(area.bottom, row),
    right: Math.max(area.right, column),
  });
}
