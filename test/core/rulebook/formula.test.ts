import { FormulaError, parseFormula, termText } from '../../../src/core/rulebook/formula';

describe('parseFormula', () => {
  it('reads a rulebook formula with Chinese field names', () => {
    const formula = parseFormula('年初预算 + 上级转移支付 + 年中调增 - 年中调减 + 追加 = 实际支出 + 结余结转');
    expect(formula.relation).toBe('=');
    expect(formula.fields).toEqual(['年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转']);
    expect(termText(formula.left)).toBe('年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加');
    expect(termText(formula.right)).toBe('实际支出 + 结余结转');
  });

  it.each([
    ['实际支出 <= 全年预算数', '<='],
    ['实际支出 ≤ 全年预算数', '<='],
    ['实际支出 >= 0', '>='],
    ['实际支出 ≥ 0', '>='],
    ['实际支出 < 全年预算数', '<'],
    ['实际支出 == 全年预算数', '='],
    ['实际支出 ＝ 全年预算数', '='],
  ])('%s compares with %s', (text, relation) => {
    expect(parseFormula(text).relation).toBe(relation);
  });

  it('folds the signs people paste from Word: − × ÷ and full-width brackets', () => {
    const formula = parseFormula('（年初预算 − 追加）× 2 ÷ 4 = 实际支出');
    expect(termText(formula.left)).toBe('(年初预算 − 追加) × 2 ÷ 4');
  });

  it('reads a `line.column` field name written with a dot (an official table with several amount columns)', () => {
    const formula = parseFormula('三公经费.本年决算数 <= 三公经费.本年预算数 + 1');
    expect(formula.fields).toEqual(['三公经费.本年决算数', '三公经费.本年预算数']);
    expect(termText(formula.left)).toBe('三公经费.本年决算数');
    expect(() => parseFormula('三公经费[本年决算数] = 1')).toThrow(FormulaError);
  });

  it('keeps brackets only where they matter in the text it shows', () => {
    expect(termText(parseFormula('年初预算 - (追加 - 年中调减) = 实际支出').left)).toBe('年初预算 − (追加 − 年中调减)');
    expect(termText(parseFormula('(年初预算 + 追加) + 年中调减 = 实际支出').left)).toBe('年初预算 + 追加 + 年中调减');
  });

  it.each([
    ['年初预算 + 追加', '需要在两边之间有且只有一个比较符'],
    ['a = b = c', '含有多个比较符'],
    ['SUM(年初预算) = 实际支出', '函数调用'],
    ['年初预算 = "90"', '常量只能是数字'],
    ['年初预算 = 实际支出 &&', '无法解析'],
    ['年初预算 % 追加 = 实际支出', '运算符 %'],
    ['', '公式为空'],
  ])('refuses %j with a reason in zh and en', (text, reason) => {
    expect(() => parseFormula(text)).toThrow(FormulaError);
    try {
      parseFormula(text);
    } catch (error) {
      expect((error as FormulaError).reason.zh).toContain(reason);
      expect((error as FormulaError).reason.en).not.toBe('');
    }
  });
});
