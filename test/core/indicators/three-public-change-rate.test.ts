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

  it('Hunan with both bases given: the budgets, (9 − 10) ÷ 10 = −10.00% → 8 of 8 (not the 决算 −21.90%)', () => {
    expect(
      indicatorFrom('three-public-change-rate', { 三公经费本年预算数: '9', 三公经费上年预算数: '10', 三公经费本年决算数: '8.2', 三公经费上年决算数: '10.5' }, HUNAN),
    ).toMatchObject({ status: 'computed', variant: 'hunan', value: -0.1, display: '-10.00%', score: 8, points: 8 });
  });

  it('Hunan without last year’s budget but with last year’s 决算: 决算 on 决算, (11.34 − 10.5) ÷ 10.5 = 8.00% → 8 − 0.8 × 8 = 1.6 of 8, named as such', () => {
    const result = indicatorFrom('three-public-change-rate', { 三公经费本年预算数: '9', 三公经费本年决算数: '11.34', 三公经费上年决算数: '10.5' }, HUNAN);
    expect(result).toMatchObject({ status: 'computed', variant: 'national', value: 0.08, display: '8.00%', score: 1.6, points: 8, cells: ['表!A2', '表!A3'] });
    expect(result.formula).toBe('三公经费变动率 = (三公经费本年决算数 - 三公经费上年决算数) ÷ 三公经费上年决算数');
  });

  it('Hunan with neither of last year’s figures: 需上年数, never a guess', () => {
    expect(indicatorFrom('three-public-change-rate', { 三公经费本年预算数: '9', 三公经费本年决算数: '8.2' }, HUNAN)).toMatchObject({
      status: 'needs-last-year',
      variant: 'hunan',
      value: null,
      display: '需上年数',
      score: null,
      points: 8,
      missing: ['三公经费上年预算数'],
    });
  });
});
