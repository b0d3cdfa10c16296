/**
 * Number formats as the grid carries them, and dates as the grid shows them. The built-in format
 * ids are the ones the previous reader (exceljs) spelled out, so both readers give the core the
 * same `numberFormats`; the ids it left unspelled (27–36, 50–58: East Asian dates) stay unnamed.
 */

const BUILT_IN: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The format code of a style's numFmtId: the workbook's own first, then the built-in one; General is null. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | null {
  if (!id) return null;
  const code = custom.get(id) ?? BUILT_IN[id] ?? null;
  // LibreOffice saves General as a format of its own (id 164): it is still General
  return code === null || /^general$/i.test(code) ? null : code;
}

const dateFormatCache = new Map<string, boolean>();

/**
 * Whether a format shows a number as a date or time: a date part (y m d h s, b for Buddhist years)
 * outside quoted text, `[…]` sections, and escaped or padding characters. A number in such a cell
 * is a date to the person reading it, so the grid holds its date text, never an amount.
 */
export function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  let known = dateFormatCache.get(code);
  if (known === undefined) {
    const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '');
    known = /[ymdhMsb]/.test(bare);
    dateFormatCache.set(code, known);
  }
  return known;
}

const DAY_MS = 24 * 3600 * 1000;
/** Days from Excel's 1900 epoch (with its phantom 29 Feb 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;

/** `2023-01-05`, or `2023-01-05T08:30:00` with a time: an Excel serial as the grid shows dates. */
export function serialToDateText(serial: number, date1904: boolean): string {
  return isoDateText(new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * DAY_MS)));
}

export function isoDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * A `t="d"` cell's ISO 8601 text (ECMA-376 22.9.2.5), read as UTC like every other date of the
 * grid; a time alone (`T08:30:00`) lands on 1899-12-31 as in Excel. Null when it is no date at all.
 */
export function isoCellDate(text: string): string | null {
  const trimmed = text.trim();
  const withDay = /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? trimmed : /^T?\d{2}:\d{2}/.test(trimmed) ? `1899-12-31T${trimmed.replace(/^T/, '')}` : null;
  if (withDay === null) return null;
  const zoned = /[zZ]|[+-]\d{2}:?\d{2}$/.test(withDay.slice(10)) ? withDay : `${withDay}${withDay.length > 10 ? 'Z' : ''}`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : isoDateText(date);
}
