/** How figures are written in the report: 万元 with at most two decimals, percentages likewise. */
import { formatFen, type Fen } from '../money/fen';

/** `120.3`, `90`, `-0.13`: 万元, at most two decimals, no trailing zeros, from exact fen. */
export function formatWan(fen: Fen): string {
  return formatFen(fen, '万元', 2);
}

/** Hundredths of a percent (basis points) of `part / whole`, rounded half up; null when whole is 0. */
export function ratioBasisPoints(part: Fen, whole: Fen): bigint | null {
  if (whole === 0n) return null;
  const negative = part < 0n !== whole < 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  const rounded = (p * 10_000n * 2n + w) / (2n * w);
  return negative ? -rounded : rounded;
}

/** `87.3` for 8730 basis points: a percentage with at most two decimals, no trailing zeros. */
export function formatPercent(basisPoints: bigint): string {
  const negative = basisPoints < 0n;
  const magnitude = negative ? -basisPoints : basisPoints;
  const fraction = (magnitude % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  const text = fraction ? `${magnitude / 100n}.${fraction}` : `${magnitude / 100n}`;
  return negative ? `-${text}` : text;
}

/** A threshold given as a ratio (0.9) in basis points (9000). */
export function ratioToBasisPoints(ratio: number): bigint {
  return BigInt(Math.round(ratio * 10_000));
}
