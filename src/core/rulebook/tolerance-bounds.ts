/** The tolerance a rulebook, a workbook's settings or the command line may set, in 万元 (no imports: the CLI's argument parser loads it). */
export const MAX_TOLERANCE_WAN = 1;

/** A tolerance in 万元: a finite number from 0 to MAX_TOLERANCE_WAN. */
export function isTolerance(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TOLERANCE_WAN;
}
