/**
 * Exact money: every amount is an integer number of fen (分, 0.01 元) held in a bigint, so sums of
 * 100k rows never drift. 1 元 = 100 fen; 1 万元 = 1,000,000 fen.
 */
export type Fen = bigint;

export type MoneyUnit = '元' | '万元';

export const FEN_PER_UNIT: Record<MoneyUnit, bigint> = { 元: 100n, 万元: 1_000_000n };

/**
 * Parses a plain decimal string (`-12.345`, `1e-7`) into fen, for an amount written in `unit`.
 * Digits below a fen are rounded half away from zero. Returns null for anything else.
 */
export function decimalToFen(text: string, unit: MoneyUnit): Fen | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const negative = match[1] === '-';
  const digits = (match[2] || '0') + (match[3] ?? '');
  // scale = decimal places still to divide by after multiplying by fen per unit
  const unitPlaces = unit === '元' ? 2 : 6;
  const exponent = Number(match[4] ?? 0);
  const places = (match[3] ?? '').length - exponent - unitPlaces;
  let magnitude: bigint;
  if (places <= 0) {
    magnitude = BigInt(digits) * 10n ** BigInt(-places);
  } else {
    const divisor = 10n ** BigInt(places);
    const whole = BigInt(digits);
    magnitude = whole / divisor;
    if ((whole % divisor) * 2n >= divisor) magnitude += 1n;
  }
  return negative ? -magnitude : magnitude;
}

/** Converts a JavaScript number (as Excel stores it) to exact fen via its shortest decimal form. */
export function numberToFen(value: number, unit: MoneyUnit): Fen | null {
  if (!Number.isFinite(value)) return null;
  return decimalToFen(String(value), unit);
}

/** The amount as a decimal string in `unit`, without trailing zeros (`120.3`, `90`, `-0.13`). */
export function formatFen(fen: Fen, unit: MoneyUnit, maxDecimals = unit === '元' ? 2 : 6): string {
  const perUnit = FEN_PER_UNIT[unit];
  const negative = fen < 0n;
  let magnitude = negative ? -fen : fen;
  const unitPlaces = unit === '元' ? 2 : 6;
  if (maxDecimals < unitPlaces) {
    const step = 10n ** BigInt(unitPlaces - maxDecimals);
    magnitude = ((magnitude + step / 2n) / step) * step;
  }
  const whole = magnitude / perUnit;
  const fraction = (magnitude % perUnit).toString().padStart(unitPlaces, '0').replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : `${whole}`;
  return negative && magnitude !== 0n ? `-${text}` : text;
}

/** The amount as a JavaScript number in `unit`, for JSON output (exact to the fen as a decimal). */
export function fenToNumber(fen: Fen, unit: MoneyUnit): number {
  return Number(formatFen(fen, unit));
}

export function absFen(fen: Fen): Fen {
  return fen < 0n ? -fen : fen;
}

export function sumFen(amounts: Iterable<Fen>): Fen {
  const sum = new FenSum();
  for (const a of amounts) sum.add(a);
  return sum.total;
}

const SAFE_PART = 2n ** 52n;
// at most 2^52 between additions, so at most 2^53 just after one, and the difference of two sums'
// number parts at most 2^53 too: every integer that far is a double, so all of it is exact
const FLUSH_AT = 2 ** 52;

/**
 * An exact sum of many fen without a new bigint per addition (a 100k-row column is summed on every
 * check, and formulas are checked on every row): amounts up to 2^52 are added as doubles, exact
 * while the running sum stays below 2^53, and moved into a bigint before it could pass that.
 */
export class FenSum {
  private small = 0;
  private big = 0n;

  /** Adds fen as a bigint, or as a number (a whole amount of at most 2^52 in size, as amount columns keep them). */
  add(fen: Fen | number): void {
    if (typeof fen === 'bigint') {
      if (fen > SAFE_PART || fen < -SAFE_PART) {
        this.big += fen;
        return;
      }
      fen = Number(fen);
    }
    this.small += fen;
    if (this.small > FLUSH_AT || this.small < -FLUSH_AT) {
      this.big += BigInt(this.small);
      this.small = 0;
    }
  }

  get total(): Fen {
    return this.big + BigInt(this.small);
  }

  /** How far this sum lies above `other`, exactly: a number while both sums fit in one, else a bigint. */
  minus(other: FenSum): Fen | number {
    return this.big === 0n && other.big === 0n ? this.small - other.small : this.total - other.total;
  }
}
