/**
 * What Excel would show Office.js after opening an .xlsx/.xlsm file, read straight from the package
 * with jszip and a few regular expressions — deliberately sharing no code with the CLI's readers, so
 * that the conformance test compares two independent paths.
 *
 * How Excel presents a cell (and so how this view does): `Range.values` holds numbers (dates as serial
 * numbers), strings, booleans and error strings such as `#REF!`, `''` when empty; `Range.formulas` the
 * formula with `=` (shared formulas translated to each cell, `_xlfn.` prefixes dropped);
 * `Range.numberFormat` the format code ("General" when none). Hidden and very hidden sheets are hidden.
 *
 * A formula saved without its result (or a workbook asking for full recalculation on load) is a value
 * Excel computes when it opens the file; this view cannot, so it says so in `needsCalculation`.
 */
import JSZip from 'jszip';
import type { CellRange, CellValue } from '../../src/core/grid/types';
import { DAYS_1900_TO_1904, type FakeSheetInput, type FakeWorkbookInput } from '../support/fake-excel';

export interface ExcelView {
  readonly workbook: FakeWorkbookInput;
  /** Why Excel would show values this file does not hold (null when it holds them all). */
  readonly needsCalculation: string | null;
}

/** ECMA-376 §18.8.30: the built-in formats Excel shows by code (en-US). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

const attr = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
};

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()];
    return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
  });
}

/** The text of a string item: its `<t>` runs, without phonetic (`<rPh>`) runs; `_x000D_` escapes decoded. */
function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += unescapeXml(match[1]);
  return text.replace(/_x([0-9A-F]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseCell(ref: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!match) throw new Error(`excel-view: not a cell reference: ${ref}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

function parseArea(ref: string): CellRange {
  const [from, to = from] = ref.split(':');
  const a = parseCell(from);
  const b = parseCell(to);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

/**
 * A shared formula as Excel shows it in another cell of its range: relative references move by the
 * offset ($ parts stay). Text in quotes and sheet names are left alone.
 */
export function translateFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(
    /("[^"]*")|('(?:[^']|'')*'!)|(\b[A-Za-z_][\w.]*\()|(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g,
    (whole, quoted, sheet, call, colAbs: string, col: string, rowAbs: string, row: string) => {
      if (quoted || sheet || call || col === undefined) return whole;
      const newColumn = colAbs ? col : columnLetters(columnNumber(col) + columns);
      const newRow = rowAbs ? row : String(Number(row) + rows);
      return `${colAbs}${newColumn}${rowAbs}${newRow}`;
    },
  );
}

const displayFormula = (text: string) => `=${text.replace(/_xlfn\.|_xlws\./g, '')}`;

interface Grids {
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
}

function put<T>(grid: T[][], row: number, column: number, value: T): void {
  (grid[row - 1] ??= [])[column - 1] = value;
}

/** Fills holes so every row is a dense array (the fake visits cells with forEach). */
function dense<T>(grid: T[][], empty: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < grid.length; r++) out.push(Array.from(grid[r] ?? [], (v) => (v === undefined ? empty : v)));
  return out;
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path) ?? zip.file(path.replace(/^\//, ''));
  return file ? file.async('string') : null;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return `xl/${target}`.replace(/\/[^/]+\/\.\.\//g, '/');
}

/** The file is no zip package at all (encrypted, BIFF, damaged on purpose). */
export class NotAPackage extends Error {}

/** A `t="d"` cell: Excel turns its ISO 8601 text into the serial it sends (1900 date system, as UTC). */
function isoToSerial(text: string, where: string): number {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  if (Number.isNaN(ms)) throw new Error(`excel-view: ${where} holds no ISO date: ${text}`);
  return ms / 86_400_000 + 25569;
}

export async function readExcelView(bytes: Uint8Array, name: string): Promise<ExcelView> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new NotAPackage(String(error));
  }
  const workbookXml = (await text(zip, 'xl/workbook.xml')) ?? '';
  const rels = (await text(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) targets.set(attr(match[0], 'Id') ?? '', attr(match[0], 'Target') ?? '');

  const sharedXml = (await text(zip, 'xl/sharedStrings.xml')) ?? '';
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => stringItemText(m[1] ?? ''));

  const stylesXml = (await text(zip, 'xl/styles.xml')) ?? '';
  const customFormats = new Map<number, string>();
  for (const match of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) customFormats.set(Number(attr(match[0], 'numFmtId')), attr(match[0], 'formatCode') ?? '');
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const styleFormats = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return customFormats.get(id) ?? BUILT_IN_FORMATS[id] ?? null;
  });

  // Excel shows a date as its serial number in the workbook's date system
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml);
  const epochShift = date1904 ? DAYS_1900_TO_1904 : 0;
  // openpyxl asks for recalculation in every file it writes: it matters only where there are formulas
  const recalculates = /<calcPr\b[^>]*\bfullCalcOnLoad="(1|true)"/.test(workbookXml);
  let needsCalculation: string | null = null;
  const sheets: FakeSheetInput[] = [];
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const tag = match[0];
    const sheetName = attr(tag, 'name') ?? '';
    const relId = attr(tag, 'r:id') ?? '';
    const target = targets.get(relId);
    const xml = target ? await text(zip, resolveTarget(target)) : null;
    if (xml === null || !/<worksheet\b/.test(xml)) continue; // chart sheets and dialogs have no cells for Range.values
    const state = attr(tag, 'state');
    const grids: Grids = { values: [], formulas: [], numberFormats: [] };
    const sharedMasters = new Map<string, { formula: string; row: number; column: number }>();
    for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1];
      const body = cell[2] ?? '';
      const { row, column } = parseCell(attr(attrs, 'r') ?? '');
      const type = attr(attrs, 't') ?? 'n';
      const format = styleFormats[Number(attr(attrs, 's') ?? 0)] ?? null;
      if (format && format !== 'General') put(grids.numberFormats, row, column, format);
      const fTag = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      const rawValue = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (fTag) {
        const formulaText = fTag[2] !== undefined ? unescapeXml(fTag[2]) : '';
        const si = attr(fTag[1], 'si');
        if (attr(fTag[1], 't') === 'shared' && si !== undefined) {
          if (formulaText) sharedMasters.set(si, { formula: formulaText, row, column });
          const master = sharedMasters.get(si);
          if (master) put(grids.formulas, row, column, displayFormula(translateFormula(master.formula, row - master.row, column - master.column)));
        } else if (formulaText) {
          put(grids.formulas, row, column, displayFormula(formulaText));
        }
        if (recalculates) needsCalculation ??= `the workbook asks for recalculation on load and ${sheetName}!${columnLetters(column)}${row} is a formula`;
        if (rawValue === undefined || (rawValue === '' && type !== 'str'))
          needsCalculation ??= `${sheetName}!${columnLetters(column)}${row} is a formula saved without its result`;
      }
      let value: CellValue = null;
      if (type === 's') value = shared[Number(rawValue)] ?? null;
      else if (type === 'inlineStr') value = stringItemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'str') value = rawValue === undefined ? null : unescapeXml(rawValue);
      else if (type === 'b') value = rawValue === undefined ? null : rawValue === '1' || rawValue === 'true';
      else if (type === 'e') value = rawValue === undefined ? null : { error: unescapeXml(rawValue) };
      else if (type === 'd') value = rawValue === undefined ? null : isoToSerial(rawValue, `${sheetName}!${columnLetters(column)}${row}`) - epochShift;
      else if (rawValue !== undefined && rawValue !== '') value = Number(rawValue);
      if (value !== null && value !== '') put(grids.values, row, column, value);
    }
    const merges = [...xml.matchAll(/<mergeCell\b[^>]*>/g)].map((m) => parseArea(attr(m[0], 'ref') ?? ''));
    sheets.push({
      name: sheetName,
      values: dense(grids.values, null),
      formulas: dense(grids.formulas, null),
      numberFormats: dense(grids.numberFormats, null),
      merges,
      hidden: state === 'hidden' || state === 'veryHidden',
    });
  }
  return { workbook: { name, sheets, ...(date1904 ? { date1904 } : {}) }, needsCalculation };
}
