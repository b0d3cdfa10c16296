/**
 * The numbers of a form (scores, weights, rates) as exact rationals, so a check such as
 * 指标得分 = 得分系数 × 指标权重 never compares floats: `72.74%` is 7274/100 points, and a 0.7274
 * formatted as a percentage is 7274/100 too. The decimal a cell stores is the one its shortest
 * JavaScript form spells, as Excel writes it.
 */
import { compare, exact, multiply, negate, parseDecimal, roundExact, subtract, absolute, type Exact } from '../../rulebook/exact';
import type { RuleContext, RuleParam } from '../../rules/types';
import type { NumberCell } from '../official-table';

export const HUNDRED = exact(100n);

function decimalOf(value: number): Exact | null {
  if (!Number.isFinite(value)) return null;
  const magnitude = parseDecimal(String(Math.abs(value)));
  return magnitude && value < 0 ? negate(magnitude) : magnitude;
}

/** The number as read (a percentage-formatted cell in points, like `NumberCell.value`), exactly. */
export function exactNumber(cell: NumberCell): Exact | null {
  if (cell.fromText) return decimalOf(cell.value);
  // a stored number: its raw value (cell.text), not the rounded points in `value`
  const raw = decimalOf(Number(cell.text));
  return raw && cell.unit === '%' ? multiply(raw, HUNDRED) : raw;
}

/** A rate in percentage points: `91.67%`, 91.67 under a `(%)` header, or a fraction such as 0.9167. */
export function exactPercent(cell: NumberCell): Exact | null {
  const value = exactNumber(cell);
  if (!value || cell.unit === '%') return value;
  return compare(absolute(value), exact(3n, 2n)) <= 0 ? multiply(value, HUNDRED) : value;
}

/**
 * A kind's tolerance setting (`<kind>.<name>` of table-identities, a decimal such as 0.01) as an exact
 * value; the default when the rulebook does not set it.
 */
export function toleranceParam(context: RuleContext, kind: string, name: string, param: RuleParam): Exact {
  const value = Number(context.options.params?.[`${kind}.${name}`] ?? param.default);
  return (Number.isFinite(value) && value >= 0 ? decimalOf(value) : null) ?? (decimalOf(Number(param.default)) as Exact);
}

/** Whether two exact values differ by more than `tolerance`. */
export function differsBy(a: Exact, b: Exact, tolerance: Exact): boolean {
  return compare(absolute(subtract(a, b)), tolerance) > 0;
}

/** An exact value rounded (halves away from zero) to `places` decimals, without trailing zeros: 14.548 → `14.55`, 62.5 → `62.5`. */
export function decimalText(value: Exact, places = 2): string {
  const scale = 10n ** BigInt(places);
  const scaled = roundExact(multiply(value, exact(scale)));
  const sign = scaled < 0n ? '-' : '';
  const magnitude = scaled < 0n ? -scaled : scaled;
  const fraction = (magnitude % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return `${sign}${magnitude / scale}${fraction ? `.${fraction}` : ''}`;
}
