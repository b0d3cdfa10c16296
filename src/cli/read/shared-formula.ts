/**
 * A shared formula as each of its cells holds it. Excel saves the text once, on the first cell of
 * the group (`<f t="shared" ref="B3:B9" si="0">B2+1</f>`), and the others only point at it; each
 * cell's own formula is that text with its relative references moved by the cell's offset
 * (ECMA-376 part 1, 18.3.1.40). Strings and quoted sheet names are left alone, as are function
 * names, sheet names (`Sheet1!`), defined names and references marked absolute with `$`.
 */
import { columnLetters, columnNumber } from '../../core/grid/a1';
import { MAX_COLUMNS, MAX_ROWS } from './sheet-builder';

const CELL_REFERENCE = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;
const WORD = /[A-Za-z0-9_.$\\\u00c0-\uffff]/;

export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = '';
  let at = 0;
  while (at < formula.length) {
    const ch = formula[at];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, at, ch);
      out += formula.slice(at, end);
      at = end;
      continue;
    }
    if (ch === '[') {
      // a structured reference (Table1[Column]) or an external book index: not a cell address
      const end = formula.indexOf(']', at);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(at, stop);
      at = stop;
      continue;
    }
    if (!WORD.test(ch)) {
      out += ch;
      at++;
      continue;
    }
    let end = at;
    while (end < formula.length && WORD.test(formula[end])) end++;
    const word = formula.slice(at, end);
    const next = formula[end];
    out += next === '(' || next === '!' || next === '[' ? word : shiftReference(word, rows, columns);
    at = end;
  }
  return out;
}

/** Past the closing quote of a string ("a""b") or a quoted sheet name ('it''s'!A1). */
function quotedEnd(formula: string, start: number, quote: string): number {
  let at = start + 1;
  while (at < formula.length) {
    if (formula[at] === quote) {
      if (formula[at + 1] === quote) at += 2;
      else return at + 1;
    } else at++;
  }
  return formula.length;
}

function shiftReference(word: string, rows: number, columns: number): string {
  const match = CELL_REFERENCE.exec(word);
  if (!match) return word;
  const [, columnDollar, letters, rowDollar, digits] = match;
  let column = columnNumber(letters.toUpperCase());
  let row = Number(digits);
  if (column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return word; // a name such as LOG10 or ABC2000000
  if (!columnDollar) column += columns;
  if (!rowDollar) row += rows;
  // moved off the grid: what Excel writes in its place
  if (column < 1 || column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return '#REF!';
  return `${columnDollar}${columnLetters(column)}${rowDollar}${row}`;
}
