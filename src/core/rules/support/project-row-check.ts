/**
 * The quick way through a 100k-row project table for a formula that only adds and subtracts
 * fields (the bundled project formulas): each field's columns are looked up once per table, and a
 * row is one loop over plain numbers. It only ever says "holds"; a row it cannot vouch for (a
 * cell that is no plain number, a formula that fails) goes the long way, which says why.
 */
import type { ProjectRow, ProjectTable } from '../../recognize/model';
import type { AmountColumn } from '../../recognize/amount-column';
import { toA1 } from '../../grid/a1';
import { linearForm, wholeRelationHolds, type EvaluateOptions, type FormulaOutcome, type SignedField } from '../../rulebook/evaluate-formula';
import type { Formula } from '../../rulebook/formula';
import { asNumberIfExact, projectFieldColumns } from './field-values';
import { sheetRowsOf } from './project-rows';

/**
 * Up to this many column terms, a sum of plain fen (each below 2^50, as amount columns keep them)
 * stays below 2^53 and is exact as a double.
 */
const MAX_TERMS = 8;

/** Whether a row surely satisfies the formula, by its sheet row number. */
export type RowHolds = (row: number) => boolean;

/** A formula that only adds and subtracts fields, as the table's columns with their signs. */
interface QuickForm {
  readonly columns: readonly AmountColumn[];
  readonly signs: readonly number[];
  /** How many of `columns` are the left side's (the rest are the right's, their signs turned). */
  readonly leftCount: number;
  readonly relation: Formula['relation'];
  /** Compared as a number where it is one exactly: a number against a bigint is a slow comparison in V8. */
  readonly tolerance: bigint | number;
}

function quickForm(table: ProjectTable, formula: Formula, options: EvaluateOptions): QuickForm | null {
  const form = linearForm(formula);
  if (!form) return null;
  const columns: AmountColumn[] = [];
  const signs: number[] = [];
  // the left side minus the right: how far the left one lies above
  const leftAdded = addTerms(table, form.left, 1, columns, signs);
  const leftCount = columns.length;
  const added = leftAdded && addTerms(table, form.right, -1, columns, signs);
  if (!added || columns.length > MAX_TERMS) return null;
  return { columns, signs, leftCount, relation: formula.relation, tolerance: asNumberIfExact(options.tolerance) };
}

/** The formula's quick row test for `table`, or null where there is none (another kind of formula, a field the table cannot give). */
export function rowHoldsTest(table: ProjectTable, formula: Formula, options: EvaluateOptions): RowHolds | null {
  const quick = quickForm(table, formula, options);
  if (!quick) return null;
  const { columns, signs, relation, tolerance } = quick;
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

/** The project rows a quick test leaves to the long way, in table order. */
export interface RowsToCheck {
  readonly rows: readonly ProjectRow[];
  /**
   * In step with `rows`: 1 where every cell the formula reads is a plain number and the formula
   * fails on them (2,000 rows of the bench table), so the long way need not try quickHolds first.
   * Null where there was no quick test.
   */
  readonly shownToFail: Uint8Array | null;
  /**
   * What evaluateFormula says of a row shown to fail, from the plain amounts the quick pass read:
   * each side's exact sum and the cells it read, in the formula's order (2,000 rows of the bench,
   * each of which went through the general evaluator before V8 had optimised it).
   */
  readonly failedOutcome: (row: ProjectRow) => FormulaOutcome;
}

/**
 * The project rows of `table` the quick test (rowHoldsTest) cannot show the formula holds in (all
 * of them where there is no quick test): the rows to check the long way. Added up column by
 * column, each term in the order rowHoldsTest adds it, into one overshoot per row: a tight loop
 * per column, which V8 optimises early, costs half of calling the row test on each row.
 */
export function rowsToCheck(table: ProjectTable, formula: Formula, options: EvaluateOptions): RowsToCheck {
  const quick = quickForm(table, formula, options);
  if (!quick) return { rows: table.projects, shownToFail: null, failedOutcome: noOutcome };
  const rows = table.projects;
  const { overshoot, unvouched } = overshoots(quick, sheetRowsOf(rows));
  return { ...rowsLeft(rows, overshoot, unvouched, quick), failedOutcome: (row) => failedOutcome(quick, row.row) };
}

function noOutcome(): FormulaOutcome {
  throw new Error('no quick test: no row was shown to fail');
}

/** The outcome of a row whose cells are all plain amounts and where the formula fails (rowsLeft's shownToFail). */
function failedOutcome({ columns, signs, leftCount }: QuickForm, row: number): FormulaOutcome {
  let left = 0n;
  let right = 0n;
  const leftCells: string[] = [];
  const rightCells: string[] = [];
  for (let k = 0; k < columns.length; k++) {
    const fen = BigInt(columns[k].smallFen(row) as number);
    const cell = toA1(row, columns[k].column);
    // the right side's signs were turned when the sides were joined into one overshoot
    if (k < leftCount) left += signs[k] === 1 ? fen : -fen;
    else right += signs[k] === 1 ? -fen : fen;
    const cells = k < leftCount ? leftCells : rightCells;
    if (!cells.includes(cell)) cells.push(cell);
  }
  return { outcome: 'fails', left: { n: left, d: 1n }, right: { n: right, d: 1n }, leftCells, rightCells, isAmount: true };
}

// Each loop over 100k rows is a function of its own: V8 compiles a hot loop while it runs (OSR),
// and code after it that has never run makes the compiled function fall back and compile again.

/** How far each row's left side lies above its right, added up column by column; 1 in `unvouched` where a cell is no plain number. */
function overshoots(quick: QuickForm, sheetRows: Int32Array): { overshoot: Float64Array; unvouched: Uint8Array } {
  const { columns, signs } = quick;
  const overshoot = new Float64Array(sheetRows.length);
  const unvouched = new Uint8Array(sheetRows.length);
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k];
    const sign = signs[k];
    for (let i = 0; i < sheetRows.length; i++) {
      const fen = column.smallFen(sheetRows[i]);
      if (fen === undefined) unvouched[i] = 1;
      else overshoot[i] += sign * fen;
    }
  }
  return { overshoot, unvouched };
}

/** The rows not vouched for (a cell that is no plain number) or where the relation fails, in order. */
function rowsLeft(
  rows: readonly ProjectRow[],
  overshoot: Float64Array,
  unvouched: Uint8Array,
  { relation, tolerance }: QuickForm,
): Omit<RowsToCheck, 'failedOutcome'> {
  const left: ProjectRow[] = [];
  const failing: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (unvouched[i] === 1) left.push(rows[i]);
    else if (!wholeRelationHolds(relation, overshoot[i], tolerance)) {
      failing.push(left.length);
      left.push(rows[i]);
    }
  }
  const shownToFail = new Uint8Array(left.length);
  for (const index of failing) shownToFail[index] = 1;
  return { rows: left, shownToFail };
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
