import { sheetFromRows } from '../../src/core/grid/sheet-from-a1';
import { cellFormula, cellNumberFormat, cellValue } from '../../src/core/grid/sheet-access';
import type { ReadProgress } from '../../src/excel/gateway';
import { EXCEL_ERRORS } from '../../src/excel/cell-conversion';
import { fakeGateway } from './fake-gateway';

const projects = {
  ...sheetFromRows(
    '项目支出',
    [
      ['项目支出情况表', null, null, null],
      ['单位：万元', null, null, null],
      ['项目名称', '年初预算', '实际支出', '执行率'],
      ['网格信息化建设项目', 90, '=B4+14.68|104.68', 0.9523],
      ['业务性专项经费', 10, '=B5/0|#DIV/0!', '=C5/B5|#DIV/0!'],
      ['合计', '=SUM(B4:B5)|100', '=SUM(C4:C5)|#REF!', null],
    ],
    'B2',
  ),
  numberFormats: [
    ['General', 'General', 'General', 'General'],
    ['General', 'General', 'General', 'General'],
    ['@', '@', '@', '@'],
    ['General', '#,##0.00', '#,##0.00', '0.00%'],
    ['General', '#,##0.00', '#,##0.00', '0.00%'],
    ['General', '#,##0.00', '#,##0.00', '0.00%'],
  ],
  merges: [{ top: 2, left: 2, bottom: 2, right: 5 }],
};

describe('readSnapshot', () => {
  it('reads values, formulas and number formats of every used range, positioned where they are', async () => {
    const { gateway } = fakeGateway({ name: 'seed.xlsx', sheets: [projects, { name: '说明', values: [['仅文字']], hidden: true }] });
    const workbook = await gateway.readSnapshot();

    expect(workbook.name).toBe('seed.xlsx');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['项目支出', '说明']);
    const sheet = workbook.sheets[0];
    expect([sheet.top, sheet.left]).toEqual([2, 2]);
    expect(cellValue(sheet, 5, 2)).toBe('网格信息化建设项目');
    expect(cellValue(sheet, 5, 4)).toBe(104.68);
    expect(cellFormula(sheet, 5, 4)).toBe('=B4+14.68');
    expect(cellFormula(sheet, 5, 3)).toBeNull();
    expect(cellNumberFormat(sheet, 5, 5)).toBe('0.00%');
    expect(cellNumberFormat(sheet, 4, 2)).toBe('@');
    expect(cellValue(sheet, 3, 3)).toBeNull();
    expect(workbook.sheets[1].hidden).toBe(true);
    expect(sheet.hidden).toBe(false);
  });

  it('turns Excel error values into { error } and keeps formulas that produced them', async () => {
    const { gateway } = fakeGateway({ sheets: [projects] });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(cellValue(sheet, 6, 4)).toEqual({ error: '#DIV/0!' });
    expect(cellValue(sheet, 7, 4)).toEqual({ error: '#REF!' });
    expect(cellFormula(sheet, 7, 4)).toBe('=SUM(C4:C5)');
  });

  it.each([...EXCEL_ERRORS])('reads %s as an error', async (error) => {
    const { gateway } = fakeGateway({ sheets: [{ name: 'S', values: [[{ error }]] }] });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(cellValue(sheet, 1, 1)).toEqual({ error });
  });

  it('reads text that looks like a formula as text, not as a formula', async () => {
    const { gateway } = fakeGateway({ sheets: [{ name: 'S', values: [['=not a formula', '#note']], numberFormats: [['@', '@']] }] });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(cellValue(sheet, 1, 1)).toBe('=not a formula');
    expect(cellFormula(sheet, 1, 1)).toBeNull();
    expect(cellValue(sheet, 1, 2)).toBe('#note');
  });

  it('reads merged areas (ExcelApi 1.13)', async () => {
    const { gateway } = fakeGateway({ sheets: [projects] });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
  });

  it('reads merged areas of a sheet whose name needs quoting', async () => {
    const { gateway } = fakeGateway({ sheets: [{ ...projects, name: "Bob's sheet, 2023" }] });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(sheet.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
  });

  it('reads an empty sheet as empty', async () => {
    const { gateway } = fakeGateway({ sheets: [{ name: 'Blank', values: [] }] });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(sheet.values).toEqual([]);
  });

  it.each([
    ['1900', false, 45366],
    ['1904 (Excel for Mac)', true, 43904],
  ])('reads a date in a workbook of the %s date system as its date, in the same three syncs', async (_system, date1904, serial) => {
    const { fake, gateway } = fakeGateway({
      date1904,
      sheets: [{ name: '基本情况', values: [['填报日期', serial]], numberFormats: [['General', 'yyyy-mm-dd']] }],
    });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(cellValue(sheet, 1, 2)).toBe('2024-03-15');
    expect(fake.syncs).toHaveLength(3);
  });

  it('reads everything in three syncs: sheets, used ranges, cells', async () => {
    const { fake, gateway } = fakeGateway({ sheets: [projects, { name: 'B', values: [['x']] }, { name: 'C', values: [] }] });
    await gateway.readSnapshot();
    expect(fake.syncs).toHaveLength(3);
    expect(fake.syncs.every((s) => s.error === null)).toBe(true);
  });

  it('reports progress from none to all sheets read', async () => {
    const { gateway } = fakeGateway({ sheets: [projects, { name: 'B', values: [['x']] }, { name: 'Blank', values: [] }] });
    const progress: ReadProgress[] = [];
    await gateway.readSnapshot((p) => progress.push(p));
    expect(progress[0]).toEqual({ sheetsRead: 1, sheetsTotal: 3 });
    expect(progress[progress.length - 1]).toEqual({ sheetsRead: 3, sheetsTotal: 3 });
  });

  it('works on a host with only the manifest’s ExcelApi 1.6 (no merges, no newer calls)', async () => {
    const { fake, gateway } = fakeGateway({ sheets: [projects] }, { apiVersion: '1.6' });
    const workbook = await gateway.readSnapshot();
    expect(workbook.sheets[0].merges).toEqual([]);
    expect(cellValue(workbook.sheets[0], 5, 4)).toBe(104.68);
    expect(fake.syncs.every((s) => s.error === null)).toBe(true);
  });

  it('reads a merged area as its top-left cell only, as the CLI does, even where a value was left under it', async () => {
    const { gateway } = fakeGateway({
      sheets: [
        {
          name: '项目支出',
          values: [
            ['项目支出情况表', '项目名称', '=1+1'],
            ['单位：万元', null, null],
          ],
          formulas: [[null, null, '=1+1']],
          merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
        },
      ],
    });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect([cellValue(sheet, 1, 1), cellValue(sheet, 1, 2), cellValue(sheet, 1, 3), cellFormula(sheet, 1, 3)]).toEqual(['项目支出情况表', null, null, null]);
    expect(cellValue(sheet, 2, 1)).toBe('单位：万元');
  });

  it('reads a date Excel sends as its serial as ISO date text, as the CLI does', async () => {
    const { gateway } = fakeGateway({ sheets: [{ name: '项目支出', values: [['实际支出', 45291]], numberFormats: [[null, 'yyyy/m/d']] }] });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(cellValue(sheet, 1, 2)).toBe('2023-12-31');
  });
});

describe('readSnapshot on a used range stretched to XFD1048576', () => {
  it('refuses at once, naming the sheet and the range, instead of planning 17 G cells of reads', async () => {
    const values: (string | number)[][] = [];
    values[0] = ['项目名称'];
    const last: number[] = [];
    last[16_383] = 1;
    values[1_048_575] = last;
    const { gateway, fake } = fakeGateway({ sheets: [{ name: '远处', values }] });
    await expect(gateway.readSnapshot()).rejects.toMatchObject({ code: 'too-large', sheet: '远处', message: expect.stringContaining('A1:XFD1048576') });
    expect(fake.totals().cellsRead).toBe(0);
  });
});
