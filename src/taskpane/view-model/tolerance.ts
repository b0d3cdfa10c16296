import { decimalToFen, FEN_PER_UNIT, fenToNumber, formatFen, type MoneyUnit } from '../../core/money/fen';

export const DEFAULT_TOLERANCE_WAN = 0.005;
/** A tolerance above 1 万元 would hide real mismatches; the pane refuses it. */
const MAX_TOLERANCE_FEN = FEN_PER_UNIT['万元'];

/** Parses what the user typed, in `unit`, into 万元; null when it is not a number from 0 to 1 万元. */
export function parseTolerance(text: string, unit: MoneyUnit): number | null {
  const fen = decimalToFen(text, unit);
  if (fen === null || fen < 0n || fen > MAX_TOLERANCE_FEN) return null;
  return fenToNumber(fen, '万元');
}

/** A tolerance in 万元 shown in `unit`, exactly (`0.005` 万元 → `50` 元). */
export function toleranceIn(toleranceWan: number, unit: MoneyUnit): string {
  const fen = decimalToFen(String(toleranceWan), '万元') ?? 0n;
  return formatFen(fen, unit);
}
