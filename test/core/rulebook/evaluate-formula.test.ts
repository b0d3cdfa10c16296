import fc from 'fast-check';
import { checkDimensions, evaluateFormula, expectedSide, type FieldValue } from '../../../src/core/rulebook/evaluate-formula';
import { FormulaError, parseFormula } from '../../../src/core/rulebook/formula';
import { exact } from '../../../src/core/rulebook/exact';

const money = { literalScale: 1_000_000n, tolerance: 5_000n };
const values =
  (figures: Record<string, bigint | 'absent' | 'unavailable'>) =>
  (field: string): FieldValue => {
    const figure = figures[field];
    if (figure === undefined || figure === 'unavailable') return { kind: 'unavailable' };
    if (figure === 'absent') return { kind: 'absent' };
    return { kind: 'value', value: figure, cells: [field] };
  };

describe('evaluateFormula', () => {
  const balance = parseFormula('年初预算 + 上级转移支付 + 年中调增 - 年中调减 + 追加 = 实际支出 + 结余结转');
  const seedRow = {
    年初预算: 90_000_000n,
    上级转移支付: 88_670_000n,
    年中调增: 0n,
    年中调减: 130_000n,
    追加: 5_000_000n,
    实际支出: 104_680_000n,
    结余结转: 78_860_000n,
  };

  it('holds on the seed’s first project, exactly', () => {
    const outcome = evaluateFormula(balance, values(seedRow), money);
    expect(outcome).toMatchObject({ outcome: 'holds', left: exact(183_540_000n), right: exact(183_540_000n), isAmount: true });
  });

  it('fails beyond the tolerance and holds within it', () => {
    expect(evaluateFormula(balance, values({ ...seedRow, 实际支出: 104_674_999n }), money).outcome).toBe('fails');
    expect(evaluateFormula(balance, values({ ...seedRow, 实际支出: 104_675_000n }), money).outcome).toBe('holds');
  });

  it('counts an absent optional field as 0 and skips when a required one is unavailable', () => {
    expect(evaluateFormula(balance, values({ ...seedRow, 年中调增: 'absent' }), money).outcome).toBe('holds');
    expect(evaluateFormula(balance, values({ ...seedRow, 实际支出: 'unavailable' }), money).outcome).toBe('skipped');
  });

  it('lists the cells each side read', () => {
    const outcome = evaluateFormula(balance, values(seedRow), money);
    expect(outcome).toMatchObject({ leftCells: ['年初预算', '上级转移支付', '年中调增', '年中调减', '追加'], rightCells: ['实际支出', '结余结转'] });
  });

  it('reads numbers written in the formula as 万元 beside amounts and as factors beside × ÷', () => {
    const limit = parseFormula('实际支出 <= 全年预算数 * 1.1 + 0.5');
    const budget = 100_000_000n; // 100 万元
    expect(evaluateFormula(limit, values({ 实际支出: 110_500_000n, 全年预算数: budget }), { ...money, tolerance: 0n }).outcome).toBe('holds');
    expect(evaluateFormula(limit, values({ 实际支出: 110_500_001n, 全年预算数: budget }), { ...money, tolerance: 0n }).outcome).toBe('fails');
  });

  it('compares plain ratios exactly, and a division by zero is not computable', () => {
    const rate = parseFormula('实际支出 / 全年预算数 >= 0.9');
    expect(evaluateFormula(rate, values({ 实际支出: 9n, 全年预算数: 10n }), money)).toMatchObject({ outcome: 'holds', isAmount: false });
    expect(evaluateFormula(rate, values({ 实际支出: 8_999_999n, 全年预算数: 10_000_000n }), money).outcome).toBe('fails');
    expect(evaluateFormula(rate, values({ 实际支出: 1n, 全年预算数: 0n }), money).outcome).toBe('not-computable');
  });

  it('applies the tolerance to inequalities too', () => {
    const limit = parseFormula('实际支出 <= 全年预算数');
    expect(evaluateFormula(limit, values({ 实际支出: 100_005_000n, 全年预算数: 100_000_000n }), money).outcome).toBe('holds');
    expect(evaluateFormula(limit, values({ 实际支出: 100_005_001n, 全年预算数: 100_000_000n }), money).outcome).toBe('fails');
  });

  it('is exact over any amounts: the sum of parts equals their total, however many fen', () => {
    const total = parseFormula('支出合计 = 基本支出 + 项目支出 + 结余结转');
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        (a, b, c) => {
          const figures = { 基本支出: a, 项目支出: b, 结余结转: c, 支出合计: a + b + c };
          expect(evaluateFormula(total, values(figures), { ...money, tolerance: 0n }).outcome).toBe('holds');
          expect(evaluateFormula(total, values({ ...figures, 支出合计: a + b + c + 1n }), { ...money, tolerance: 0n }).outcome).toBe('fails');
        },
      ),
    );
  });
});

describe('checkDimensions', () => {
  it('refuses amount × amount and number ÷ amount', () => {
    expect(() => checkDimensions(parseFormula('年初预算 * 追加 = 实际支出'))).toThrow(FormulaError);
    expect(() => checkDimensions(parseFormula('1 / 追加 = 实际支出'))).toThrow(FormulaError);
    expect(() => checkDimensions(parseFormula('年初预算 * 2 / 4 = 实际支出'))).not.toThrow();
  });
});

describe('expectedSide', () => {
  it('treats a side that is one field as the written figure to check', () => {
    expect(expectedSide(parseFormula('预算收入合计 = 年初预算 + 调整追加'))).toBe('right');
    expect(expectedSide(parseFormula('年初预算 + 调整追加 = 预算收入合计'))).toBe('left');
    expect(expectedSide(parseFormula('年初预算 + 追加 = 实际支出 + 结余结转'))).toBe('left');
  });
});
