/** FenSum adds as doubles where it can: its total must equal the plain bigint sum, whatever the amounts. */
import fc from 'fast-check';
import { FenSum, sumFen } from '../../src/core/money/fen';

const bigintSum = (amounts: readonly bigint[]): bigint => amounts.reduce((total, fen) => total + fen, 0n);

// around the edges where the double path stops being exact: 2^52 per amount, 2^53 for the running sum
const edge = fc.constantFrom(2n ** 52n, 2n ** 52n + 1n, -(2n ** 52n), 2n ** 53n - 1n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 2n ** 63n, 0n, 1n, -1n);
const amount = fc.oneof(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), edge);

describe('FenSum', () => {
  it('equals the bigint sum for any amounts, small, huge and at the double limits', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 200 }), (amounts) => {
        expect(sumFen(amounts)).toBe(bigintSum(amounts));
      }),
      { numRuns: 500 },
    );
  });

  it('stays exact when many amounts just under 2^52 push the running sum past 2^53', () => {
    const sum = new FenSum();
    const amounts = Array.from({ length: 1000 }, (_, i) => 2n ** 52n - BigInt(i));
    for (const fen of amounts) sum.add(fen);
    expect(sum.total).toBe(bigintSum(amounts));
  });

  it('gives the exact difference of two sums, amounts added as bigints or as numbers', () => {
    const summed = (amounts: readonly bigint[], asNumbers: boolean): FenSum => {
      const sum = new FenSum();
      for (const fen of amounts) sum.add(asNumbers && fen <= 2n ** 52n && fen >= -(2n ** 52n) ? Number(fen) : fen);
      return sum;
    };
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), fc.array(amount, { maxLength: 50 }), fc.boolean(), (a, b, asNumbers) => {
        const difference = summed(a, asNumbers).minus(summed(b, !asNumbers));
        expect(BigInt(difference)).toBe(bigintSum(a) - bigintSum(b));
      }),
      { numRuns: 500 },
    );
  });

  it('is 0n with nothing added', () => {
    expect(new FenSum().total).toBe(0n);
  });
});
