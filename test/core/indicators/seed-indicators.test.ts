/** The done-when figures of issue [3], on the bundled example workbook, through checkWorkbook. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxBuffer } from '../../../src/cli/read-xlsx';
import { checkWorkbook } from '../../../src/core/check-workbook';
import type { IndicatorResult } from '../../../src/core/indicators/types';

const EXAMPLE = join(__dirname, '../../../examples/shifeng-grid-2023.xlsx');

async function indicators(profile?: string): Promise<Map<string, IndicatorResult>> {
  const workbook = await readXlsxBuffer(readFileSync(EXAMPLE), 'shifeng-grid-2023.xlsx');
  const result = checkWorkbook(workbook, profile ? { profile } : {});
  return new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
}

describe('the common indicators of the bundled example', () => {
  it('under the Hunan profile: 预算控制率 28.02% in (20%, 30%] → 2 of 5; 结转结余率 12.70%; 预算完成率 87.30%', async () => {
    const found = await indicators('hunan');
    expect(found.get('budget-adjustment-rate')).toMatchObject({
      name: '预算控制率',
      value: 0.2802,
      display: '28.02%',
      score: 2,
      points: 5,
      band: '(20%, 30%]',
      profile: 'hunan',
      cells: ['收支总表!B6', '收支总表!B5'],
    });
    expect(found.get('carry-over-rate')).toMatchObject({ value: 0.127, display: '12.70%', score: null, points: null, cells: ['收支总表!B11', '收支总表!B4'] });
    // (1865.39 + 522.68 − 303.36) ÷ (1865.39 + 522.68), 上年结转 taken as 0: 12.7 points below 100% → −2 × 2.54 → 0 of 5
    expect(found.get('budget-completion-rate')).toMatchObject({ value: 0.873, display: '87.30%', score: 0, points: 5, takenAsZero: ['上年结转'] });
    expect(found.get('staff-control-rate')).toMatchObject({ value: 0.875, display: '87.50%', score: 5, points: 5 });
  });

  it('under the national profile (the default): the same rates, nothing scored', async () => {
    const found = await indicators();
    expect([...found.values()].every((indicator) => indicator.score === null && indicator.points === null && indicator.profile === 'national')).toBe(true);
    expect(found.get('budget-adjustment-rate')?.display).toBe('28.02%');
    expect(found.get('budget-completion-rate')).toMatchObject({ display: '87.30%', cells: ['收支总表!B9', '收支总表!B10', '收支总表!B4'], takenAsZero: [] });
  });

  it('says what the workbook lacks instead of guessing: no 基础数据表, no last year', async () => {
    const found = await indicators('hunan');
    expect(found.get('three-public-control-rate')).toMatchObject({ status: 'not-available', value: null, display: '无数据', cells: [], score: null });
    expect(found.get('public-funds-control-rate')?.missing).toEqual(['公用经费本年决算数', '公用经费本年预算数']);
    expect(found.get('carry-over-change-rate')).toMatchObject({ status: 'needs-last-year', display: '需上年数', missing: ['上年结余结转'] });
  });
});
