/**
 * Evaluates a parsed formula exactly. Field values come in base units (fen for money, persons for
 * head counts); a number written in the formula is a plain factor beside × and ÷, and an amount
 * in the rulebook's unit (万元 → `literalScale` fen) when it is added or compared.
 */
import { FenSum } from '../money/fen';
import { FormulaError, type Formula, type Term } from './formula';
import { absolute, add, compare, divide, exact, multiply, negate, parseDecimal, subtract, type Exact } from './exact';

/** What a formula gets for one field name. */
export type FieldValue =
  | { readonly kind: 'value'; readonly value: bigint; readonly cells: readonly string[] }
  /** An optional field the table does not have: counts as 0. */
  | { readonly kind: 'absent' }
  /** A required field is missing or its cell unreadable: the formula is not checked (another rule says why). */
  | { readonly kind: 'unavailable' };

/**
 * A field's value alone, in base units: what deciding whether a formula holds needs. A number is
 * a whole amount below 2^50 (as a project table's columns keep plain numbers), so that checking
 * 100k rows makes no bigint per cell.
 */
export type FieldFen = bigint | number | 'absent' | 'unavailable';

/** The FieldFen of a FieldValue, for places that have no cheaper way to give one. */
export function fenOfValue(value: FieldValue): FieldFen {
  return value.kind === 'value' ? value.value : value.kind;
}

export interface EvaluateOptions {
  /** Base units per unit of a number written in the formula (万元 → 1,000,000 fen; persons → 1). */
  readonly literalScale: bigint;
  /** Largest difference that is rounding, in base units. */
  readonly tolerance: bigint;
}

export type FormulaOutcome =
  | { readonly outcome: 'skipped' }
  /** A division by zero, e.g. a rate over an empty budget. */
  | { readonly outcome: 'not-computable' }
  | {
      readonly outcome: 'holds' | 'fails';
      readonly left: Exact;
      readonly right: Exact;
      readonly leftCells: readonly string[];
      readonly rightCells: readonly string[];
      /** Whether the sides are amounts (tolerance applies) or plain ratios. */
      readonly isAmount: boolean;
    };

/** A value and whether it is an amount (1) or a plain number (0). */
interface Dimensioned {
  readonly x: Exact;
  readonly amount: boolean;
}

class Unavailable {}
class DivisionByZero {}

/** Checks, without data, that × and ÷ combine amounts sensibly (no amount × amount). */
export function checkDimensions(formula: Formula): void {
  dimension(formula.left, formula.source);
  dimension(formula.right, formula.source);
}

function dimension(term: Term, source: string): boolean {
  switch (term.type) {
    case 'field':
      return true;
    case 'number':
      return false;
    case 'negate':
      return dimension(term.operand, source);
    case 'binary': {
      const left = dimension(term.left, source);
      const right = dimension(term.right, source);
      if (term.operator === '*' && left && right) throw new FormulaError(source, { zh: '两个金额不能相乘', en: 'multiplies two amounts' });
      if (term.operator === '/' && !left && right) throw new FormulaError(source, { zh: '数字不能除以金额', en: 'divides a number by an amount' });
      if (term.operator === '*') return left || right;
      if (term.operator === '/') return left && !right;
      return left || right;
    }
  }
}

export function evaluateFormula(formula: Formula, resolve: (field: string) => FieldValue, options: EvaluateOptions): FormulaOutcome {
  try {
    const leftCells: string[] = [];
    const rightCells: string[] = [];
    const left = evaluate(formula.left, resolve, options, leftCells);
    const right = evaluate(formula.right, resolve, options, rightCells);
    const isAmount = left.amount || right.amount;
    const l = isAmount ? asAmount(left, options) : left.x;
    const r = isAmount ? asAmount(right, options) : right.x;
    const tolerance = exact(isAmount ? options.tolerance : 0n);
    const holds = relationHolds(formula.relation, l, r, tolerance);
    return { outcome: holds ? 'holds' : 'fails', left: l, right: r, leftCells, rightCells, isAmount };
  } catch (error) {
    if (error instanceof Unavailable) return { outcome: 'skipped' };
    if (error instanceof DivisionByZero) return { outcome: 'not-computable' };
    throw error;
  }
}

/** A field added (+1) or subtracted (−1). */
export interface SignedField {
  readonly name: string;
  readonly sign: 1n | -1n;
}

const linearForms = new WeakMap<Formula, { left: SignedField[]; right: SignedField[] } | null>();

/** The fields of a side that only adds and subtracts fields (`A + B - C`), or null for any other side. */
function signedFields(term: Term, sign: 1n | -1n, into: SignedField[]): boolean {
  if (term.type === 'field') return into.push({ name: term.name, sign }) > 0;
  if (term.type === 'negate') return signedFields(term.operand, sign === 1n ? -1n : 1n, into);
  if (term.type !== 'binary' || (term.operator !== '+' && term.operator !== '-')) return false;
  return signedFields(term.left, sign, into) && signedFields(term.right, term.operator === '+' ? sign : sign === 1n ? -1n : 1n, into);
}

/** The fields of both sides of a formula that only adds and subtracts fields, or null for any other formula. */
export function linearForm(formula: Formula): { readonly left: readonly SignedField[]; readonly right: readonly SignedField[] } | null {
  let form = linearForms.get(formula);
  if (form === undefined) {
    const left: SignedField[] = [];
    const right: SignedField[] = [];
    form = signedFields(formula.left, 1n, left) && signedFields(formula.right, 1n, right) ? { left, right } : null;
    linearForms.set(formula, form);
  }
  return form;
}

/**
 * Whether the formula holds, for a formula that only adds and subtracts fields (the bundled
 * project formulas, checked on each of up to 100k rows): plain sums, no fractions and no cell lists.
 * Undefined when it cannot say (another kind of formula, a field unavailable): ask evaluateFormula,
 * as for a formula that fails, whose figures a finding shows.
 */
export function quickHolds(formula: Formula, resolve: (field: string) => FieldFen, options: EvaluateOptions): boolean | undefined {
  const form = linearForm(formula);
  const left = form && sumOf(form.left, resolve);
  const right = form && sumOf(form.right, resolve);
  if (left === null || right === null || left === undefined || right === undefined) return undefined;
  return wholeRelationHolds(formula.relation, left.minus(right), options.tolerance);
}

/**
 * relationHolds for whole sides, given how far the left one is above the right (a number or a
 * bigint: JavaScript compares the two exactly): no fractions made per row.
 */
export function wholeRelationHolds(relation: Formula['relation'], overshoot: bigint | number, tolerance: bigint | number): boolean {
  switch (relation) {
    case '=':
      return (overshoot < 0n ? -overshoot : overshoot) <= tolerance;
    case '<=':
      return overshoot <= tolerance;
    case '<':
      return overshoot < tolerance;
    case '>=':
      return -overshoot <= tolerance;
    case '>':
      return -overshoot < tolerance;
  }
}

function sumOf(fields: readonly SignedField[], resolve: (field: string) => FieldFen): FenSum | undefined {
  const sum = new FenSum();
  for (const { name, sign } of fields) {
    const fen = resolve(name);
    if (fen === 'unavailable') return undefined;
    if (fen !== 'absent') sum.add(sign === 1n ? fen : -fen);
  }
  return sum;
}

function relationHolds(relation: Formula['relation'], l: Exact, r: Exact, tolerance: Exact): boolean {
  const overshoot = subtract(l, r); // how far l is above r
  switch (relation) {
    case '=':
      return compare(absolute(overshoot), tolerance) <= 0;
    case '<=':
      return compare(overshoot, tolerance) <= 0;
    case '<':
      return compare(overshoot, tolerance) < 0;
    case '>=':
      return compare(negate(overshoot), tolerance) <= 0;
    case '>':
      return compare(negate(overshoot), tolerance) < 0;
  }
}

function asAmount(value: Dimensioned, options: EvaluateOptions): Exact {
  return value.amount ? value.x : multiply(value.x, exact(options.literalScale));
}

function evaluate(term: Term, resolve: (field: string) => FieldValue, options: EvaluateOptions, cells: string[]): Dimensioned {
  switch (term.type) {
    case 'field': {
      const found = resolve(term.name);
      if (found.kind === 'unavailable') throw new Unavailable();
      if (found.kind === 'absent') return { x: exact(0n), amount: true };
      for (const cell of found.cells) if (!cells.includes(cell)) cells.push(cell);
      return { x: exact(found.value), amount: true };
    }
    case 'number': {
      const value = parseDecimal(term.text);
      if (value === null) throw new FormulaError(term.text, { zh: '不是数字', en: 'not a number' });
      return { x: value, amount: false };
    }
    case 'negate': {
      const operand = evaluate(term.operand, resolve, options, cells);
      return { x: negate(operand.x), amount: operand.amount };
    }
    case 'binary': {
      const left = evaluate(term.left, resolve, options, cells);
      const right = evaluate(term.right, resolve, options, cells);
      if (term.operator === '+' || term.operator === '-') {
        const amount = left.amount || right.amount;
        const l = amount ? asAmount(left, options) : left.x;
        const r = amount ? asAmount(right, options) : right.x;
        return { x: term.operator === '+' ? add(l, r) : subtract(l, r), amount };
      }
      if (term.operator === '*') return { x: multiply(left.x, right.x), amount: left.amount || right.amount };
      const quotient = divide(left.x, right.x);
      if (quotient === null) throw new DivisionByZero();
      return { x: quotient, amount: left.amount && !right.amount };
    }
  }
}

/**
 * Which side is the figure to check and which the figure it should equal: a side that is one
 * field (a written total) is the actual value; otherwise the left side is what is expected.
 */
export function expectedSide(formula: Formula): 'left' | 'right' {
  const leftSingle = formula.left.type === 'field';
  const rightSingle = formula.right.type === 'field';
  return leftSingle && !rightSingle ? 'right' : 'left';
}

export type TermOutcome =
  | { readonly outcome: 'skipped' }
  | { readonly outcome: 'not-computable' }
  | { readonly outcome: 'value'; readonly value: Exact; readonly cells: readonly string[]; readonly isAmount: boolean };

/**
 * One side of a formula as an exact value with the cells it read: what an indicator
 * (`预算调整率 = 调整追加 ÷ 年初预算`) is, where a rule only asks whether its two sides agree.
 */
export function evaluateTerm(term: Term, resolve: (field: string) => FieldValue, options: EvaluateOptions): TermOutcome {
  try {
    const cells: string[] = [];
    const result = evaluate(term, resolve, options, cells);
    return { outcome: 'value', value: result.x, cells, isAmount: result.amount };
  } catch (error) {
    if (error instanceof Unavailable) return { outcome: 'skipped' };
    if (error instanceof DivisionByZero) return { outcome: 'not-computable' };
    throw error;
  }
}
