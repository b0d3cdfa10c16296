/**
 * A number followed by garbage is text: reported where it stands, never truncated to its leading
 * digits (parseFloat('22,000.5abc') is 22). Covers the money reader, a project table's amount
 * columns, and the forms' points and rates, in the core that the CLI and the pane share.
 */
import { checkWorkbook } from '../../src/core/check-workbook';
import { pointsReading } from '../../src/core/forms/read-form-cell';
import { readAmount } from '../../src/core/money/read-amount';
import { readRate } from '../../src/core/recognize/read-rate';
import { workbookFromSheets } from '../support/workbook';

const GARBAGE = ['22,000.5abc', '22abc', '22.5.1', '1,2,3', '22 000.5x', '0x16', '1e3', 'Infinity', '22元abc'];

describe('a number followed by garbage', () => {
  it.each(GARBAGE)('%s is text to the money reader', (text) => {
    expect(readAmount(text, '万元')).toEqual({ kind: 'text', text });
  });

  it.each(GARBAGE)('%s is not a score or a rate', (text) => {
    expect(pointsReading(text)).toEqual({ kind: 'text', text });
    expect(readRate(text, null, false)).toBeNull();
  });

  it('in 实际支出 is reported as text naming its cell, and never summed as 22', () => {
    const workbook = workbookFromSheets({
      项目支出: [
        ['项目名称', '年初预算', '实际支出', '结余结转'],
        ['甲', 22000.5, '22,000.5abc', 0],
        ['乙', 10, 10, 0],
      ],
    });
    const findings = checkWorkbook(workbook).findings;
    expect(findings.map((f) => [f.rule, f.cells[0]])).toEqual([['amounts-valid', 'C2']]);
    expect(findings[0].message.zh).toContain('“22,000.5abc”');
    expect(JSON.stringify(findings.map((f) => f.message.zh))).not.toMatch(/\b22万元/);
  });
});
