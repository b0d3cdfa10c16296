/**
 * A profile's scoring of one indicator, exactly: bands (`(20%, 30%] → 2`) or steps (`−2 per 5%
 * below 100%`). Edges are compared as exact fractions, so 30% is 30% and never 29.999…%.
 */
import { compare, divide, exact, multiply, parseDecimal, roundExact, subtract, ZERO, type Exact } from '../rulebook/exact';
import type { ScoreBand, Scoring } from './types';

export interface ScoreOutcome {
  /** Points obtained, exact. */
  readonly score: Exact;
  /** The band or step that applied: `(20%, 30%]`, or how far past the target, `100% − 12.7pp`. */
  readonly band: string;
}

/** A profile's number (0.3, 5, -0.5) as an exact fraction: its decimal text, never its float. */
export function exactOf(value: number): Exact {
  const negative = value < 0;
  const parsed = parseDecimal(String(Math.abs(value)));
  if (parsed === null) throw new RangeError(`not a finite number: ${value}`);
  return negative ? { n: -parsed.n, d: parsed.d } : parsed;
}

export function scoreIndicator(scoring: Scoring, ratio: Exact, points: number): ScoreOutcome | null {
  return scoring.type === 'bands' ? scoreByBands(scoring.bands, ratio) : scoreBySteps(scoring, ratio, points);
}

export function inBand(band: ScoreBand, ratio: Exact): boolean {
  if (band.from !== undefined) {
    const side = compare(ratio, exactOf(band.from));
    if (side < 0 || (side === 0 && !band.fromInclusive)) return false;
  }
  if (band.to !== undefined) {
    const side = compare(ratio, exactOf(band.to));
    if (side > 0 || (side === 0 && band.toInclusive === false)) return false;
  }
  return true;
}

function scoreByBands(bands: readonly ScoreBand[], ratio: Exact): ScoreOutcome | null {
  const band = bands.find((candidate) => inBand(candidate, ratio));
  return band ? { score: exactOf(band.points), band: bandText(band) } : null;
}

/** `(20%, 30%]`, `≤ 0%`, `> 30%`, `= 0%`. */
export function bandText(band: ScoreBand): string {
  const percent = (value: number) => `${percentText(exactOf(value))}%`;
  const { from, to } = band;
  if (from !== undefined && to !== undefined) {
    if (from === to) return `= ${percent(from)}`;
    return `${band.fromInclusive ? '[' : '('}${percent(from)}, ${percent(to)}${band.toInclusive === false ? ')' : ']'}`;
  }
  if (from !== undefined) return `${band.fromInclusive ? '≥' : '>'} ${percent(from)}`;
  if (to !== undefined) return `${band.toInclusive === false ? '<' : '≤'} ${percent(to)}`;
  return '—';
}

function scoreBySteps(scoring: Extract<Scoring, { type: 'steps' }>, ratio: Exact, points: number): ScoreOutcome {
  const target = exactOf(scoring.target);
  const shortfall = scoring.worse === 'above' ? subtract(ratio, target) : subtract(target, ratio);
  if (compare(shortfall, ZERO) <= 0) return { score: exactOf(points), band: `${scoring.worse === 'above' ? '≤' : '≥'} ${percentText(target)}%` };
  let steps = divide(shortfall, exactOf(scoring.step)) ?? ZERO;
  if (scoring.rounding === 'up') steps = exact(ceiling(steps));
  if (scoring.rounding === 'down') steps = exact(steps.n / steps.d);
  const score = subtract(exactOf(points), multiply(steps, exactOf(scoring.deduct)));
  return {
    score: compare(score, ZERO) < 0 ? ZERO : score,
    band: `${percentText(target)}% ${scoring.worse === 'above' ? '+' : '−'} ${percentText(shortfall)}pp`,
  };
}

function ceiling(value: Exact): bigint {
  const whole = value.n / value.d;
  return value.n % value.d === 0n ? whole : whole + 1n;
}

/** A ratio as a percentage with at most two decimals, trailing zeros dropped: 0.3 → `30`, 0.127 → `12.7`. */
export function percentText(ratio: Exact): string {
  const hundredths = roundExact(multiply(ratio, exact(10_000n)));
  return hundredthsText(hundredths, false);
}

/** A ratio as a percentage with exactly two decimals: 0.28020… → `28.02`. */
export function percentFixed(ratio: Exact): string {
  return hundredthsText(roundExact(multiply(ratio, exact(10_000n))), true);
}

function hundredthsText(hundredths: bigint, fixed: boolean): string {
  const negative = hundredths < 0n;
  const magnitude = negative ? -hundredths : hundredths;
  const whole = magnitude / 100n;
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  const decimals = fixed ? `.${fraction}` : fraction === '00' ? '' : `.${fraction.replace(/0$/, '')}`;
  return `${negative ? '-' : ''}${whole}${decimals}`;
}

/** Points rounded to two decimals, as forms write them. */
export function pointsNumber(score: Exact): number {
  return Number(roundExact(multiply(score, exact(100n)))) / 100;
}
