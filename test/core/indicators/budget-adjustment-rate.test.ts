import { indicatorFrom } from './support';

describe('budget-adjustment-rate (预算调整率 / Hunan 预算控制率)', () => {
  it('522.68 ÷ 1865.39 = 28.02%', () => {
    const result = indicatorFrom('budget-adjustment-rate', { 调整追加: '522.68', 年初预算: '1865.39' });
    expect(result).toMatchObject({ value: 0.2802, display: '28.02%', name: '预算调整率' });
    expect(result.ratio).toEqual({ n: 52268n, d: 186539n });
  });

  it('a cut is a negative adjustment: −50 ÷ 1000 = −5.00%', () => {
    expect(indicatorFrom('budget-adjustment-rate', { 调整追加: '-50', 年初预算: '1000' })).toMatchObject({ value: -0.05, display: '-5.00%' });
  });

  it('under a profile that names it 预算控制率 and scores it by bands', () => {
    const result = indicatorFrom(
      'budget-adjustment-rate',
      { 调整追加: '522.68', 年初预算: '1865.39' },
      {
        variant: 'hunan',
        name: { zh: '预算控制率', en: 'Budget control rate' },
        points: 5,
        scoring: {
          type: 'bands',
          bands: [
            { to: 0.2, points: 3 },
            { from: 0.2, to: 0.3, points: 2 },
            { from: 0.3, points: 0 },
          ],
        },
      },
    );
    expect(result).toMatchObject({ name: '预算控制率', score: 2, points: 5, band: '(20%, 30%]' });
  });

  it('no 年初预算 is not available; a zero 年初预算 not computable', () => {
    expect(indicatorFrom('budget-adjustment-rate', { 调整追加: '10' })).toMatchObject({ status: 'not-available', missing: ['年初预算'] });
    expect(indicatorFrom('budget-adjustment-rate', { 调整追加: '10', 年初预算: '0' })).toMatchObject({ status: 'not-computable' });
  });
});
