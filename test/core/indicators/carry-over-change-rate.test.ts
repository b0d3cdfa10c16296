import { indicatorFrom } from './support';

describe('carry-over-change-rate (结转结余变动率)', () => {
  it('(303.36 − 250) ÷ 250 = 21.34%', () => {
    expect(indicatorFrom('carry-over-change-rate', { 结余结转: '303.36', 上年结余结转: '250' })).toMatchObject({ value: 0.2134, display: '21.34%' });
  });

  it('without last year’s figure: 需上年数, never guessed', () => {
    expect(indicatorFrom('carry-over-change-rate', { 结余结转: '303.36' })).toMatchObject({
      status: 'needs-last-year',
      value: null,
      display: '需上年数',
      displayEn: 'needs last year’s figure',
    });
  });

  it('without this year’s figure either: not available', () => {
    expect(indicatorFrom('carry-over-change-rate', {})).toMatchObject({ status: 'not-available' });
  });
});
