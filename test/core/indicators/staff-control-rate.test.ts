import { indicatorFrom, indicatorsOn } from './support';

const HUNAN = { points: 5, scoring: { type: 'steps', target: 1, worse: 'above', step: 0.01, deduct: 0.5 } } as const;

describe('staff-control-rate (在职人员控制率)', () => {
  it('7 ÷ 8 = 87.50%: full marks under Hunan', () => {
    expect(indicatorFrom('staff-control-rate', { 在职人员: 7, 编制数: 8 }, HUNAN)).toMatchObject({ value: 0.875, display: '87.50%', score: 5 });
  });

  it('25 ÷ 23 = 108.70%: over-establishment, −0.5 × 8.70 = −4.35 → 0.65 of 5', () => {
    expect(indicatorFrom('staff-control-rate', { 在职人员: 25, 编制数: 23 }, HUNAN)).toMatchObject({ value: 1.087, display: '108.70%', score: 0.65 });
  });

  it('reads 编制数 and 在职人员 from the unit info, else from a unit form', () => {
    expect(
      indicatorsOn({
        基本情况: [
          ['单位名称', '某中心'],
          ['编制数', 8],
          ['在职人员', 7],
        ],
      }).get('staff-control-rate'),
    ).toMatchObject({ display: '87.50%', cells: ['基本情况!B3', '基本情况!B2'] });
  });

  it('no 编制数: not available', () => {
    expect(indicatorFrom('staff-control-rate', { 在职人员: 7 })).toMatchObject({ status: 'not-available', missing: ['编制数'] });
  });
});
