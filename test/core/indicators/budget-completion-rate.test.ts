import { indicatorFrom, indicatorsOn, SEED_SUMMARY } from './support';

const SEED = { 基本支出: '120.30', 项目支出: '1964.41', 预算收入合计: '2388.07', 年初预算: '1865.39', 调整追加: '522.68', 结余结转: '303.36' };

describe('budget-completion-rate (预算完成率)', () => {
  it('national: (120.30 + 1964.41) ÷ 2388.07 = 87.30%', () => {
    expect(indicatorFrom('budget-completion-rate', SEED)).toMatchObject({ status: 'computed', value: 0.873, display: '87.30%' });
  });

  it('Hunan: with 上年结转 100, (100 + 1865.39 + 522.68 − 303.36) ÷ (100 + 1865.39 + 522.68) = 2184.71 ÷ 2488.07 = 87.81%', () => {
    const result = indicatorFrom('budget-completion-rate', { ...SEED, 上年结转: '100' }, { variant: 'hunan' });
    expect(result).toMatchObject({ value: 0.8781, display: '87.81%', takenAsZero: [] });
    expect(result.ratio).toEqual({ n: 218471n, d: 248807n });
  });

  it('Hunan: 上年结转 absent from the workbook is taken as 0 and said so', () => {
    expect(indicatorFrom('budget-completion-rate', { ...SEED, 上年结转: null }, { variant: 'hunan' })).toMatchObject({
      display: '87.30%',
      takenAsZero: ['上年结转'],
    });
  });

  it('a zero budget is not computable, not 0% and not a crash', () => {
    expect(indicatorFrom('budget-completion-rate', { 基本支出: '0', 项目支出: '0', 预算收入合计: '0' })).toMatchObject({
      status: 'not-computable',
      value: null,
      display: '无法计算（分母为0）',
    });
  });

  it('on a grid: the summary cells it read, sheet-qualified', () => {
    expect(indicatorsOn({ 收支总表: SEED_SUMMARY }).get('budget-completion-rate')).toMatchObject({
      display: '87.30%',
      cells: ['收支总表!B6', '收支总表!B7', '收支总表!B1'],
    });
  });

  it('without a summary it is not available', () => {
    expect(
      indicatorsOn({
        基本情况: [
          ['编制数', 8],
          ['在职人员', 7],
        ],
      }).get('budget-completion-rate'),
    ).toMatchObject({ status: 'not-available', display: '无数据' });
  });
});
