import { indicatorFrom } from './support';

describe('three-public-control-rate (“三公经费”控制率)', () => {
  it('4.5 ÷ 5 = 90.00%', () => {
    expect(indicatorFrom('three-public-control-rate', { 三公经费本年决算数: '4.5', 三公经费本年预算数: '5' })).toMatchObject({ value: 0.9, display: '90.00%' });
  });

  it('5.6 ÷ 5 = 112.00%: above budget', () => {
    expect(indicatorFrom('three-public-control-rate', { 三公经费本年决算数: '5.6', 三公经费本年预算数: '5' })).toMatchObject({ value: 1.12 });
  });

  it('without a 基础数据表: not available', () => {
    expect(indicatorFrom('three-public-control-rate', {})).toMatchObject({ status: 'not-available', missing: ['三公经费本年决算数', '三公经费本年预算数'] });
  });
});
