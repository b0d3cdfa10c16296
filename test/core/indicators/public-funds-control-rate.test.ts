import { indicatorFrom } from './support';

describe('public-funds-control-rate (公用经费控制率)', () => {
  it('22.5 ÷ 10 = 225.00% (the over-budget case of issue [3])', () => {
    expect(indicatorFrom('public-funds-control-rate', { 公用经费本年决算数: '22.5', 公用经费本年预算数: '10' })).toMatchObject({
      value: 2.25,
      display: '225.00%',
    });
  });

  it('8.88 ÷ 9.6 = 92.50%', () => {
    expect(indicatorFrom('public-funds-control-rate', { 公用经费本年决算数: '8.88', 公用经费本年预算数: '9.6' })).toMatchObject({
      value: 0.925,
      display: '92.50%',
    });
  });
});
