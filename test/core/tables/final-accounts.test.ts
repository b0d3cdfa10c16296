/**
 * B. The 决算 收入支出决算总表 (official-layouts.md §B): recognised by its labels, its own identities
 * checked, and never the seed's summary identities (which gave two false errors on a balanced one).
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { finalAccountsSummary, type Row } from '../../support/official-grids';
import { amountAddresses, changed } from '../../support/grid-edit';

const check = (rows: Row[]) => checkWorkbook({ name: 'final.xlsx', sheets: [sheetFromRows('收入支出决算总表', rows)] });

describe('收入支出决算总表', () => {
  it('is recognised as the 决算 form, and a balanced one gives no finding', () => {
    const result = check(finalAccountsSummary());
    expect(result.tables.map((table) => table.kind)).toEqual(['final-accounts']);
    expect(result.findings).toEqual([]);
  });

  it.each(amountAddresses(finalAccountsSummary()))('a change of %s is found at its row', (address) => {
    const { rows, row } = changed(finalAccountsSummary(), address, 1);
    const findings = check(rows).findings.filter((finding) => finding.severity !== 'info');
    expect(findings.some((finding) => finding.row === row || finding.cells.includes(address))).toBe(true);
  });

  it('names the identity broken: 年初结转和结余 changed breaks the income side', () => {
    const findings = check(changed(finalAccountsSummary(), 'B10', 10).rows).findings;
    expect(findings.map((finding) => [finding.subject, finding.row])).toEqual([['总计（收入）', 11]]);
    expect(findings[0].message.zh).toContain('本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 收入方总计');
  });

  it('a one-column 决算 layout (income block, then spending block) is read too', () => {
    const rows: Row[] = [
      ['收入支出决算总表'],
      ['项目', '金额（万元）'],
      ['一、财政拨款收入', 900],
      ['二、其他收入', 100],
      ['本年收入合计', 1000],
      ['年初结转和结余', 50],
      ['总计', 1050],
      ['一、一般公共服务支出', 980],
      ['本年支出合计', 980],
      ['年末结转和结余', 70],
      ['总计', 1050],
    ];
    const result = check(rows);
    expect(result.tables.map((table) => table.kind)).toEqual(['final-accounts']);
    expect(result.findings).toEqual([]);
    expect(check(changed(rows, 'B10', 5).rows).findings.map((finding) => finding.subject)).toEqual(['总计（支出）']);
  });
});
