/**
 * Dates as the grid holds them. Excel stores a date as a serial number and shows it through a date
 * format; the grid holds it as ISO date text instead, so a date typed into an amount cell is reported
 * ("holds 2023-12-31") rather than summed as 45291 万元. The CLI reader and the add-in both convert with
 * these, so they give the same grid (test/conformance).
 */

/**
 * True for a number format that shows a date or time. Text in quotes, `[…]` sections (colours,
 * conditions, locales, elapsed-time brackets) and escaped (`\d`) or padding (`_d`, `*d`) characters are
 * ignored; then any of y m d h s b (Buddhist year) marks a date — the test the CLI's reader applies.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  return !!format && remembered(dateFormats, format, showsDate);
}

/** Whether a number format shows its number as a percent: a `%` code, not one inside quotes (`0.00"%"`) or escaped. */
export function isPercentFormat(format: string | null | undefined): boolean {
  return !!format && remembered(percentFormats, format, showsPercent);
}

const showsDate = (codes: string): boolean => /[ymdhMsb]/.test(codes);
const showsPercent = (codes: string): boolean => codes.includes('%');
const dateFormats = new Map<string, boolean>();
const percentFormats = new Map<string, boolean>();

/** A sheet uses a handful of formats for its million cells: each is looked at once per question. */
function remembered(answers: Map<string, boolean>, format: string, test: (visibleCodes: string) => boolean): boolean {
  let answer = answers.get(format);
  if (answer === undefined) {
    answer = test(visibleCodes(format));
    if (answers.size > 1000) answers.clear();
    answers.set(format, answer);
  }
  return answer;
}

/** A format's codes without colours and conditions, quoted text and escaped or padding characters. */
function visibleCodes(format: string): string {
  return format
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '');
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Serial of 1970-01-01 in the 1900 date system (Excel's 1900-02-29 included). */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

/** `2023-12-31`, or `2023-12-31T08:30:00` when the serial holds a time of day too. */
export function serialToIsoDate(serial: number, date1904 = false): string {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY));
  return Number.isNaN(date.getTime()) ? String(serial) : isoDateText(date);
}

/** A date (read as UTC) as the grid shows it: `2023-12-31`, or `2023-12-31T08:30:00` with a time of day. */
export function isoDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
