/**
 * The Hunan 部门整体支出绩效评价指标表 (common-indicators.md §2): found by 指标名称 with a value and
 * a score column, each row's value read with its cell; a score above its 分值 and a 合计 that is not
 * the sum of the scores are found; no such table is invented on the bundled examples, the official
 * templates, the Chongqing block or a national form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxBuffer } from '../../../src/cli/read-xlsx';
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { officialTables } from '../../../src/core/tables/fields';
import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';
import { chongqingForm, hunanIndicatorTable, type Row } from '../../support/official-grids';
import { SEED_SUMMARY } from '../indicators/support';

const ROOT = join(__dirname, '../../..');
const workbook = (rows: Row[]) => ({ name: 'hn.xlsx', sheets: [sheetFromRows('指标表', rows)] });
const ours = (rows: Row[]) => checkWorkbook(workbook(rows)).findings.filter((finding) => finding.rule === 'table-identities');

function edited(change: (rows: Row[]) => void): Row[] {
  const rows = hunanIndicatorTable();
  change(rows);
  return rows;
}

describe('Hunan indicator table (hunan-indicator-table)', () => {
  it('is recognised, reading each row’s name, value, weight and score with their cells; consistent figures give no finding', () => {
    const recognized = recognizeWorkbook(workbook(hunanIndicatorTable()));
    const [table] = officialTables(recognized, 'hunan-indicator-table');
    expect(recognized.tables.map((candidate) => candidate.kind)).toEqual(['hunan-indicator-table']);
    expect(table.range).toEqual({ top: 2, left: 3, bottom: 7, right: 6 });
    expect(table.numbers.总分).toMatchObject({ address: 'F7', value: 16 });
    expect(table.indicators?.map((line) => [line.name, line.actual?.address, line.actual?.value, line.actual?.unit, line.weight?.value, line.score?.value])).toEqual([
      ['预算完成率', 'E3', 87.3, '%', 5, 0],
      ['预算控制率', 'E4', 28.02, '%', 5, 2],
      ['结转结余率', 'E5', 12.7, '%', 5, 4],
      ['网格事件办结数', 'E6', 2200, '', 10, 10],
    ]);
    expect(ours(hunanIndicatorTable())).toEqual([]);
  });

  it('reads 实际完成值 as the value when a 指标值 target stands beside it, and the row’s 计量单位', () => {
    const rows: Row[] = [
      ['指标名称', '计量单位', '指标值', '实际完成值', '分值', '评分'],
      ['预算完成率', '%', 100, 87.3, 5, 0],
    ];
    const [table] = officialTables(recognizeWorkbook(workbook(rows)), 'hunan-indicator-table');
    expect(table.indicators?.[0]).toMatchObject({ actual: { address: 'D2', value: 87.3 }, target: { address: 'C2', value: 100 }, unitText: '%' });
  });

  it('finds a score above its 分值, and one below 0, at the row', () => {
    expect(ours(edited((rows) => ((rows[3][5] = 5.5), (rows[6][5] = 19.5))))).toEqual([
      expect.objectContaining({ row: 4, messageId: 'indicator-table-score-range', cells: ['F4', 'D4'] }),
    ]);
    expect(ours(edited((rows) => ((rows[3][5] = 5), (rows[6][5] = 19))))).toEqual([]); // at its 分值: fine
    const below = ours(edited((rows) => ((rows[3][5] = -1), (rows[6][5] = 13))));
    expect(below).toEqual([expect.objectContaining({ row: 4, messageId: 'indicator-table-score-range' })]);
    expect(below[0].message.zh).toBe('指标“预算控制率”评分-1分，超出0至分值5分的范围。');
  });

  it('finds a 合计 that is not the sum of the scores, off by 0.01 or more', () => {
    const findings = ours(edited((rows) => (rows[6][5] = 16.01)));
    expect(findings).toEqual([expect.objectContaining({ row: 7, messageId: 'indicator-table-total', cells: ['F7'] })]);
    expect(findings[0].message.zh).toBe('指标表合计为16.01分，但各指标评分之和为16分。');
  });

  it('is not found without a score column, beside the Chongqing block, or on a national form’s 三级指标 rows', () => {
    const kinds = (rows: Row[]) => recognizeWorkbook(workbook(rows)).tables.map((table) => table.kind);
    expect(kinds([['指标名称', '指标值'], ['预算完成率', '87.30%']])).not.toContain('hunan-indicator-table');
    expect(kinds(chongqingForm())).not.toContain('hunan-indicator-table');
    expect(kinds([['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'], ['产出', '数量', '预算完成率', '≥90%', '87.30%', 10, 9]])).not.toContain(
      'hunan-indicator-table',
    );
    expect(kinds([['指标名称', '指标值', '评分'], [], [], ['说明']])).not.toContain('hunan-indicator-table');
  });

  it('invents no such table on the bundled examples or the blank official templates', async () => {
    const files = [
      ...readdirSync(join(ROOT, 'examples')).map((file) => join(ROOT, 'examples', file)),
      ...readdirSync(join(ROOT, '../shared/cases'))
        .filter((file) => file.endsWith('.xlsx'))
        .map((file) => join(ROOT, '../shared/cases', file)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const recognized = recognizeWorkbook(await readXlsxBuffer(readFileSync(file), file));
      expect([file, officialTables(recognized, 'hunan-indicator-table').length]).toEqual([file, 0]);
    }
  });

  it('sits beside the seed’s summary without changing what is recognised there', () => {
    const recognized = recognizeWorkbook({ name: 'hn.xlsx', sheets: [sheetFromRows('收支总表', SEED_SUMMARY as unknown as Row[]), sheetFromRows('指标表', hunanIndicatorTable())] });
    expect(recognized.tables.map((table) => table.kind)).toEqual(['summary', 'hunan-indicator-table']);
  });
});
