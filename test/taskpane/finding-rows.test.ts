import type { Finding } from '../../src/core/rules/types';
import { findingRows, ruleKey, sheetKey } from '../../src/taskpane/view-model/finding-rows';
import { groupFindings } from '../../src/taskpane/view-model/group-findings';
import { withAllIgnored } from '../../src/taskpane/view-model/ignored-findings';

const finding = (sheet: string, rule: string, row: number): Finding => ({
  rule,
  severity: 'error',
  sheet,
  row,
  cells: [`B${row}`],
  subject: `p${row}`,
  messageId: 'm',
  message: { zh: '', en: '' },
});
const id = (f: Finding) => `${f.sheet}!${f.rule}!${f.row}`;

describe('findingRows', () => {
  const findings = [finding('A', 'r1', 3), finding('A', 'r1', 2), finding('A', 'r2', 5), finding('B', 'r1', 1)];

  it('lists each sheet, then each rule with its findings by row, with counts', () => {
    const rows = findingRows(groupFindings(findings, 'all'), new Set(), id);
    expect(rows.map((row) => (row.kind === 'finding' ? id(row.finding) : `${row.kind}:${row.kind === 'sheet' ? row.count : row.findings.length}`))).toEqual([
      'sheet:3',
      'rule:2',
      'A!r1!2',
      'A!r1!3',
      'rule:1',
      'A!r2!5',
      'sheet:1',
      'rule:1',
      'B!r1!1',
    ]);
  });

  it('leaves out what a collapsed sheet or rule holds, keeping its heading and count', () => {
    const rows = findingRows(groupFindings(findings, 'all'), new Set([sheetKey('A'), ruleKey('B', 'r1')]), id);
    expect(rows.map((row) => row.kind)).toEqual(['sheet', 'sheet', 'rule']);
    expect(rows[0]).toMatchObject({ collapsed: true, count: 3 });
  });
});

describe('withAllIgnored', () => {
  it('records one reason for every finding of a group, replacing earlier decisions for them', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    const list = withAllIgnored(
      [
        { key: 'a', reason: 'old', at: 'x' },
        { key: 'z', reason: 'keep', at: 'y' },
      ],
      ['a', 'b', 'b'],
      '核实',
      at,
    );
    expect(list).toEqual([
      { key: 'z', reason: 'keep', at: 'y' },
      { key: 'a', reason: '核实', at: at.toISOString() },
      { key: 'b', reason: '核实', at: at.toISOString() },
    ]);
  });
});
