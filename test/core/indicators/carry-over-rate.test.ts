import { indicatorFrom } from './support';

describe('carry-over-rate (结转结余率)', () => {
  it('national: 303.36 ÷ 2388.07 = 12.70%', () => {
    expect(indicatorFrom('carry-over-rate', { 结余结转: '303.36', 预算收入合计: '2388.07' })).toMatchObject({ value: 0.127, display: '12.70%' });
  });

  it('local base: 303.36 ÷ 一般公共预算支出 2000 = 15.17%', () => {
    expect(indicatorFrom('carry-over-rate', { 结余结转: '303.36', 一般公共预算支出: '2000' }, { variant: 'local' })).toMatchObject({
      value: 0.1517,
      display: '15.17%',
      variant: 'local',
    });
  });

  it('the local base without a 决算 table is not available (never the national base instead)', () => {
    expect(indicatorFrom('carry-over-rate', { 结余结转: '303.36', 预算收入合计: '2388.07' }, { variant: 'local' })).toMatchObject({
      status: 'not-available',
      missing: ['一般公共预算支出'],
    });
  });
});
