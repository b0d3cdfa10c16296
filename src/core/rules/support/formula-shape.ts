/**
 * The shape of an Excel formula relative to its own cell, like R1C1 notation: `=C5+D5` in E5 and
 * `=C6+D6` in E6 have the same shape, `=C6+D7` in E6 does not. Lets formula-consistency spot the
 * one cell of a computed column that was typed over or written differently.
 */
import { columnNumber } from '../../grid/a1';

export interface CellReference {
  readonly row: number;
  readonly column: number;
}

// a quoted text, or a cell reference not part of a name or function (`LOG10(`), maybe after a sheet name (`Sheet1!A1`)
const TOKEN = /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** `SUM(R[-4]C:R[-1]C)` for `=SUM(C4:C7)` written in C8. */
export function formulaShape(formula: string, row: number, column: number): string {
  const relative = formula.replace(TOKEN, (whole, text: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (text !== undefined) return whole;
    const refColumn = columnNumber(letters);
    const refRow = Number(digits);
    const r = rowAbs ? `R${refRow}` : refRow === row ? 'R' : `R[${refRow - row}]`;
    const c = colAbs ? `C${refColumn}` : refColumn === column ? 'C' : `C[${refColumn - column}]`;
    return r + c;
  });
  return relative.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

/** The cells a formula refers to (range corners included), ignoring text inside quotes. */
export function formulaReferences(formula: string): CellReference[] {
  const references: CellReference[] = [];
  for (const match of formula.matchAll(TOKEN)) {
    if (match[1] === undefined) references.push({ row: Number(match[5]), column: columnNumber(match[3]) });
  }
  return references;
}
