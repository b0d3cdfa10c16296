/**
 * A sheet's formulas column by column, with which of them are copies of the one above: read once
 * per sheet (kept with it, as a sheet does not change once read) for formula-consistency and
 * circular-references. A computed column of a 100k-row table is one formula copied down; telling
 * so once lets both rules take the copies' shape and geometry from the first one.
 */
import { CopyMatcher } from '../../grid/formula-shape';
import { formulaCellsByColumn, type ColumnFormulas } from '../../grid/formula-cells';
import type { Sheet } from '../../grid/types';

/** The formulas of one column, top to bottom (grid/formula-cells.ts), with their copies told. */
export interface FormulaColumn extends ColumnFormulas {
  /**
   * 1 where a formula is the one before it (in this list) copied down: the same text but for the
   * row numbers of its relative references (isCopiedFormula, CopyMatcher). Copies of copies are copies, so each
   * run of 1s with the formula before it is one formula, with one shape.
   */
  readonly copied: Uint8Array;
  /** The indexes where `copied` is 0, ascending: where each run of copies starts (a computed column of 100k rows is one). */
  readonly runStarts: readonly number[];
}

const columnsOfSheet = new WeakMap<Sheet, readonly FormulaColumn[]>();

/** The sheet's formula columns, left to right; only formulas as cellFormula reads them (text starting with `=`). */
export function formulaColumns(sheet: Sheet): readonly FormulaColumn[] {
  let columns = columnsOfSheet.get(sheet);
  if (!columns) columnsOfSheet.set(sheet, (columns = readFormulaColumns(sheet)));
  return columns;
}

/** The column's list, or undefined when it holds no formula. */
export function formulaColumn(sheet: Sheet, column: number): FormulaColumn | undefined {
  return formulaColumns(sheet).find((formulas) => formulas.column === column);
}

function readFormulaColumns(sheet: Sheet): FormulaColumn[] {
  return formulaCellsByColumn(sheet).map((list) => ({ ...list, ...copiesIn(list.rows, list.formulas) }));
}

/** Which formulas are copies of the one before: each is matched against the first of its run. */
function copiesIn(rows: readonly number[], formulas: readonly string[]): Pick<FormulaColumn, 'copied' | 'runStarts'> {
  const copied = new Uint8Array(formulas.length);
  const runStarts = [0];
  let run = new CopyMatcher(formulas[0], rows[0]);
  for (let k = 1; k < formulas.length; k++) {
    if (run.matches(formulas[k], rows[k])) copied[k] = 1;
    else {
      run = new CopyMatcher(formulas[k], rows[k]);
      runStarts.push(k);
    }
  }
  return { copied, runStarts };
}
