/**
 * Excel's value rules for computing formulas: how text, logicals and empty cells become numbers,
 * how values compare, and how numbers are kept free of binary float artefacts.
 */
import type { CellError } from '../grid/types';
import { isCellError } from '../grid/types';

/** A value during evaluation: null is an empty cell. */
export type Scalar = number | string | boolean | null | CellError;

/** An Excel error met while computing (`#DIV/0!`, or one read from a cell): it becomes the cell's value, as Excel does */
export class ExcelErrorValue extends Error {
  constructor(readonly error: string) {
    super(error);
    this.name = 'ExcelErrorValue';
  }
}

export const raise = (error: string): never => {
  throw new ExcelErrorValue(error);
};

/**
 * Excel keeps 15 significant digits: what it shows, and what a typed number holds. Rounding each
 * computed cell to 15 digits turns 1755.8000000000002 (a float sum of 1.1-style decimals) back
 * into the 1755.8 Excel shows, so totals convert to the same fen as a cached value would.
 */
export function toExcelPrecision(value: number): number {
  // integers below 10^15 have at most 15 digits already: the usual case, without a string
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/**
 * The result of `a + b` or `a - b`. Like Excel, a result that is only float noise relative to the
 * operands (0.1 + 0.2 - 0.3) is 0: otherwise a balanced difference would show 5.55e-17.
 */
export function cancelNoise(result: number, a: number, b: number): number {
  return result !== 0 && Math.abs(result) < Math.max(Math.abs(a), Math.abs(b)) * 1e-15 ? 0 : result;
}

/** A finite number, else `#NUM!` (overflow, 0^-1, √ of a negative). */
export function finite(value: number): number {
  return Number.isFinite(value) ? value : raise('#NUM!');
}

/** Text Excel reads as a number where one is needed: `12`, ` 1,234.5 `, `50%`, `-1e3`. */
function textToNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,(?=\d{3}(?:\D|$))/g, '');
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1) : trimmed;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(body)) return null;
  return percent ? Number(body) / 100 : Number(body);
}

/** A value used as a number by an operator: empty is 0, TRUE 1, numeric text its number; other text is `#VALUE!`. */
export function toNumber(value: Scalar): number {
  if (typeof value === 'number') return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isCellError(value)) return raise(value.error);
  return textToNumber(value) ?? raise('#VALUE!');
}

/** A value used as a condition (IF, AND…): numbers are true unless 0; text other than TRUE/FALSE is `#VALUE!`. */
export function toBoolean(value: Scalar): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (value === null) return false;
  if (isCellError(value)) return raise(value.error);
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return raise('#VALUE!');
}

/** A value joined by `&`: numbers as Excel's General format shows them (15 digits), logicals as TRUE/FALSE. */
export function toText(value: Scalar): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(toExcelPrecision(value));
  return raise(value.error);
}

/** Excel's order across types: numbers < text < logicals; an empty cell is 0, "" or FALSE beside the other side. */
function typeRank(value: number | string | boolean): number {
  return typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2;
}

function blankLike(other: Scalar): number | string | boolean {
  return typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
}

/** -1, 0 or 1; text compares without regard to case, numbers to 15 significant digits. */
export function compareValues(a: Scalar, b: Scalar): number {
  if (isCellError(a)) return raise(a.error);
  if (isCellError(b)) return raise(b.error);
  const left = a === null ? blankLike(b) : a;
  const right = b === null ? blankLike(a) : b;
  const rank = typeRank(left) - typeRank(right);
  if (rank !== 0) return Math.sign(rank);
  if (typeof left === 'number') return Math.sign(toExcelPrecision(left) - toExcelPrecision(right as number));
  if (typeof left === 'string') {
    const x = left.toLowerCase();
    const y = (right as string).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(left) - Number(right as boolean);
}

/** An error value met in a function's arguments stops it, as Excel does */
export function throwIfError(value: Scalar): void {
  if (isCellError(value)) raise(value.error);
}
