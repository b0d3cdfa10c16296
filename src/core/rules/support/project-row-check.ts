/**
 * The quick way through a 100k-row project table for a formula that only adds and subtracts
 * fields (the bundled project formulas): each field's columns are looked up once per table, and a
 * row is one loop over plain numbers. It only ever says "holds"; a row it cannot vouch for (a
 * cell that is no plain number, a formula that fails) goes the long way, which says why.
 */
import type { ProjectRow, ProjectTable } from '../../recognize/model';
import type { AmountColumn } from '../../recognize/amount-column';
import { linearForm, wholeRelationHolds, type EvaluateOptions, type SignedField } from '../../rulebook/evaluate-formula';
import type { Formula } from '../../rulebook/formula';
import { asNumberIfExact, projectFieldColumns } from './field-values';

/**
 * Up to this many column terms, a sum of plain fen (each below 2^50, as amount columns keep them)
 * stays below 2^53 and is exact as a double.
 */
const MAX_TERMS = 8;

/** Whether a row surely satisfies the formula, by its sheet row number. */
export type RowHolds = (row: number) => boolean;

/** The formula's quick row test for `table`, or null where there is none (another kind of formula, a field the table cannot give). */
export function rowHoldsTest(table: ProjectTable, formula: Formula, options: EvaluateOptions): RowHolds | null {
  const form = linearForm(formula);
  if (!form) return null;
  const columns: AmountColumn[] = [];
  const signs: number[] = [];
  // the left side minus the right: how far the left one lies above
  const added = addTerms(table, form.left, 1, columns, signs) && addTerms(table, form.right, -1, columns, signs);
  if (!added || columns.length > MAX_TERMS) return null;
  const { relation } = formula;
  // compared as a number where it is one exactly: a number against a bigint is a slow comparison in V8
  const tolerance = asNumberIfExact(options.tolerance);
  return (row) => {
    let overshoot = 0;
    for (let k = 0; k < columns.length; k++) {
      const fen = columns[k].smallFen(row);
      if (fen === undefined) return false;
      overshoot += signs[k] * fen;
    }
    return wholeRelationHolds(relation, overshoot, tolerance);
  };
}

/**
 * The project rows of `table` the quick test cannot show the formula holds in (all of them where
 * there is no quick test): the rows to check the long way. One tight loop over the table, which
 * V8 optimises early, rather than a test called from the loop that visits the places.
 */
export function rowsNotShownToHold(table: ProjectTable, formula: Formula, options: EvaluateOptions): readonly ProjectRow[] {
  const holds = rowHoldsTest(table, formula, options);
  if (!holds) return table.projects;
  const left: ProjectRow[] = [];
  for (const row of table.projects) if (!holds(row.row)) left.push(row);
  return left;
}

function addTerms(table: ProjectTable, fields: readonly SignedField[], side: 1 | -1, columns: AmountColumn[], signs: number[]): boolean {
  for (const { name, sign } of fields) {
    const fieldColumns = projectFieldColumns(table, name);
    if (fieldColumns === 'unavailable') return false;
    for (const column of fieldColumns) {
      columns.push(column);
      signs.push(sign === 1n ? side : -side);
    }
  }
  return true;
}
