import { parseA1 } from './a1';
import { EXCEL_ERRORS } from './excel-errors';
import type { CellValue, Sheet } from './types';

/**
 * Builds a sheet for tests and examples from rows of cells starting at A1 (or at `topLeft`).
 * A string starting with `=` is a formula; its value is given after `|`, e.g. `'=SUM(C4:C7)|1865.39'`.
 */
export function sheetFromRows(name: string, rows: readonly (readonly unknown[])[], topLeft = 'A1'): Sheet {
  const { row: top, column: left } = parseA1(topLeft);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const row of rows) {
    const valueRow: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    for (const cell of row) {
      if (typeof cell === 'string' && cell.startsWith('=') && cell.includes('|')) {
        const bar = cell.lastIndexOf('|');
        formulaRow.push(cell.slice(0, bar));
        valueRow.push(parseLiteral(cell.slice(bar + 1)));
      } else {
        formulaRow.push(null);
        valueRow.push(cell === undefined ? null : (cell as CellValue));
      }
    }
    values.push(valueRow);
    formulas.push(formulaRow);
  }
  return { name, top, left, values, formulas };
}

function parseLiteral(text: string): CellValue {
  if (text === '') return null;
  if (EXCEL_ERRORS.has(text)) return { error: text };
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}
