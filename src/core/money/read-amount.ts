import { EXCEL_ERRORS } from '../grid/excel-errors';
import { isCellError, type CellValue } from '../grid/types';
import { decimalToFen, numberToFen, type Fen, type MoneyUnit } from './fen';

/**
 * How an amount cell was read. Only `number` is clean; the others are findings:
 * `text-number` was used but is stored as text, `error` and `text` are never summed,
 * `dash` (`-`, `—`) means zero as accountants write it, and is used but reported.
 */
export type AmountReading =
  | { kind: 'empty' }
  | { kind: 'number'; fen: Fen }
  | { kind: 'text-number'; fen: Fen; text: string }
  | { kind: 'dash'; fen: Fen; text: string }
  | { kind: 'error'; error: string }
  | { kind: 'text'; text: string }
  | { kind: 'boolean'; value: boolean };

const FULL_WIDTH_DIGITS = /[０-９．，－＋（）]/g;
const DASHES = /^[-—–－―~～]+$/;

/** Folds full-width digits and punctuation to ASCII (`１２３．４` → `123.4`). */
export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

export const EMPTY_READING: AmountReading = Object.freeze({ kind: 'empty' });
/** Shared: most rows of a project table have zeros in some columns. */
export const ZERO_READING: AmountReading = Object.freeze({ kind: 'number', fen: 0n });

/** Reads a money cell written in `unit`. A text with its own unit (`1.2万元`, `500元`) is converted. */
export function readAmount(value: CellValue, unit: MoneyUnit): AmountReading {
  if (value === null || value === '') return EMPTY_READING;
  if (typeof value === 'number') {
    if (value === 0) return ZERO_READING;
    const fen = wholeFen(value, unit) ?? numberToFen(value, unit);
    return fen === null ? { kind: 'text', text: String(value) } : { kind: 'number', fen };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (isCellError(value)) return { kind: 'error', error: value.error };
  const text = value;
  const trimmed = foldFullWidth(text).replace(/\s+/g, '');
  if (trimmed === '') return EMPTY_READING;
  if (DASHES.test(trimmed)) return { kind: 'dash', fen: 0n, text };
  // an error's exact spelling is that error; any other `#…` (`#1`) is text, reported as text
  if (EXCEL_ERRORS.has(trimmed)) return { kind: 'error', error: trimmed };
  const fen = parseNumericText(trimmed, unit);
  return fen === null ? { kind: 'text', text } : { kind: 'text-number', fen, text };
}

const FEN_SCALE: Record<MoneyUnit, number> = { 元: 100, 万元: 1_000_000 };

/**
 * Below 2^50 fen (about 11 万亿元) the float error of value × scale is at most a quarter of a fen
 * (2^-52 relative, from the value and from the product), so a product within 1e-6 of an integer
 * rounds to the same fen as the exact decimal. Above it the error can reach half a fen or more
 * (8856564649.63012 万元 × 10^6 lands one fen low), and the exact path is taken.
 */
const FAST_PATH_LIMIT = 2 ** 50;

/**
 * Fast path for the usual cell (whole fen, e.g. 104.68 万元): when value × scale lies within 1e-6
 * of an integer below FAST_PATH_LIMIT, that integer is what numberToFen's exact decimal rounding
 * gives too, without a string and a regular expression per cell. Null when the exact path is needed.
 * The fen come as a plain number (an integer below 2^50, so exact), for stores that keep doubles.
 */
export function wholeFenNumber(value: number, unit: MoneyUnit): number | null {
  const scaled = value * FEN_SCALE[unit];
  const rounded = Math.round(scaled);
  return Math.abs(rounded) < FAST_PATH_LIMIT && Math.abs(scaled - rounded) < 1e-6 ? rounded : null;
}

function wholeFen(value: number, unit: MoneyUnit): Fen | null {
  const fen = wholeFenNumber(value, unit);
  return fen === null ? null : BigInt(fen);
}

function parseNumericText(text: string, unit: MoneyUnit): Fen | null {
  let body = text;
  let ownUnit: MoneyUnit = unit;
  const unitMatch = /(万元|元|万)$/.exec(body);
  if (unitMatch) {
    ownUnit = unitMatch[1] === '元' ? '元' : '万元';
    body = body.slice(0, -unitMatch[1].length);
  }
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(body);
  if (parenthesised) {
    negative = true;
    body = parenthesised[1];
  }
  body = body.replace(/^[¥￥]/, '');
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(body) || !/\d/.test(body)) return null;
  const fen = decimalToFen(body.replace(/,/g, ''), ownUnit);
  if (fen === null) return null;
  // fen are unit-free: a text's own unit only changes the scale it is parsed at
  return negative ? -fen : fen;
}

/** The fen of a reading that may take part in sums (numbers, numeric text, dashes), else null. */
export function usableFen(reading: AmountReading): Fen | null {
  return reading.kind === 'number' || reading.kind === 'text-number' || reading.kind === 'dash' ? reading.fen : null;
}
