import { indicatorFrom } from './support';

describe('procurement-execution-rate (政府采购执行率)', () => {
  it('72.74 ÷ 100 = 72.74% (the rate of issue [3] given full marks)', () => {
    expect(indicatorFrom('procurement-execution-rate', { 政府采购实际金额: '72.74', 政府采购预算数: '100' })).toMatchObject({
      value: 0.7274,
      display: '72.74%',
    });
  });

  it('no procurement budget (0): not computable', () => {
    expect(indicatorFrom('procurement-execution-rate', { 政府采购实际金额: '0', 政府采购预算数: '0' })).toMatchObject({ status: 'not-computable' });
  });
});
