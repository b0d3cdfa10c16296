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
});
