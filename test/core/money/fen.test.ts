import { decimalToFen, formatFen, numberToFen } from '../../../src/core/money/fen';

describe('decimalToFen', () => {
  it('reads 万元 with two decimals exactly', () => {
    expect(decimalToFen('88.67', '万元')).toBe(88_670_000n);
  });
  it('reads 元 amounts', () => {
    expect(decimalToFen('1234.5', '元')).toBe(123_450n);
  });
  it('rounds digits below a fen half away from zero', () => {
    expect(decimalToFen('0.005', '元')).toBe(1n);
    expect(decimalToFen('-0.005', '元')).toBe(-1n);
    expect(decimalToFen('0.0049', '元')).toBe(0n);
  });
  it('reads exponent forms', () => {
    expect(decimalToFen('1e-6', '万元')).toBe(1n);
    expect(decimalToFen('1.5e3', '元')).toBe(150_000n);
  });
  it('rejects text that is not a plain decimal', () => {
    expect(decimalToFen('1,234', '元')).toBeNull();
    expect(decimalToFen('', '元')).toBeNull();
    expect(decimalToFen('.', '元')).toBeNull();
  });
});

describe('numberToFen', () => {
  it('is exact where float sums drift', () => {
    const fen = [0.1, 0.2].map((n) => numberToFen(n, '万元') ?? 0n).reduce((a, b) => a + b, 0n);
    expect(fen).toBe(numberToFen(0.3, '万元'));
  });
  it('refuses NaN and infinities', () => {
    expect(numberToFen(Number.NaN, '元')).toBeNull();
    expect(numberToFen(Infinity, '元')).toBeNull();
  });
});

describe('formatFen', () => {
  it('drops trailing zeros', () => {
    expect(formatFen(120_300_000n, '万元')).toBe('120.3');
    expect(formatFen(90_000_000n, '万元')).toBe('90');
  });
  it('rounds to the decimals asked for', () => {
    expect(formatFen(1_964_405_000n, '万元', 2)).toBe('1964.41');
    expect(formatFen(-130_000n, '万元', 2)).toBe('-0.13');
  });
  it('never prints minus zero', () => {
    expect(formatFen(-1n, '万元', 2)).toBe('0');
  });
});
