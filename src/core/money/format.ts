/** Figures as messages write them: amounts in the output unit with at most two decimals. */
import type { Quantity } from '../findings/finding-types';
import { formatFen, type Fen, type MoneyUnit } from './fen';

/** The unit a check writes figures in (its settings' output unit; default 万元). */
export function outputUnit(context: { readonly settings: { readonly outputUnit?: MoneyUnit } }): MoneyUnit {
  return context.settings.outputUnit ?? '万元';
}

/**
 * `120.3`, `90`, `-0.13` — the unit is added by the message template's `{unit}`. A non-zero
 * amount too small for two decimals is written exactly, never as a misleading `0`.
 */
export function money(fen: Fen, unit: MoneyUnit): string {
  const text = formatFen(fen, unit, 2);
  return fen !== 0n && Number(text) === 0 ? formatFen(fen, unit) : text;
}

export function moneyQuantity(fen: Fen): Quantity {
  return { kind: 'money', fen };
}

/** A ratio as a percentage with two decimals, rounded half up: 66.01 / 104.68 → `63.06`. */
export function percentOf(part: Fen, whole: Fen): { readonly text: string; readonly value: number } {
  const hundredths = roundDivide(part * 10_000n, whole);
  const text = formatFen(hundredths, '元'); // 元 keeps exactly two decimals of an integer count of hundredths
  return { text, value: Number(text) };
}

/** a ÷ b rounded half away from zero; b must not be 0. */
export function roundDivide(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const magA = a < 0n ? -a : a;
  const magB = b < 0n ? -b : b;
  const rounded = (magA * 2n + magB) / (magB * 2n);
  return negative ? -rounded : rounded;
}
