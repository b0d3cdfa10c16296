/**
 * Exact rational numbers over bigint, so formulas with ÷ or × stay exact: money never passes
 * through a float. Denominators are kept positive and fractions reduced.
 */
export interface Exact {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function exact(n: bigint, d = 1n): Exact {
  // whole numbers (every sum of fen) are already reduced: no gcd for the 100k rows of a table
  if (d === 1n) return { n, d };
  if (d === 0n) throw new RangeError('zero denominator');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

export const ZERO = exact(0n);

export const add = (a: Exact, b: Exact): Exact => (a.d === 1n && b.d === 1n ? { n: a.n + b.n, d: 1n } : exact(a.n * b.d + b.n * a.d, a.d * b.d));
export const subtract = (a: Exact, b: Exact): Exact => (a.d === 1n && b.d === 1n ? { n: a.n - b.n, d: 1n } : exact(a.n * b.d - b.n * a.d, a.d * b.d));
export const multiply = (a: Exact, b: Exact): Exact => exact(a.n * b.n, a.d * b.d);
/** Null when dividing by zero: the caller says "not computable". */
export const divide = (a: Exact, b: Exact): Exact | null => (b.n === 0n ? null : exact(a.n * b.d, a.d * b.n));
export const negate = (a: Exact): Exact => ({ n: -a.n, d: a.d });
export const absolute = (a: Exact): Exact => (a.n < 0n ? negate(a) : a);

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Exact, b: Exact): number {
  const diff = a.d === b.d ? a.n - b.n : a.n * b.d - b.n * a.d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** Rounds to the nearest integer, halves away from zero (as money is rounded). */
export function roundExact(a: Exact): bigint {
  const magnitude = a.n < 0n ? -a.n : a.n;
  const whole = magnitude / a.d;
  const rounded = (magnitude % a.d) * 2n >= a.d ? whole + 1n : whole;
  return a.n < 0n ? -rounded : rounded;
}

/** A decimal literal (`1.5`, `2e3`) as an exact number. */
export function parseDecimal(text: string): Exact | null {
  const match = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return null;
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const digits = BigInt((match[1] || '0') + fraction);
  return exponent >= 0 ? exact(digits * 10n ** BigInt(exponent)) : exact(digits, 10n ** BigInt(-exponent));
}
