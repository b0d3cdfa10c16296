/** After issue [2]'s table kinds: the Hunan 基础数据表 feeds the 三公 / 公用经费 / 政府采购 / staff indicators through inputs.ts. */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { hunanBasicData } from '../../support/official-grids';

describe('indicators read from the 基础数据表', () => {
  it('computes the 基础数据表 indicators with their cells, never 无数据 where the table gives the figures', () => {
    const result = checkWorkbook({ name: 'hunan.xlsx', sheets: [sheetFromRows('基础数据表', hunanBasicData())] }, { profile: 'hunan' });
    const byId = new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
    for (const id of ['staff-control-rate', 'three-public-control-rate', 'public-funds-control-rate']) {
      expect([id, byId.get(id)?.status]).toEqual([id, 'computed']);
      expect(byId.get(id)?.cells.every((cell) => cell.startsWith('基础数据表!'))).toBe(true);
    }
    expect(byId.get('staff-control-rate')?.display).toBe('91.67%'); // 11 ÷ 12
  });

  /** The 基础数据表 with a 上年预算数 column before 上年决算数 (三公: 10 | 10.5 | 9 | 8.2). */
  function withLastYearBudget(): (string | number | null)[][] {
    return hunanBasicData().map((row, index) => {
      if (index === 2) return [row[0], row[1], '上年预算数', ...row.slice(2)];
      if (index < 3 || row.length < 3) return row;
      const lastYearBudget = row[0] === '三公经费' ? 10 : row[2];
      return [row[0], row[1], lastYearBudget, ...row.slice(2)];
    });
  }
  const threePublicChange = (rows: (string | number | null)[][], profile = 'hunan') =>
    checkWorkbook({ name: 'hunan.xlsx', sheets: [sheetFromRows('基础数据表', rows)] }, { profile }).indicators.find((indicator) => indicator.id === 'three-public-change-rate');

  it('三公经费变动率, Hunan: on the 基础数据表’s 上年预算数 when it has one, (9 − 10) ÷ 10 = −10.00%, from its cells', () => {
    expect(threePublicChange(withLastYearBudget())).toMatchObject({ variant: 'hunan', display: '-10.00%', value: -0.1, score: 8, cells: ['基础数据表!E4', '基础数据表!C4'] });
  });

  it('三公经费变动率, Hunan: on 上年决算数 when the table has only that, (8.2 − 10.5) ÷ 10.5 = −21.90%; national the same', () => {
    expect(threePublicChange(hunanBasicData())).toMatchObject({ variant: 'national', display: '-21.90%', score: 8, cells: ['基础数据表!E4', '基础数据表!C4'] });
    expect(threePublicChange(hunanBasicData(), 'national')).toMatchObject({ variant: 'national', display: '-21.90%', score: null });
    expect(threePublicChange(withLastYearBudget(), 'national')).toMatchObject({ display: '-21.90%', cells: ['基础数据表!F4', '基础数据表!D4'] });
  });

  it('三公经费变动率: 需上年数 when the 上年决算数 of 三公经费 is blank, in either profile', () => {
    const rows = hunanBasicData();
    rows[3][2] = null;
    expect(threePublicChange(rows)).toMatchObject({ status: 'needs-last-year', display: '需上年数', value: null, score: null, missing: ['三公经费上年预算数'] });
    expect(threePublicChange(rows, 'national')).toMatchObject({ status: 'needs-last-year', missing: ['三公经费上年决算数'] });
  });
});
