/**
 * A1 addresses as the fake host reads and writes them: `A1`, `$B$2:C9`, `5:7`, `A:C`,
 * optionally sheet-qualified (`Sheet1!A1`, `'My sheet'!A1`), several joined by commas.
 * Deliberately independent of src/excel so the fake does not share the adapter's mistakes.
 */
import { FakeErrorCode, FakeOfficeError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface QualifiedBox {
  readonly sheet: string | null;
  readonly box: Box;
}

export function letters(column: number): string {
  let text = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function invalid(address: string): FakeOfficeError {
  return new FakeOfficeError(FakeErrorCode.invalidArgument, `The argument is invalid or missing or has an incorrect format: ${address}`);
}

/** Splits on commas that are not inside a quoted sheet name. */
function splitAreas(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

function parseOne(area: string): QualifiedBox {
  let sheet: string | null = null;
  let rest = area;
  const bang = area.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = area.slice(0, bang);
    sheet = prefix.startsWith("'") && prefix.endsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
    rest = area.slice(bang + 1);
  }
  const cleaned = rest.replace(/\$/g, '').toUpperCase();
  const [start, end = start] = cleaned.split(':');
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const wholeColumn = /^([A-Z]{1,3})$/;
  const wholeRow = /^(\d+)$/;
  let box: Box;
  const a = cell.exec(start);
  const b = cell.exec(end);
  if (a && b) {
    box = { top: Number(a[2]), left: columnOf(a[1]), bottom: Number(b[2]), right: columnOf(b[1]) };
  } else if (wholeColumn.test(start) && wholeColumn.test(end)) {
    box = { top: 1, left: columnOf(start), bottom: MAX_ROWS, right: columnOf(end) };
  } else if (wholeRow.test(start) && wholeRow.test(end)) {
    box = { top: Number(start), left: 1, bottom: Number(end), right: MAX_COLUMNS };
  } else throw invalid(area);
  const normal = {
    top: Math.min(box.top, box.bottom),
    bottom: Math.max(box.top, box.bottom),
    left: Math.min(box.left, box.right),
    right: Math.max(box.left, box.right),
  };
  if (normal.top < 1 || normal.left < 1 || normal.bottom > MAX_ROWS || normal.right > MAX_COLUMNS) throw invalid(area);
  return { sheet, box: normal };
}

export function parseAreas(text: string): QualifiedBox[] {
  if (text.trim() === '') throw invalid(text);
  return splitAreas(text).map(parseOne);
}

export function parseBox(text: string): QualifiedBox {
  const areas = parseAreas(text);
  if (areas.length !== 1) throw invalid(text);
  return areas[0];
}

export function boxAddress(box: Box): string {
  const start = `${letters(box.left)}${box.top}`;
  const end = `${letters(box.right)}${box.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

/** Sheet names are quoted when they hold anything but letters, digits, `_` and `.`, as Excel does. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheet: string, box: Box): string {
  return `${quoteSheet(sheet)}!${boxAddress(box)}`;
}

export function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(box: Box, row: number, column: number): boolean {
  return row >= box.top && row <= box.bottom && column >= box.left && column <= box.right;
}

export function cellCount(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}
