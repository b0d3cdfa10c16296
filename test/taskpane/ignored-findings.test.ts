import { findingKey } from '../../src/core/findings/finding-key';
import type { Finding } from '../../src/core/rules/types';
import { MAX_REASON_LENGTH, normalizeReason, partitionFindings, withIgnored, withoutIgnored } from '../../src/taskpane/view-model/ignored-findings';

const make = (subject: string, row: number): Finding => ({
  rule: 'project-balance',
  severity: 'error',
  sheet: '项目支出',
  row,
  cells: [`H${row}`],
  subject,
  messageId: 'unbalanced',
  message: { zh: '不平衡', en: 'unbalanced' },
});

describe('ignored findings', () => {
  const a = make('网格信息化建设项目', 5);
  const b = make('业务性专项经费', 9);

  it('lists ignored findings apart, with their reasons, and counts decisions this check no longer reports', () => {
    const ignored = withIgnored(withIgnored([], findingKey(a), '已核实', new Date('2024-03-01T08:00:00Z')), 'gone\u241fkey', 'old', new Date());
    const parts = partitionFindings([a, b], ignored, findingKey);
    expect(parts.active).toEqual([b]);
    expect(parts.ignored.map((v) => [v.finding.subject, v.entry.reason, v.entry.at])).toEqual([['网格信息化建设项目', '已核实', '2024-03-01T08:00:00.000Z']]);
    expect(parts.staleCount).toBe(1);
  });

  it('keeps an ignored finding ignored when its row moves (rows inserted above)', () => {
    const ignored = withIgnored([], findingKey(a), '已核实', new Date());
    expect(partitionFindings([make('网格信息化建设项目', 12)], ignored, findingKey).active).toEqual([]);
  });

  it('replaces an earlier decision on the same finding and undoes one', () => {
    let list = withIgnored([], findingKey(a), 'first', new Date());
    list = withIgnored(list, findingKey(a), 'second', new Date());
    expect(list.map((e) => e.reason)).toEqual(['second']);
    expect(withoutIgnored(list, findingKey(a))).toEqual([]);
  });

  it('requires a reason, collapses whitespace and caps its length', () => {
    expect(normalizeReason('  \n ')).toBeNull();
    expect(normalizeReason(' 已与 \n 财政局核实 ')).toBe('已与 财政局核实');
    expect(normalizeReason('x'.repeat(500))).toHaveLength(MAX_REASON_LENGTH);
  });
});
