import { indicatorFrom } from './support';

const HUNAN = { variant: 'hunan', points: 8, scoring: { type: 'steps', target: 0, worse: 'above', step: 0.01, deduct: 0.8 } } as const;

describe('three-public-change-rate (“三公经费”变动率)', () => {
  it('national: (4.5 − 5) ÷ 5 = −10.00%', () => {
    expect(indicatorFrom('three-public-change-rate', { 三公经费本年决算数: '4.5', 三公经费上年决算数: '5' })).toMatchObject({
      value: -0.1,
      display: '-10.00%',
    });
  });

  it('Hunan, on budgets: (5.2 − 5) ÷ 5 = 4.00% → 8 − 0.8 × 4 = 4.8 of 8', () => {
    expect(indicatorFrom('three-public-change-rate', { 三公经费本年预算数: '5.2', 三公经费上年预算数: '5' }, HUNAN)).toMatchObject({
      value: 0.04,
      score: 4.8,
      points: 8,
    });
  });

  it('Hunan, a fall: full marks', () => {
    expect(indicatorFrom('three-public-change-rate', { 三公经费本年预算数: '4', 三公经费上年预算数: '5' }, HUNAN)).toMatchObject({ value: -0.2, score: 8 });
  });

  it('this year’s figure without last year’s: 需上年数', () => {
    expect(indicatorFrom('three-public-change-rate', { 三公经费本年决算数: '4.5' })).toMatchObject({
      status: 'needs-last-year',
      missing: ['三公经费上年决算数'],
    });
  });
});
