/**
 * The shortcuts that keep a 100k-row check fast must say exactly what the long way says:
 * quickHolds (plain bigint sums) against evaluateFormula (exact fractions), and a project field's
 * fen alone against its full value.
 */
import fc from 'fast-check';
import { evaluateFormula, fenOfValue, quickHolds, type FieldFen, type FieldValue } from '../../src/core/rulebook/evaluate-formula';
import { parseFormula } from '../../src/core/rulebook/formula';
import { projectColumnSum, projectFieldFen, projectFieldValue, rowFen } from '../../src/core/rules/support/field-values';
import { recognizeWorkbook } from '../../src/core/tables/recognize-workbook';
import type { ProjectTable } from '../../src/core/recognize/model';
import { workbookFromSheets } from '../support/workbook';
import { rowHoldsTest, rowsToCheck } from '../../src/core/rules/support/project-row-check';
import { surelyAgrees } from '../../src/core/rules/execution-rate';
import { roundDivide } from '../../src/core/money/format';

const FIELDS = ['年初预算', '追加', '实际支出', '结余结转', '年中调减'];

const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.bigInt({ min: -1_000_000_000_000n, max: 1_000_000_000_000n }).map((value): FieldValue => ({ kind: 'value', value, cells: ['C4'] })),
  },
  // near and beyond 2^50, where a number part must move into the bigint to stay exact
  { weight: 2, arbitrary: fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }).map((value): FieldValue => ({ kind: 'value', value, cells: ['C4'] })) },
  { weight: 1, arbitrary: fc.constant<FieldValue>({ kind: 'absent' }) },
  { weight: 1, arbitrary: fc.constant<FieldValue>({ kind: 'unavailable' }) },
);

const side = fc
  .array(fc.tuple(fc.constantFrom('+', '-'), fc.constantFrom(...FIELDS)), { minLength: 1, maxLength: 4 })
  .map((terms) => terms.map(([sign, field], i) => (i === 0 ? (sign === '-' ? `-${field}` : field) : ` ${sign} ${field}`)).join(''));
const linearFormula = fc.tuple(side, fc.constantFrom('=', '<=', '>=', '<', '>'), side).map(([left, relation, right]) => `${left} ${relation} ${right}`);

describe('quickHolds says what evaluateFormula says', () => {
  it('on formulas that add and subtract fields, whatever the values', () => {
    fc.assert(
      fc.property(
        linearFormula,
        fc.array(fieldValue, { minLength: FIELDS.length, maxLength: FIELDS.length }),
        fc.bigInt({ min: 0n, max: 10_000n }),
        fc.boolean(),
        (text, values, tolerance, asNumbers) => {
          const formula = parseFormula(text);
          const resolve = (field: string) => values[FIELDS.indexOf(field)];
          const options = { literalScale: 1_000_000n, tolerance };
          // project columns give amounts below 2^50 as numbers
          const fen = (field: string): FieldFen => {
            const value = fenOfValue(resolve(field));
            return asNumbers && typeof value === 'bigint' && value < 2n ** 50n && value > -(2n ** 50n) ? Number(value) : value;
          };
          const quick = quickHolds(formula, fen, options);
          const outcome = evaluateFormula(formula, resolve, options).outcome;
          if (quick === undefined) expect(outcome).toBe('skipped');
          else expect(quick).toBe(outcome === 'holds');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each(['实际支出 <= 年初预算 * 1.1', '实际支出 = 年初预算 + 5', '实际支出 / 年初预算 <= 1'])('declines %s (not a sum of fields)', (text) => {
    const value: FieldValue = { kind: 'value', value: 100n, cells: ['C4'] };
    expect(quickHolds(parseFormula(text), () => fenOfValue(value), { literalScale: 1n, tolerance: 0n })).toBeUndefined();
  });
});

describe('projectFieldFen is projectFieldValue without its cells', () => {
  const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom('12.5', '三十', '-', '#REF!', true));
  it('on tables with and without a signed 年中调整 column', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(cell, { minLength: 6, maxLength: 6 }), (signed, values) => {
        const header = ['项目名称', '年初预算', '年中调增', signed ? '年中调整' : '追加', '实际支出', '结余结转', '年中调减'];
        const workbook = workbookFromSheets({ 项目支出: [header, ['网格项目', ...values]] });
        const table = recognizeWorkbook(workbook).tables.find((t): t is ProjectTable => t.kind === 'projects');
        if (!table || table.projects.length === 0) return;
        for (const field of ['年初预算', '年中调增', '年中调整', '追加', '实际支出', '结余结转', '年中调减', '上级转移支付', '全年预算数']) {
          // a plain amount comes as a number (exact below 2^50), any other as a bigint
          const fen = projectFieldFen(table, table.projects[0], field);
          expect(typeof fen === 'number' ? BigInt(fen) : fen).toEqual(fenOfValue(projectFieldValue(table, table.projects[0], field)));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('rowHoldsTest vouches only for rows where quickHolds holds', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
    fc.constantFrom('12.5', '-', '#REF!', 3e9, -2.5e9),
  );
  it('on tables with and without a signed 年中调整 column, whatever the formula', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        linearFormula,
        fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        (signed, text, rows) => {
          const header = ['项目名称', '年初预算', '年中调增', signed ? '年中调整' : '追加', '实际支出', '结余结转', '年中调减'];
          const workbook = workbookFromSheets({ 项目支出: [header, ...rows.map((values, i) => [`网格项目${i + 1}`, ...values])] });
          const table = recognizeWorkbook(workbook).tables.find((t): t is ProjectTable => t.kind === 'projects');
          if (!table) return;
          const formula = parseFormula(text);
          const options = { literalScale: 1_000_000n, tolerance: 5_000n };
          const holds = rowHoldsTest(table, formula, options);
          // the column-by-column pass leaves to the long way exactly the rows the row test does not vouch for
          const { rows: left, shownToFail, failedOutcome } = rowsToCheck(table, formula, options);
          expect(left).toEqual(holds ? table.projects.filter((row) => !holds(row.row)) : table.projects);
          expect(shownToFail === null).toBe(holds === null);
          // a row it says fails is one quickHolds says fails in: the long way skips quickHolds there
          left.forEach((row, i) => {
            if (shownToFail?.[i] !== 1) return;
            expect(quickHolds(formula, (field) => projectFieldFen(table, row, field), options)).toBe(false);
            // and its outcome, read from the plain amounts, is the evaluator's, cells and all
            expect(failedOutcome(row)).toEqual(evaluateFormula(formula, (field) => projectFieldValue(table, row, field), options));
          });
          for (const row of table.projects) {
            const quick = quickHolds(formula, (field) => projectFieldFen(table, row, field), options);
            if (holds?.(row.row)) expect(quick).toBe(true);
            // a row of plain amounts (below 2^50 fen) is decided the quick way too
            else if (holds && quick === true) expect(rows[row.row - 2].some((value) => typeof value === 'string' || Math.abs(value ?? 0) >= 1e9)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('execution-rate passes over a row in doubles only where the exact comparison agrees', () => {
  const fen = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -(2 ** 50) + 1, max: 2 ** 50 - 1 }));
  it('on amounts up to 2^50 fen and rates near and at the tolerance', () => {
    fc.assert(
      fc.property(fen, fen, fc.double({ min: -3e-4, max: 3e-4, noNaN: true }), fc.constantFrom(0, 0.01, 0.005, 1), (spent, budget, off, tolerance) => {
        fc.pre(budget !== 0);
        const ratio = spent / budget + off;
        if (!surelyAgrees(spent, budget, ratio, tolerance)) return;
        const exactPercent = Number(roundDivide(BigInt(spent) * 100_000_000n, BigInt(budget))) / 1e6;
        expect(Math.abs(exactPercent - ratio * 100) <= tolerance + 1e-9).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('projectColumnSum adds in doubles only where that is exact', () => {
  const cell = fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100) },
    // an odd number of fen near 2^50: ten of them pass 2^53, where doubles no longer add exactly
    { weight: 12, arbitrary: fc.constantFrom(999_999_999.999999, 999_999_999.999997, 0.000001) },
    { weight: 1, arbitrary: fc.constantFrom(-999_999_999.999997, '12.5', '-', '#REF!') },
  );
  it('gives the exact sum of every project row, or null where a cell cannot take part', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 24 }), (values) => {
        const workbook = workbookFromSheets({
          项目支出: [['项目名称', '年初预算', '实际支出', '结余结转'], ...values.map((value, i) => [`网格项目${i + 1}`, value, 1, 0])],
        });
        const table = recognizeWorkbook(workbook).tables.find((t): t is ProjectTable => t.kind === 'projects');
        expect(table?.projects.length).toBe(values.length);
        if (!table) return;
        let expected: bigint | null = 0n;
        for (const row of table.projects) {
          const fen = rowFen(table, row, '年初预算');
          expected = expected === null || fen === null ? null : expected + fen;
        }
        expect(projectColumnSum(table, '年初预算')).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
