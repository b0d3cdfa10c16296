/**
 * Property: an indicator is a ratio, so the unit the amounts are written in does not change it.
 * Every amount × 10,000 (元 ↔ 万元, the unit note switched) gives the same figures read from the
 * same cells; every amount × 10,000 in the same unit gives the same ratios, exactly.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check-workbook';
import { workbookOf } from '../support/rule-tester';

const LABELS = ['预算收入合计', '年初预算', '调整追加', '其他资金', '支出合计', '基本支出', '项目支出', '结余结转'] as const;

/** Amounts in hundredths of a 万元 (fen × 100), some zero, up to 10 亿. */
const amounts = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000_000_000 })), { minLength: LABELS.length, maxLength: LABELS.length });
const staff = fc.record({ posts: fc.integer({ min: 0, max: 500 }), inPost: fc.integer({ min: 0, max: 600 }) });

function sheets(values: readonly number[], unit: '万元' | '元', scale: number, counts: { posts: number; inPost: number }) {
  return {
    基本情况: [
      ['单位名称', '某中心'],
      ['编制数', counts.posts],
      ['在职人员', counts.inPost],
    ],
    收支总表: [[`单位：${unit}`], ...LABELS.map((label, i) => [label, (values[i] * scale) / 100])],
  };
}

const figures = (unit: '万元' | '元', scale: number, values: readonly number[], counts: { posts: number; inPost: number }, profile: string) =>
  checkWorkbook(workbookOf(sheets(values, unit, scale, counts)), { profile }).indicators.map(({ id, status, value, display, score, cells, ratio }) => ({
    id,
    status,
    value,
    display,
    score,
    cells,
    ratio,
  }));

describe('indicators under 元 ↔ 万元', () => {
  it.each(['national', 'hunan'])('every amount × 10,000 with the unit note switched to 元: the same indicators, from the same cells (%s)', (profile) => {
    fc.assert(
      fc.property(amounts, staff, (values, counts) => {
        expect(figures('元', 10_000, values, counts, profile)).toEqual(figures('万元', 1, values, counts, profile));
      }),
      { seed: 20261203, numRuns: 60 },
    );
  });

  it('every amount × 10,000 in the same unit: every ratio unchanged, exactly', () => {
    fc.assert(
      fc.property(amounts, staff, (values, counts) => {
        const ratios = (scale: number) => figures('元', scale, values, counts, 'hunan').map(({ id, status, ratio, score }) => ({ id, status, ratio, score }));
        expect(ratios(10_000)).toEqual(ratios(1));
      }),
      { seed: 20261204, numRuns: 60 },
    );
  });

  it('the seed figures computed (not vacuously equal): 28.02% in both units', () => {
    const seed = [238807, 186539, 52268, 0, 238807, 12030, 196441, 30336];
    const adjustment = (unit: '万元' | '元', scale: number) =>
      figures(unit, scale, seed, { posts: 8, inPost: 7 }, 'hunan').find((f) => f.id === 'budget-adjustment-rate');
    expect(adjustment('万元', 1)).toMatchObject({ display: '28.02%', score: 2 });
    expect(adjustment('元', 10_000)).toMatchObject({ display: '28.02%', score: 2 });
  });
});
