/** Profile scoring: every band edge of the Hunan profile on both sides, exactly; steps and their rounding. */
import { indicatorFrom } from './support';
import { availableProfiles } from '../../../src/core/indicators/profiles';
import { scoreIndicator, pointsNumber } from '../../../src/core/indicators/scoring';
import type { Scoring } from '../../../src/core/indicators/types';
import { exact, type Exact } from '../../../src/core/rulebook/exact';

const hunan = availableProfiles().find((profile) => profile.id === 'hunan')!;
const entry = (id: string) => hunan.indicators.find((candidate) => candidate.indicator === id)!;
/** A billionth: the smallest step a test needs to be on the other side of an edge. */
const EPSILON = exact(1n, 1_000_000_000n);
const plus = (a: Exact, b: Exact): Exact => exact(a.n * b.d + b.n * a.d, a.d * b.d);
const minus = (a: Exact, b: Exact): Exact => exact(a.n * b.d - b.n * a.d, a.d * b.d);
const score = (id: string, ratio: Exact) => {
  const { scoring, points } = entry(id);
  const outcome = scoreIndicator(scoring as Scoring, ratio, points!);
  return outcome && pointsNumber(outcome.score);
};

describe('the Hunan 预算控制率 bands: 0 → 5; (0, 10%] → 4; (10%, 20%] → 3; (20%, 30%] → 2; > 30% → 0', () => {
  it.each([
    ['0', exact(0n), 5],
    ['just above 0', EPSILON, 4],
    ['10%', exact(1n, 10n), 4],
    ['just above 10%', plus(exact(1n, 10n), EPSILON), 3],
    ['20%', exact(1n, 5n), 3],
    ['just above 20%', plus(exact(1n, 5n), EPSILON), 2],
    ['30%', exact(3n, 10n), 2],
    ['just above 30%', plus(exact(3n, 10n), EPSILON), 0],
    ['a cut (−5%)', exact(-1n, 20n), 5],
  ])('%s', (_name, ratio, points) => {
    expect(score('budget-adjustment-rate', ratio)).toBe(points);
  });

  it('a band whose edge is exclusive on the top: [from, to)', () => {
    const scoring: Scoring = {
      type: 'bands',
      bands: [
        { from: 0.8, fromInclusive: true, to: 1, toInclusive: false, points: 1 },
        { from: 1, fromInclusive: true, points: 2 },
      ],
    };
    expect(pointsNumber(scoreIndicator(scoring, exact(4n, 5n), 2)!.score)).toBe(1);
    expect(scoreIndicator(scoring, minus(exact(4n, 5n), EPSILON), 2)).toBeNull();
    expect(pointsNumber(scoreIndicator(scoring, minus(exact(1n), EPSILON), 2)!.score)).toBe(1);
    expect(pointsNumber(scoreIndicator(scoring, exact(1n), 2)!.score)).toBe(2);
  });
});

describe('the Hunan steps', () => {
  it('预算完成率: 100% full; −2 per 5% below, in proportion, never below 0', () => {
    expect(score('budget-completion-rate', exact(1n))).toBe(5);
    expect(score('budget-completion-rate', minus(exact(1n), EPSILON))).toBe(5); // 2e-9 off, rounded to two places
    expect(score('budget-completion-rate', exact(95n, 100n))).toBe(3);
    expect(score('budget-completion-rate', exact(9n, 10n))).toBe(1);
    expect(score('budget-completion-rate', exact(85n, 100n))).toBe(0);
    expect(score('budget-completion-rate', exact(11n, 10n))).toBe(5);
  });

  it('在职人员控制率: ≤ 100% full on both sides of the edge; −0.5 per point above', () => {
    expect(score('staff-control-rate', exact(1n))).toBe(5);
    expect(score('staff-control-rate', exact(101n, 100n))).toBe(4.5);
    expect(score('staff-control-rate', exact(99n, 100n))).toBe(5);
  });

  it('“三公经费”变动率: ≤ 0 full; −0.8 per point above 0', () => {
    expect(score('three-public-change-rate', exact(0n))).toBe(8);
    expect(score('three-public-change-rate', exact(1n, 100n))).toBe(7.2);
    expect(score('three-public-change-rate', exact(-1n, 100n))).toBe(8);
  });

  it('a started step counted whole (up) or not at all (down), when a profile says so', () => {
    const steps = (rounding: 'up' | 'down'): Scoring => ({ type: 'steps', target: 1, worse: 'below', step: 0.05, deduct: 2, rounding });
    const ratio = exact(97n, 100n); // 0.6 of a step below
    expect(pointsNumber(scoreIndicator(steps('up'), ratio, 5)!.score)).toBe(3);
    expect(pointsNumber(scoreIndicator(steps('down'), ratio, 5)!.score)).toBe(5);
  });
});

describe('scored through a profile entry', () => {
  it('the seed’s 28.02% is in (20%, 30%] → 2 of 5; 30.01% falls to 0', () => {
    expect(indicatorFrom('budget-adjustment-rate', { 调整追加: '522.68', 年初预算: '1865.39' }, entry('budget-adjustment-rate'))).toMatchObject({
      score: 2,
      band: '(20%, 30%]',
    });
    expect(indicatorFrom('budget-adjustment-rate', { 调整追加: '300.01', 年初预算: '1000' }, entry('budget-adjustment-rate'))).toMatchObject({
      score: 0,
      band: '> 30%',
    });
    expect(indicatorFrom('budget-adjustment-rate', { 调整追加: '300', 年初预算: '1000' }, entry('budget-adjustment-rate'))).toMatchObject({ score: 2 });
  });
});
