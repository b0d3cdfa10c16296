import fc from 'fast-check';
import { numberToFen } from '../../../src/core/money/fen';
import { readAmount, usableFen } from '../../../src/core/money/read-amount';
import { NOT_CALCULATED } from '../../../src/core/formulas/compute-formulas';

describe('readAmount', () => {
  it('reads numbers exactly in the unit given', () => {
    expect(readAmount(104.68, '万元')).toEqual({ kind: 'number', fen: 104_680_000n });
    expect(readAmount(1046800, '元')).toEqual({ kind: 'number', fen: 104_680_000n });
    expect(readAmount(-0.13, '万元')).toEqual({ kind: 'number', fen: -130_000n });
    expect(readAmount(0, '万元')).toEqual({ kind: 'number', fen: 0n });
  });

  it('rounds digits below a fen half away from zero', () => {
    expect(readAmount(0.005, '元')).toEqual({ kind: 'number', fen: 1n });
    expect(readAmount(1.0000005, '万元')).toEqual({ kind: 'number', fen: 1_000_001n });
  });

  it('gives the same fen as the exact decimal conversion for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom('元' as const, '万元' as const), (value, unit) => {
        const reading = readAmount(value, unit);
        expect(reading.kind === 'number' ? reading.fen : null).toBe(numberToFen(value, unit));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        const reading = readAmount(cents / 100, '元');
        expect(reading).toEqual({ kind: 'number', fen: BigInt(cents) });
      }),
    );
  });

  it('reads `1,234.5` as a number stored as text', () => {
    expect(readAmount('1,234.5', '万元')).toEqual({ kind: 'text-number', fen: 1_234_500_000n, text: '1,234.5' });
  });

  it('reads full-width digits `１２３．４`', () => {
    expect(readAmount('１２３．４', '元')).toEqual({ kind: 'text-number', fen: 12_340n, text: '１２３．４' });
  });

  it('reads an accountant’s `(0.13)` as a negative amount', () => {
    expect(readAmount('(0.13)', '万元')).toEqual({ kind: 'text-number', fen: -130_000n, text: '(0.13)' });
    expect(readAmount('（0.13）', '万元')).toMatchObject({ kind: 'text-number', fen: -130_000n });
  });

  it('reads `-` and `—` as zero written as a dash', () => {
    expect(readAmount('-', '万元')).toEqual({ kind: 'dash', fen: 0n, text: '-' });
    expect(readAmount('—', '万元')).toEqual({ kind: 'dash', fen: 0n, text: '—' });
    expect(readAmount(' —— ', '元')).toMatchObject({ kind: 'dash', fen: 0n });
  });

  it('converts a text with its own unit, such as `1.2万元` in a 元 table', () => {
    expect(readAmount('1.2万元', '元')).toEqual({ kind: 'text-number', fen: 1_200_000n, text: '1.2万元' });
    expect(readAmount('500元', '万元')).toEqual({ kind: 'text-number', fen: 50_000n, text: '500元' });
  });

  it('reports `#REF!` as an error, whether an error value or typed text', () => {
    expect(readAmount({ error: '#REF!' }, '万元')).toEqual({ kind: 'error', error: '#REF!' });
    expect(readAmount('#REF!', '万元')).toEqual({ kind: 'error', error: '#REF!' });
    expect(readAmount(' #N/A ', '万元')).toEqual({ kind: 'error', error: '#N/A' });
    // only an error's exact spelling is an error: other text starting with # is text, said as text
    expect(readAmount('#1', '万元')).toEqual({ kind: 'text', text: '#1' });
    expect(readAmount('#ref!', '万元')).toEqual({ kind: 'text', text: '#ref!' });
  });

  it('reports booleans, never sums them', () => {
    expect(readAmount(true, '万元')).toEqual({ kind: 'boolean', value: true });
    expect(usableFen(readAmount(false, '万元'))).toBeNull();
  });

  it('reads empty cells and blank text as empty', () => {
    expect(readAmount(null, '万元')).toEqual({ kind: 'empty' });
    expect(readAmount('   ', '万元')).toEqual({ kind: 'empty' });
  });

  it('keeps words as text, not numbers', () => {
    expect(readAmount('待定', '万元')).toEqual({ kind: 'text', text: '待定' });
    expect(readAmount('1,23,4', '万元')).toMatchObject({ kind: 'text' });
    expect(usableFen(readAmount('待定', '万元'))).toBeNull();
  });

  it('lets numbers, numeric text and dashes take part in sums', () => {
    expect(usableFen(readAmount('1,234.5', '元'))).toBe(123_450n);
    expect(usableFen(readAmount('-', '元'))).toBe(0n);
    expect(usableFen(readAmount(2, '元'))).toBe(200n);
  });
});

describe('a formula that could not be computed', () => {
  it('is an error reading, never a number: no sum can use it', () => {
    const reading = readAmount({ error: NOT_CALCULATED }, '万元');
    expect(reading).toEqual({ kind: 'error', error: NOT_CALCULATED });
    expect(usableFen(reading)).toBeNull();
  });
});
