/**
 * Reads any workbook a unit has into the grid: .xlsx and .xlsm by the fast reader, .xls (BIFF8,
 * Excel 97–2003 and WPS), .xlsb, .ods and the rest by SheetJS, chosen by content. Whatever cannot
 * be read becomes one InputError that says why: an opening password, no spreadsheet at all (and
 * what it is), a damaged file (and which part), or a format no reader here knows (named).
 */
import { basename, extname } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { Workbook } from '../../core/grid/types';
import { InputError, shortReason } from '../input-error';
import { compoundFileKind } from './compound-file';
import { damageReason, plainReason } from './damage-text';
import { detectFormat, type OtherKind } from './detect-format';
import { InSheet, OverBudget, readOoxmlFast } from './ooxml-fast';
import { findWorkbookPart, readWorkbookParts } from './ooxml-parts';
import { BadCell, NeedsGeneralReader } from './sheet-errors';
import { BeyondGrid } from './sheet-builder';
import { parseWithSheetJs, sheetsFromSheetJs } from './sheetjs-read';
import { ZipDamage } from './zip-archive';
import { readInputBytes } from './input-bytes';
import { releaseReadingMemory } from '../release-memory';

/**
 * Heap the fast reader and the check take per byte of unpacked sheet XML (the grid and the
 * check's columns; measured about 2.5 on a workbook of 100k project rows), with room to spare.
 */
const HEAP_PER_XML_BYTE = 4;

export async function readWorkbookFile(path: string): Promise<Workbook> {
  return readWorkbookBuffer(await readInputBytes(path), path);
}

/** Reads the bytes of a workbook file; `file` names it in messages. */
export async function readWorkbookBuffer(bytes: Buffer, file: string): Promise<Workbook> {
  const sheets = await readSheets(bytes, file);
  if (sheets.length === 0) throw new InputError(file, 'empty');
  return { name: basename(file), sheets };
}

async function readSheets(bytes: Buffer, file: string): Promise<Workbook['sheets']> {
  let detected;
  try {
    detected = detectFormat(bytes);
  } catch (error) {
    throw asInputError(error, file);
  }
  switch (detected.kind) {
    case 'other':
      throw notSpreadsheet(file, detected.what);
    case 'compound': {
      const kind = await compoundFileKind(bytes);
      if (kind === 'encrypted') throw new InputError(file, 'encrypted');
      if (kind === 'damaged') throw new InputError(file, 'corrupt', { ...damageReason(new ZipDamage('the compound file directory')) });
      // an OLE file with no workbook stream: a format of its own (some WPS .et) that no reader here knows
      if (kind === 'compound-other')
        throw new InputError(file, 'unreadable-format', { format: extname(file).toLowerCase() || 'OLE', reason: 'no Workbook stream' });
      if (kind !== 'biff') throw notSpreadsheet(file, kind);
      return readWithSheetJs(bytes, file, extname(file).toLowerCase() === '.et' ? '.et' : '.xls');
    }
    case 'sheetjs':
      return readWithSheetJs(bytes, file, `.${detected.format}`);
    case 'ooxml': {
      const workbookPart = findWorkbookPart(detected.zip);
      if (!workbookPart) throw notSpreadsheet(file, 'zip');
      try {
        return await readOoxmlFast(detected.zip, workbookPart, { byteBudget: getHeapStatistics().heap_size_limit / HEAP_PER_XML_BYTE });
      } catch (error) {
        if (!(error instanceof NeedsGeneralReader)) throw asInputError(error, file);
      }
      return readWithSheetJs(bytes, file, extname(file).toLowerCase() || '.xlsx', readWorkbookParts(detected.zip, workbookPart).staleResults);
    }
  }
}

/** Reads through SheetJS only (the conformance test compares it with the fast path). */
export async function readWithSheetJs(bytes: Buffer, file: string, format: string, staleResults = false): Promise<Workbook['sheets']> {
  let book;
  try {
    book = await parseWithSheetJs(bytes);
  } catch (error) {
    const reason = shortReason(error);
    if (/password|encrypt/i.test(reason)) throw new InputError(file, 'encrypted');
    // SheetJS failing is no proof the file is damaged: say what could not be read, not that it is broken
    throw new InputError(file, 'unreadable-format', { format, reason });
  }
  let sheets;
  try {
    sheets = sheetsFromSheetJs(book, staleResults);
  } catch (error) {
    throw asInputError(error, file);
  }
  book = undefined; // SheetJS's model is garbage now: collected before the check grows the heap on top of it
  releaseReadingMemory(bytes.length);
  return sheets;
}

/** An .xlsx read by SheetJS as the fallback reads it (the conformance test compares it with the fast path). */
export async function readOoxmlWithSheetJs(bytes: Buffer, file: string): Promise<Workbook['sheets']> {
  const detected = detectFormat(bytes);
  const part = detected.kind === 'ooxml' ? findWorkbookPart(detected.zip) : null;
  const staleResults = detected.kind === 'ooxml' && part !== null && readWorkbookParts(detected.zip, part).staleResults;
  return readWithSheetJs(bytes, file, '.xlsx', staleResults);
}

/** The fast path's own read (no fallback), for the conformance test. */
export async function readWithFastPath(bytes: Buffer, file: string): Promise<Workbook['sheets']> {
  const detected = detectFormat(bytes);
  if (detected.kind !== 'ooxml') throw new Error(`${file} is not an OOXML package`);
  const part = findWorkbookPart(detected.zip);
  if (!part) throw new Error(`${file} has no workbook part`);
  return readOoxmlFast(detected.zip, part, { byteBudget: Infinity });
}

function notSpreadsheet(file: string, what: OtherKind | string): InputError {
  const format = FORMAT_NAMES[what];
  return format ? new InputError(file, 'not-spreadsheet', { format }) : new InputError(file, 'not-xlsx');
}

/** Files people mistake for workbooks, by the name their program gives them. */
const FORMAT_NAMES: Readonly<Record<string, string>> = {
  docx: 'Word (.docx)',
  doc: 'Word (.doc)',
  pptx: 'PowerPoint (.pptx)',
  ppt: 'PowerPoint (.ppt)',
  pdf: 'PDF',
  'odf-other': 'OpenDocument (.odt/.odp)',
};

/** The reader's own errors as the one line a user gets. */
function asInputError(error: unknown, file: string): unknown {
  if (error instanceof InputError) return error;
  if (error instanceof ZipDamage) return new InputError(file, 'corrupt', { ...damageReason(error) });
  if (error instanceof OverBudget) {
    const mb = (n: number) => Math.ceil(n / 1024 / 1024);
    return new InputError(file, 'too-large', { size: mb(error.bytes), limit: mb(error.budget) });
  }
  if (error instanceof InSheet) {
    const { fault: cause, sheet } = error;
    if (cause instanceof BeyondGrid) return new InputError(file, 'beyond-grid', {}, `${sheet}!${cause.address}`);
    if (cause instanceof BadCell) return new InputError(file, 'bad-cell', { what: cause.what, whatZh: cause.whatZh }, `${sheet}!${cause.cell}`);
    return new InputError(file, 'corrupt', { ...plainReason(shortReason(cause)) }, sheet);
  }
  if (error instanceof BeyondGrid) return new InputError(file, 'beyond-grid', {}, error.address);
  return error;
}
