/** Converts between 1-based row/column numbers and A1 addresses. */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export interface CellAddress {
  readonly row: number;
  readonly column: number;
}

/** Parses `B7` or `$B$7`; throws on anything else (callers pass addresses they built). */
export function parseA1(address: string): CellAddress {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** `A3:I12` for a range given by its corners. */
export function rangeToA1(top: number, left: number, bottom: number, right: number): string {
  const start = toA1(top, left);
  const end = toA1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

/** `项目支出`, `'项目 支出'`: a sheet as a formula names it. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
