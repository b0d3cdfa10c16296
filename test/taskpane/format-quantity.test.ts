import type { Finding } from '../../src/core/rules/types';
import { explainedShare, formatMoney, formatQuantity } from '../../src/taskpane/view-model/format-quantity';

describe('formatQuantity: the core’s own way of writing figures, as the messages write them', () => {
  it('writes money in the result unit, at most two decimals, as the finding messages do', () => {
    expect(formatQuantity({ kind: 'money', fen: 1_964_410_000n }, '万元', 'zh-CN')).toBe('1964.41万元');
    expect(formatQuantity({ kind: 'money', fen: 1_964_400_000n }, '万元', 'zh-CN')).toBe('1964.4万元');
    expect(formatQuantity({ kind: 'money', fen: 10_000n }, '万元', 'en-US')).toBe('0.01 万元');
    expect(formatQuantity({ kind: 'money', fen: 5_000n }, '元', 'zh-CN')).toBe('50元');
    expect(formatMoney(123_456_789n, '元', 'zh-CN')).toBe('1234567.89元');
  });

  it('keeps a difference finer than a hundredth exact instead of showing 0', () => {
    expect(formatMoney(4_000n, '万元', 'zh-CN')).toBe('0.004万元');
    expect(formatMoney(-130_000n, '万元', 'en-US')).toBe('-0.13 万元');
  });

  it('writes percentages with %, counts plainly and scores with their unit', () => {
    expect(formatQuantity({ kind: 'percent', value: 63.06 }, '万元', 'zh-CN')).toBe('63.06%');
    expect(formatQuantity({ kind: 'percent', value: 100 }, '万元', 'en-US')).toBe('100%');
    expect(formatQuantity({ kind: 'count', value: 35 }, '万元', 'zh-CN')).toBe('35');
    expect(formatQuantity({ kind: 'score', value: 9.5 }, '万元', 'zh-CN')).toBe('9.5分');
    expect(formatQuantity({ kind: 'score', value: 9.5 }, '万元', 'en-US')).toBe('9.5 pts');
  });
});

describe('explainedShare', () => {
  const note = (expected: bigint, actual: bigint, severity: Finding['severity'] = 'info'): Finding => ({
    rule: 'sub-items',
    severity,
    sheet: 'S',
    row: 1,
    cells: ['A1'],
    subject: 'x',
    messageId: 'partial',
    message: { zh: '', en: '' },
    expected: { kind: 'money', fen: expected },
    actual: { kind: 'money', fen: actual },
  });

  it('gives the share of the whole an information note’s part explains (66.01 of 104.68 → 63.06)', () => {
    expect(explainedShare(note(104_680_000n, 66_010_000n))).toBe('63.06');
  });

  it('gives nothing for errors, a part above its whole, or a whole of zero', () => {
    expect(explainedShare(note(104_680_000n, 66_010_000n, 'error'))).toBeNull();
    expect(explainedShare(note(10n, 11n))).toBeNull();
    expect(explainedShare(note(0n, 0n))).toBeNull();
  });
});
