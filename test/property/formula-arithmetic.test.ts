/**
 * On random arithmetic — spread over cells that refer to each other, none with a saved value —
 * the computed value is what a straightforward evaluation of the same expression gives.
 */
import fc from 'fast-check';
import { columnLetters } from '../../src/core/grid/a1';
import type { CellValue, Sheet } from '../../src/core/grid/types';
import { computeMissingFormulaValues } from '../../src/core/formulas/compute-formulas';

type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'cell'; column: number } // a constant in row 1
  | { kind: 'negate'; operand: Expr }
  | { kind: 'percent'; operand: Expr }
  | { kind: 'binary'; operator: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { kind: 'sum'; args: Expr[] }
  | { kind: 'round'; operand: Expr; digits: number }
  /** Moved into a formula cell of its own (row 2), referred to by address. */
  | { kind: 'own-cell'; operand: Expr };

const CONSTANTS = [0, 1, 2.5, 104.68, -88.67, 0.13, 1633.8, 1e-3, 7];

const expression: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('number' as const),
      value: fc.oneof(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100),
      ),
    }),
    fc.record({ kind: fc.constant('cell' as const), column: fc.integer({ min: 1, max: CONSTANTS.length }) }),
    fc.record({ kind: fc.constant('negate' as const), operand: tie('expr') }),
    fc.record({ kind: fc.constant('percent' as const), operand: tie('expr') }),
    fc.record({
      kind: fc.constant('binary' as const),
      operator: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
      left: tie('expr'),
      right: tie('expr'),
    }),
    fc.record({ kind: fc.constant('sum' as const), args: fc.array(tie('expr'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('round' as const), operand: tie('expr'), digits: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('own-cell' as const), operand: tie('expr') }),
  ),
})).expr;

const DIVIDED_BY_ZERO = 'div0';

/** JavaScript's arithmetic on the tree; `scale` gathers the largest magnitude met, for the tolerance. */
function reference(expr: Expr, scale: { max: number }): number {
  const seen = (value: number): number => {
    scale.max = Math.max(scale.max, Math.abs(value));
    return value;
  };
  switch (expr.kind) {
    case 'number':
      return seen(expr.value);
    case 'cell':
      return seen(CONSTANTS[expr.column - 1]);
    case 'negate':
      return -reference(expr.operand, scale);
    case 'percent':
      return seen(reference(expr.operand, scale) / 100);
    case 'own-cell':
      return reference(expr.operand, scale);
    case 'sum':
      return seen(expr.args.reduce((total, arg) => total + reference(arg, scale), 0));
    case 'round': {
      const value = reference(expr.operand, scale);
      const factor = 10 ** expr.digits;
      // half away from zero, on the 15 digits Excel keeps
      return seen((Math.sign(value) * Math.round(Number((Math.abs(value) * factor).toPrecision(15)))) / factor);
    }
    case 'binary': {
      const a = reference(expr.left, scale);
      const b = reference(expr.right, scale);
      if (expr.operator === '/' && b === 0) throw new Error(DIVIDED_BY_ZERO);
      return seen(expr.operator === '+' ? a + b : expr.operator === '-' ? a - b : expr.operator === '*' ? a * b : a / b);
    }
  }
}

const PRECEDENCE = { '+': 1, '-': 1, '*': 2, '/': 2 } as const;

/** Brackets only where Excel's precedence needs them, so the parser's precedence is tested too. */
function operand(expr: Expr, ownCells: string[], parent: number, right: boolean): string {
  const text = render(expr, ownCells);
  if (expr.kind !== 'binary') return text;
  const own = PRECEDENCE[expr.operator];
  return own < parent || (right && own === parent) ? `(${text})` : text;
}

/** Writes the tree as an Excel formula, moving `own-cell` parts into row 2, each a formula of its own. */
function render(expr: Expr, ownCells: string[]): string {
  switch (expr.kind) {
    case 'number':
      return String(expr.value);
    case 'cell':
      return `${columnLetters(expr.column)}1`;
    case 'negate':
      return `-${operand(expr.operand, ownCells, 3, false)}`;
    case 'percent':
      return expr.operand.kind === 'binary' || expr.operand.kind === 'negate' || (expr.operand.kind === 'number' && expr.operand.value < 0)
        ? `(${render(expr.operand, ownCells)})%`
        : `${render(expr.operand, ownCells)}%`;
    case 'sum':
      return `SUM(${expr.args.map((arg) => render(arg, ownCells)).join(',')})`;
    case 'round':
      return `ROUND(${render(expr.operand, ownCells)},${expr.digits})`;
    case 'binary': {
      const precedence = PRECEDENCE[expr.operator];
      return `${operand(expr.left, ownCells, precedence, false)}${expr.operator}${operand(expr.right, ownCells, precedence, true)}`;
    }
    case 'own-cell': {
      const formula = `=${render(expr.operand, ownCells)}`;
      ownCells.push(formula);
      return `$${columnLetters(ownCells.length)}$2`;
    }
  }
}

describe('computed formulas against a straightforward evaluation', () => {
  it('give the same value on random arithmetic spread over cells', () => {
    fc.assert(
      fc.property(expression, (expr) => {
        const ownCells: string[] = [];
        const formula = `=${render(expr, ownCells)}`;
        const sheet: Sheet = {
          name: 'S',
          top: 1,
          left: 1,
          values: [CONSTANTS, ownCells.map(() => null), [null]],
          formulas: [CONSTANTS.map(() => null), ownCells, [formula]],
        };
        const { workbook } = computeMissingFormulaValues({ sheets: [sheet] });
        const computed: CellValue = workbook.sheets[0].values[2][0];
        const scale = { max: 1 };
        let expected: number;
        try {
          expected = reference(expr, scale);
        } catch (error) {
          if ((error as Error).message !== DIVIDED_BY_ZERO) throw error;
          expect(computed).toEqual({ error: '#DIV/0!' });
          return;
        }
        if (!Number.isFinite(expected) || scale.max > 1e12) return; // beyond money: Excel's #NUM! and float limits
        expect(typeof computed).toBe('number');
        expect(Math.abs((computed as number) - expected)).toBeLessThanOrEqual(scale.max * 1e-12);
      }),
      { numRuns: 500 },
    );
  });
});
