import { formatMoney, formatQuantity } from '../../src/taskpane/view-model/format-quantity';

describe('formatQuantity', () => {
  it('writes money in the result unit with two decimals, digits grouped', () => {
    expect(formatQuantity({ kind: 'money', fen: 1_964_410_000n }, '万元', 'zh-CN')).toBe('1,964.41 万元');
    expect(formatQuantity({ kind: 'money', fen: 10_000n }, '万元', 'en-US')).toBe('0.01 万元');
    expect(formatQuantity({ kind: 'money', fen: 5_000n }, '元', 'zh-CN')).toBe('50.00 元');
    expect(formatQuantity({ kind: 'money', fen: 1_964_400_000n }, '万元', 'zh-CN')).toBe('1,964.40 万元');
    expect(formatMoney(123_456_789n, '元')).toBe('1,234,567.89 元');
  });

  it('keeps a difference finer than a hundredth exact instead of showing 0.00', () => {
    expect(formatMoney(4_000n, '万元')).toBe('0.004 万元');
    expect(formatMoney(-130_000n, '万元')).toBe('-0.13 万元');
  });

  it('writes percentages with %, counts plainly and scores with their unit', () => {
    expect(formatQuantity({ kind: 'percent', value: 63.06 }, '万元', 'zh-CN')).toBe('63.06%');
    expect(formatQuantity({ kind: 'percent', value: 100 }, '万元', 'en-US')).toBe('100%');
    expect(formatQuantity({ kind: 'count', value: 35 }, '万元', 'zh-CN')).toBe('35');
    expect(formatQuantity({ kind: 'score', value: 9.5 }, '万元', 'zh-CN')).toBe('9.5 分');
    expect(formatQuantity({ kind: 'score', value: 9.5 }, '万元', 'en-US')).toBe('9.5 pts');
  });
});
