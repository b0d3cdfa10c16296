/**
 * A sheet's formula cells, column by column, and those saved without a value: one walk over its
 * formulas grid (1.3M slots at 100k project rows) shared by computing the formulas saved without
 * values and by the rules that read formulas down their columns (formula-columns.ts). Kept with the
 * sheet (a sheet is not changed once read): one none of whose formulas needed computing is the very
 * sheet the rules read; one whose values were computed is a new sheet, and is read again.
 */
import { indexesToWalk, rowIndexesToWalk, storedIndexes } from './stored-cells';
import type { Sheet } from './types';

/** The formulas of one column, top to bottom. */
export interface ColumnFormulas {
  readonly column: number;
  /** Sheet rows, ascending. */
  readonly rows: readonly number[];
  readonly formulas: readonly string[];
}

/** A formula cell whose value is null: what the file did not hold (formulas/compute-formulas.ts). */
export interface FormulaWithoutValue {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

interface FormulaCells {
  readonly columns: readonly ColumnFormulas[];
  /** In reading order. */
  readonly withoutValue: readonly FormulaWithoutValue[];
}

const cellsOf = new WeakMap<Sheet, FormulaCells>();

function formulaCells(sheet: Sheet): FormulaCells {
  let cells = cellsOf.get(sheet);
  if (!cells) cellsOf.set(sheet, (cells = readFormulaCells(sheet)));
  return cells;
}

/** The sheet's columns holding formulas, left to right; only formulas as cellFormula reads them (text starting with `=`). */
export function formulaCellsByColumn(sheet: Sheet): readonly ColumnFormulas[] {
  return formulaCells(sheet).columns;
}

/** The sheet's formula cells whose value is null (not '', not 0), in reading order. */
export function formulasWithoutValue(sheet: Sheet): readonly FormulaWithoutValue[] {
  return formulaCells(sheet).withoutValue;
}

function readFormulaCells(sheet: Sheet): FormulaCells {
  const formulas = sheet.formulas ?? [];
  // by column index: the lists of the columns holding formulas
  const lists: { rows: number[]; formulas: string[] }[] = [];
  const withoutValue: FormulaWithoutValue[] = [];
  // stored rows and cells only: the arrays may be sparse (a cell at XFD1048576); a short sheet's
  // rows and a short row's cells are walked index by index (a hole reads as undefined), so that
  // 100k rows make no index lists
  const rowIndexes = rowIndexesToWalk(formulas);
  const rowCount = rowIndexes ? rowIndexes.length : formulas.length;
  for (let k = 0; k < rowCount; k++) {
    const r = rowIndexes ? rowIndexes[k] : k;
    const cells = formulas[r];
    if (cells === undefined) continue;
    const values = sheet.values[r];
    const indexes = indexesToWalk(cells);
    const count = indexes ? indexes.length : cells.length;
    // tested inline: most cells of a row hold no formula, and a call for each costs more than the test
    for (let i = 0; i < count; i++) {
      const c = indexes ? indexes[i] : i;
      const cell = cells[c];
      if (typeof cell !== 'string' || cell.charCodeAt(0) !== 0x3d) continue;
      let list = lists[c];
      if (!list) lists[c] = list = { rows: [], formulas: [] };
      list.rows.push(r + sheet.top);
      list.formulas.push(cell);
      if ((values?.[c] ?? null) === null) withoutValue.push({ row: r + sheet.top, column: c + sheet.left, formula: cell });
    }
  }
  return { columns: storedIndexes(lists).map((c) => ({ column: c + sheet.left, ...lists[c] })), withoutValue };
}
