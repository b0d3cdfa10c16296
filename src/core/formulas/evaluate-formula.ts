/**
 * Evaluates a parsed Excel formula against the cells of a workbook, with Excel's rules: errors
 * propagate, empty cells are 0, text in ranges is skipped by SUM, `%` divides by 100. What cannot
 * be computed here (an unknown function, a name, a sheet that is not there, a cell that itself
 * could not be computed) throws NotCalculated: the cell is then unknown, never 0.
 */
import type { CellRange } from '../grid/types';
import { FORMULA_FUNCTIONS } from './formula-functions';
import { cancelNoise, compareValues, ExcelErrorValue, finite, raise, type Scalar, toExcelPrecision, toNumber, toText } from './excel-values';
import { type BinaryOperator, type FormulaNode, placeReference, type ReferenceNode, type UnsupportedReason } from './parse-excel-formula';

/** Why a formula cell holds no value after computing. */
export type NotCalculatedReason =
  | UnsupportedReason
  | { readonly kind: 'unknown-function'; readonly name: string }
  | { readonly kind: 'unknown-sheet'; readonly name: string }
  | { readonly kind: 'circular' }
  /** It refers to a cell that could not be computed (`sheet` is its index). */
  | { readonly kind: 'depends'; readonly sheet: number; readonly row: number; readonly column: number };

export class NotCalculated extends Error {
  constructor(readonly reason: NotCalculatedReason) {
    super(reason.kind);
    this.name = 'NotCalculated';
  }
}

/** The workbook as evaluation sees it. */
export interface CellReader {
  /** The index of the sheet a formula names; null is the formula's own sheet. -1 when there is none. */
  sheetIndex(name: string | null): number;
  /** A cell's value (null when empty); throws NotCalculated for a formula cell that could not be computed. */
  value(sheet: number, row: number, column: number): Scalar;
  /** The stored cells of a sheet (its used range), or null for an empty sheet. */
  bounds(sheet: number): CellRange | null;
}

/** One value met in a function's arguments; `fromRange` says it came from a reference (where SUM skips text). */
export type ArgumentVisitor = (value: Scalar, fromRange: boolean) => void;

/** Ranges this large have their SUM kept: a share of the total `=H5/SUM($H$4:$H$100003)` in every row sums the column once. */
const REMEMBERED_SUM_CELLS = 64;

export class FormulaEvaluation {
  /** SUM of a large range, by sheet and corners, or what it threw (every cell it reads is final when it is first asked). */
  private readonly sums = new Map<string, number | Error>();

  constructor(private readonly cells: CellReader) {}

  /** How far the cell being computed lies from the cell its formula tree was read in (a copied formula). */
  private rows = 0;
  private columns = 0;

  /** The SUM of a large single range, computed once; null for any other argument. */
  rememberedSum(node: FormulaNode, sum: () => number): number | null {
    if (node.type !== 'reference') return null;
    const { sheet, top, left, bottom, right } = this.area(node);
    if ((bottom - top + 1) * (right - left + 1) < REMEMBERED_SUM_CELLS) return null;
    const key = `${sheet}:${top}:${left}:${bottom}:${right}`;
    let known = this.sums.get(key);
    if (known === undefined) {
      try {
        known = sum();
      } catch (error) {
        known = error as Error;
      }
      this.sums.set(key, known);
    }
    if (known instanceof Error) throw known;
    return known;
  }

  /**
   * The formula's value as its cell holds it: an empty result is 0, errors are error values,
   * numbers have 15 digits. `rows` and `columns`: how far the cell lies from where `tree` was read.
   */
  cellResult(tree: FormulaNode, rows = 0, columns = 0): Scalar {
    this.rows = rows;
    this.columns = columns;
    try {
      const value = this.scalar(tree);
      if (value === null) return 0;
      return typeof value === 'number' ? toExcelPrecision(finite(value)) : value;
    } catch (error) {
      if (error instanceof ExcelErrorValue) return { error: error.error };
      throw error;
    }
  }

  /** A single value. A range where one value is needed is left to Excel (implicit intersection, dynamic arrays). */
  scalar(node: FormulaNode): Scalar {
    switch (node.type) {
      case 'number':
      case 'text':
      case 'boolean':
        return node.value;
      case 'error':
        return { error: node.value };
      case 'missing':
        return null;
      case 'reference': {
        const { sheet, top, left, bottom, right } = this.placed(node);
        if (top !== bottom || left !== right) throw new NotCalculated({ kind: 'array' });
        return this.cells.value(sheet, top, left);
      }
      case 'negate':
        return -toNumber(this.scalar(node.operand));
      case 'percent':
        return toNumber(this.scalar(node.operand)) / 100;
      case 'binary':
        return this.binary(node.operator, node.left, node.right);
      case 'call': {
        const fn = FORMULA_FUNCTIONS[node.name];
        if (!fn) throw new NotCalculated({ kind: 'unknown-function', name: node.name });
        return fn(node.args, this);
      }
    }
  }

  number(node: FormulaNode): number {
    return toNumber(this.scalar(node));
  }

  /** Calls `visit` with each value of an argument: every stored cell of a range, or the one value of anything else. */
  forEachValue(node: FormulaNode, visit: ArgumentVisitor): void {
    if (node.type !== 'reference') {
      visit(this.scalar(node), false);
      return;
    }
    const { sheet, top, left, bottom, right } = this.area(node);
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) visit(this.cells.value(sheet, row, column), true);
    }
  }

  /** A reference's sheet and cells, moved as the formula was copied. */
  private placed(node: ReferenceNode): { sheet: number } & CellRange {
    const sheet = this.cells.sheetIndex(node.sheet);
    if (sheet < 0) throw new NotCalculated({ kind: 'unknown-sheet', name: node.sheet ?? '' });
    const { top, left, bottom, right } = placeReference(node, this.rows, this.columns) ?? raise('#REF!');
    return { sheet, top, left, bottom, right };
  }

  /** A reference's cells clipped to the stored ones (`C:C` is the used rows of column C). */
  private area(node: ReferenceNode): { sheet: number } & CellRange {
    const placed = this.placed(node);
    const stored = this.cells.bounds(placed.sheet);
    if (!stored) return { sheet: placed.sheet, top: 1, left: 1, bottom: 0, right: 0 };
    return {
      sheet: placed.sheet,
      top: Math.max(placed.top, stored.top),
      left: Math.max(placed.left, stored.left),
      bottom: Math.min(placed.bottom, stored.bottom),
      right: Math.min(placed.right, stored.right),
    };
  }

  private binary(operator: BinaryOperator, leftNode: FormulaNode, rightNode: FormulaNode): Scalar {
    const left = this.scalar(leftNode);
    const right = this.scalar(rightNode);
    switch (operator) {
      case '&':
        return toText(left) + toText(right);
      case '=':
        return compareValues(left, right) === 0;
      case '<>':
        return compareValues(left, right) !== 0;
      case '<':
        return compareValues(left, right) < 0;
      case '>':
        return compareValues(left, right) > 0;
      case '<=':
        return compareValues(left, right) <= 0;
      case '>=':
        return compareValues(left, right) >= 0;
    }
    const a = toNumber(left);
    const b = toNumber(right);
    switch (operator) {
      case '+':
        return cancelNoise(a + b, a, b);
      case '-':
        return cancelNoise(a - b, a, b);
      case '*':
        return a * b;
      case '/':
        return b === 0 ? raise('#DIV/0!') : a / b;
      case '^':
        return a === 0 && b === 0 ? raise('#NUM!') : finite(a ** b);
    }
  }
}
