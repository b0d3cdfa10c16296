/**
 * Number formats as the grid carries them, and the date text of a `t="d"` cell (which formats show
 * dates, and serials as dates, are src/core/grid/excel-dates.ts, shared with the add-in). The built-in format
 * ids are the ones the previous reader (exceljs) spelled out, so both readers give the core the
 * same `numberFormats`; the ids it left unspelled (27–36, 50–58: East Asian dates) stay unnamed.
 */
import { isoDateText } from '../../core/grid/excel-dates';

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
