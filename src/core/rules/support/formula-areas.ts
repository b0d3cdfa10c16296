/**
 * The cells and ranges a formula refers to, ranges whole (`A1:B9`) and with the sheet they name
 * (`Sheet1!A1`, `'项目 支出'!A1:B2`), for circular-references. One pass over the text, each
 * token read once: every formula of a 100k-row workbook goes through it on every check.
 */
import { codeAt, endOfQuoted, QUOTE } from '../../grid/formula-shape';

/** A cell or range, 1-based and inclusive; `sheet` is null for the formula's own sheet. */
export interface FormulaArea {
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type AreaVisitor = (sheet: string | null, top: number, left: number, bottom: number, right: number) => void;

const DOLLAR = 0x24;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const COLON = 0x3a;
const OPEN_PAREN = 0x28;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

// what each character is to the scanner: a table of all 65,536 UTF-16 codes (64 KB) spares a
// test per character; any character not listed (项目支出) is part of a name
const DELIMITER = 0;
const LETTER = 1;
const DIGIT = 2;
const NAME = 3;
const KINDS = (() => {
  const kinds = new Uint8Array(0x10000).fill(NAME);
  for (let code = 0; code <= 0x20; code++) kinds[code] = DELIMITER;
  for (const ch of '!"%&\'()*+,-/:;<=>@[]^{}|') kinds[ch.charCodeAt(0)] = DELIMITER;
  for (let code = 0x41; code <= 0x5a; code++) kinds[code] = kinds[code + 0x20] = LETTER;
  for (let code = 0x30; code <= 0x39; code++) kinds[code] = DIGIT;
  return kinds;
})();
// read past the end of a formula: a space, which ends any token
const SPACE = 0x20;

/** The kind of the character at `i`; past the end is a delimiter. */
const kindAt = (text: string, i: number): number => KINDS[i < text.length ? text.charCodeAt(i) : SPACE];

/** The token just read: where it ends, and the cell it names if it is a cell address. */
const token = { end: 0, isCell: false, row: 0, column: 0 };

/** Reads the token at `start` (`$H$15`, `SUM`, `1.33`, `项目支出`) up to the next delimiter. */
function readToken(formula: string, start: number): void {
  let i = start;
  if (codeAt(formula, i) === DOLLAR) i++;
  let column = 0;
  const lettersStart = i;
  let kind = kindAt(formula, i);
  for (; kind === LETTER; kind = kindAt(formula, ++i)) column = column * 26 + ((formula.charCodeAt(i) & ~0x20) - 64);
  const letters = i - lettersStart;
  if (codeAt(formula, i) === DOLLAR) kind = kindAt(formula, ++i);
  let row = 0;
  const digitsStart = i;
  for (; kind === DIGIT; kind = kindAt(formula, ++i)) row = row * 10 + (formula.charCodeAt(i) - 0x30);
  const digits = i - digitsStart;
  const whole = kind === DELIMITER;
  while (kind !== DELIMITER) kind = kindAt(formula, ++i);
  token.end = i;
  const next = codeAt(formula, i);
  // `LOG10(` is a function and `表1[金额]` a table column, not cells
  token.isCell =
    whole &&
    letters >= 1 &&
    letters <= 3 &&
    digits >= 1 &&
    digits <= 7 &&
    row >= 1 &&
    row <= MAX_ROW &&
    column <= MAX_COLUMN &&
    next !== OPEN_PAREN &&
    next !== OPEN_BRACKET;
  token.row = row;
  token.column = column;
}

/**
 * Reads a cell or `A1:B9` range at `start` (after a sheet prefix, if any) and tells `visit`
 * unless `report` is false (a reference into another workbook). Returns where scanning goes on.
 */
function areaAt(formula: string, start: number, sheet: string | null, report: boolean, visit: AreaVisitor): number {
  readToken(formula, start);
  if (!token.isCell || codeAt(formula, token.end) === BANG) return token.end;
  const { row, column } = token;
  let end = token.end;
  let bottom = row;
  let right = column;
  if (codeAt(formula, end) === COLON) {
    readToken(formula, end + 1);
    if (token.isCell) {
      bottom = token.row;
      right = token.column;
      end = token.end;
    }
  }
  if (report) visit(sheet, Math.min(row, bottom), Math.min(column, right), Math.max(row, bottom), Math.max(column, right));
  return end;
}

/** Past the closing quote of a quoted sheet name opened at `open` (`''` is a quote inside), or -1. */
function endOfSheetName(formula: string, open: number): number {
  for (let j = open + 1; j < formula.length; j++) {
    if (formula.charCodeAt(j) !== APOSTROPHE) continue;
    if (codeAt(formula, j + 1) !== APOSTROPHE) return j + 1;
    j++;
  }
  return -1;
}

/** Past the `]` closing the bracket opened at `open` (table references nest them), or the end. */
function endOfBrackets(formula: string, open: number): number {
  let depth = 0;
  for (let j = open; j < formula.length; j++) {
    const code = formula.charCodeAt(j);
    if (code === OPEN_BRACKET) depth++;
    else if (code === CLOSE_BRACKET && --depth === 0) return j + 1;
  }
  return formula.length;
}

/** Reads `'项目 支出'!A1` at the opening quote; returns where scanning goes on, -1 if the quote never closes. */
function quotedSheetArea(formula: string, open: number, visit: AreaVisitor): number {
  const close = endOfSheetName(formula, open);
  if (close < 0 || codeAt(formula, close) !== BANG) return close;
  const name = formula.slice(open + 1, close - 1).replace(/''/g, "'");
  // `'[Book2.xlsx]Sheet1'!A1`: Excel allows no brackets in sheet names
  return areaAt(formula, close + 1, name, !name.includes('['), visit);
}

/**
 * Calls `visit` for each cell or range a formula refers to, in order. Text in double quotes is
 * skipped. Not read, as they name no cells the grid can list: whole columns or rows (`A:A`,
 * `3:3`), defined names, table columns (`表1[金额]`), what INDIRECT or OFFSET compute, and
 * references into other workbooks (`[1]Sheet1!A1`); a 3-D reference `Sheet1:Sheet3!A1` is read
 * as Sheet3's A1 alone. Intersections (`A1:B9 B2:C3`) are read as both ranges.
 *
 * The usual token, a cell of the formula's own sheet, is read inline; the rest by the helpers above.
 */
export function forEachFormulaArea(formula: string, visit: AreaVisitor): void {
  const length = formula.length;
  // where a `[…]` just closed: a sheet named right after it belongs to another workbook
  let afterBrackets = -1;
  let i = 0;
  while (i < length) {
    let code = formula.charCodeAt(i);
    let kind = KINDS[code];
    if (kind === DELIMITER) {
      if (code === QUOTE) i = endOfQuoted(formula, i);
      else if (code === APOSTROPHE) i = quotedSheetArea(formula, i, visit);
      else if (code === OPEN_BRACKET) i = afterBrackets = endOfBrackets(formula, i);
      else i++;
      if (i < 0) return; // unclosed quotes run to the end
      continue;
    }
    // a token: a cell, a name, a number, a function or a sheet name
    const start = i;
    if (code === DOLLAR) {
      code = ++i < length ? formula.charCodeAt(i) : SPACE;
      kind = KINDS[code];
    }
    let column = 0;
    const lettersStart = i;
    while (kind === LETTER) {
      column = column * 26 + ((code & ~0x20) - 64);
      code = ++i < length ? formula.charCodeAt(i) : SPACE;
      kind = KINDS[code];
    }
    const letters = i - lettersStart;
    if (code === DOLLAR) {
      code = ++i < length ? formula.charCodeAt(i) : SPACE;
      kind = KINDS[code];
    }
    let row = 0;
    const digitsStart = i;
    while (kind === DIGIT) {
      row = row * 10 + (code - 0x30);
      code = ++i < length ? formula.charCodeAt(i) : SPACE;
      kind = KINDS[code];
    }
    const digits = i - digitsStart;
    const whole = kind === DELIMITER;
    while (kind !== DELIMITER) {
      code = ++i < length ? formula.charCodeAt(i) : SPACE;
      kind = KINDS[code];
    }
    if (code === BANG) {
      // not a cell but a sheet name: `项目支出!H15`
      i = areaAt(formula, i + 1, formula.slice(start, i), start !== afterBrackets, visit);
      continue;
    }
    const isCell = whole && letters >= 1 && letters <= 3 && digits >= 1 && digits <= 7 && row >= 1 && row <= MAX_ROW && column <= MAX_COLUMN;
    // `LOG10(` is a function and `表1[金额]` a table column, not cells
    if (!isCell || code === OPEN_PAREN || code === OPEN_BRACKET) continue;
    if (code === COLON) i = areaAt(formula, start, null, true, visit);
    else visit(null, row, column, row, column);
  }
}

/** The cells and ranges a formula refers to (see forEachFormulaArea). */
export function formulaAreas(formula: string): FormulaArea[] {
  const areas: FormulaArea[] = [];
  forEachFormulaArea(formula, (sheet, top, left, bottom, right) => areas.push({ sheet, top, left, bottom, right }));
  return areas;
}
