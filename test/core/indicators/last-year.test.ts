/** Last year's figures: read from a 上年数 column beside the summary when there is one, else 需上年数. */
import { indicatorsOn, SEED_SUMMARY } from './support';

const LAST_YEAR = [2000, 1800, 200, 0, 2000, 110, 1640, 250];
/** The seed's summary with a header row and a 上年数 (or other previous-year) column. */
const withLastYear = (header: string) => [['项目', '本年数', header], ...SEED_SUMMARY.map(([label, value], i) => [label, value, LAST_YEAR[i]])];

describe('indicators that need last year’s figures', () => {
  it('a 上年数 column gives 结转结余变动率: (303.36 − 250) ÷ 250 = 21.34%, read from its cell', () => {
    expect(indicatorsOn({ 收支总表: withLastYear('上年数') }).get('carry-over-change-rate')).toMatchObject({
      status: 'computed',
      display: '21.34%',
      cells: ['收支总表!B9', '收支总表!C9'],
    });
  });

  it('上年决算数 is a previous-year column too; Hunan 预算完成率 adds last year’s carry-over: 2334.71 ÷ 2638.07 = 88.50%', () => {
    const found = indicatorsOn({ 收支总表: withLastYear('上年决算数') }, 'hunan');
    expect(found.get('budget-completion-rate')).toMatchObject({ display: '88.50%', takenAsZero: [] });
    expect(found.get('budget-completion-rate')?.cells).toContain('收支总表!C9');
  });

  it('any other column is not last year’s: 需上年数, never guessed', () => {
    expect(indicatorsOn({ 收支总表: withLastYear('备注') }).get('carry-over-change-rate')).toMatchObject({ status: 'needs-last-year', display: '需上年数' });
    expect(indicatorsOn({ 收支总表: SEED_SUMMARY }).get('carry-over-change-rate')).toMatchObject({ status: 'needs-last-year' });
  });

  it('an empty 上年数 cell is no figure: 需上年数', () => {
    const rows = withLastYear('上年数').map((row) => (row[0] === '结余结转' ? [row[0], row[1], null] : row));
    expect(indicatorsOn({ 收支总表: rows }).get('carry-over-change-rate')).toMatchObject({ status: 'needs-last-year' });
  });
});
