/**
 * The compact amount and 执行率 columns of a project table give exactly what reading each cell on
 * its own gives (readAmount, readRate): the same readings, fen, sums and cell records, for any cell.
 */
import fc from 'fast-check';
import type { CellValue, Sheet } from '../../../src/core/grid/types';
import { sumFen, FenSum, type MoneyUnit } from '../../../src/core/money/fen';
import { readAmount, usableFen } from '../../../src/core/money/read-amount';
import { AmountColumn } from '../../../src/core/recognize/amount-column';
import { RateColumn } from '../../../src/core/recognize/rate-column';
import { readRate } from '../../../src/core/recognize/read-rate';
import { hostileCell, hostileNumber } from '../../property/support/hostile-arbitraries';

/** A sheet whose column C holds `cells` from row `firstRow` on (formulas in every third row). */
function sheetOf(cells: readonly CellValue[], firstRow: number, numberFormat: string | null = null): Sheet {
  return {
    name: '项目支出',
    top: firstRow,
    left: 1,
    values: cells.map((value) => [null, null, value]),
    formulas: cells.map((_, i) => [null, null, i % 3 === 0 ? `=A${firstRow + i}` : null]),
    numberFormats: cells.map(() => [null, null, numberFormat]),
  };
}

function amountColumn(cells: readonly CellValue[], unit: MoneyUnit, firstRow = 4): AmountColumn {
  const column = new AmountColumn(sheetOf(cells, firstRow), '实际支出', 3, unit, firstRow);
  cells.forEach((_, i) => column.read(firstRow + i));
  return column;
}

const unit = fc.constantFrom<MoneyUnit>('元', '万元');
const amountCell: fc.Arbitrary<CellValue> = fc.oneof(
  hostileCell,
  hostileNumber,
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
  fc.constant(0),
);

describe('AmountColumn', () => {
  it('reads every cell as readAmount does, and gives the same fen, sums and cells', () => {
    fc.assert(
      fc.property(fc.array(amountCell, { maxLength: 600 }), unit, (cells, inUnit) => {
        const column = amountColumn(cells, inUnit);
        const readings = cells.map((value) => readAmount(value, inUnit));
        readings.forEach((reading, i) => {
          const row = 4 + i;
          expect(column.reading(row)).toEqual(reading);
          expect(column.fen(row)).toBe(reading.kind === 'empty' ? 0n : usableFen(reading));
          expect(column.isUnremarkable(row)).toBe(reading.kind === 'empty' || (reading.kind === 'number' && reading.fen >= 0n));
          expect(column.cell(row)).toMatchObject({ row, column: 3, address: `C${row}`, value: cells[i] === '' ? null : cells[i], reading });
          expect(column.cell(row).formula).toBe(i % 3 === 0 ? `=A${row}` : null);
          expect(column.hasFormula(row)).toBe(i % 3 === 0);
          expect(column.isFilled(row)).toBe(i % 3 === 0 || (cells[i] !== null && cells[i] !== ''));
        });
        expect(column.allUnremarkable()).toBe(cells.every((_, i) => column.isUnremarkable(4 + i)));
        const sum = new FenSum();
        const summable = cells.every((_, i) => column.addTo(sum, 4 + i));
        const usable = readings.map((reading) => (reading.kind === 'empty' ? 0n : usableFen(reading)));
        expect(summable).toBe(usable.every((fen) => fen !== null));
        if (summable) expect(sum.total).toBe(sumFen(usable as bigint[]));
      }),
      { seed: 20_261_128, numRuns: 300 },
    );
  });

  it('tells a column of plain non-negative figures (and blanks) from one holding a negative, a text or a huge amount', () => {
    expect(amountColumn([1.5, null, 0, '', 2], '万元').allUnremarkable()).toBe(true);
    expect(amountColumn([1.5, -0.01, 2], '万元').allUnremarkable()).toBe(false);
    expect(amountColumn([1.5, '1.5', 2], '万元').allUnremarkable()).toBe(false);
    expect(amountColumn([1.5, '-', 2], '万元').allUnremarkable()).toBe(false);
    expect(amountColumn([123456789012345.67], '元').allUnremarkable()).toBe(true);
    expect(amountColumn([-123456789012345.67], '元').allUnremarkable()).toBe(false);
  });

  it('keeps amounts beyond 2^50 fen exact (as a bigint reading, not a double)', () => {
    // 12,345,678,901,234,567 fen is odd and above 2^53: a double would hold …568
    const column = amountColumn(['12345678901234567.89', 123456789012345.67], '元');
    expect(column.fen(4)).toBe(1_234_567_890_123_456_789n);
    expect(column.fen(5)).toBe(12_345_678_901_234_567n);
    expect(column.reading(5)).toEqual({ kind: 'number', fen: 12_345_678_901_234_567n });
    const sum = new FenSum();
    column.addTo(sum, 4);
    column.addTo(sum, 5);
    expect(sum.total).toBe(1_234_567_890_123_456_789n + 12_345_678_901_234_567n);
  });

  it('grows past its first allocation, and rows it never read are empty', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => i + 0.01);
    const column = amountColumn(cells, '万元', 2);
    expect(column.fen(2)).toBe(10_000n);
    expect(column.fen(5001)).toBe(4_999_010_000n);
    expect(column.reading(9999)).toEqual({ kind: 'empty' });
    expect(column.reading(1)).toEqual({ kind: 'empty' });
  });

  it('says what kind each cell was as it reads it (recognition tells figures from text by it)', () => {
    const sheet = sheetOf([12.5, '', '1,200', '#REF!', { error: '#DIV/0!' }, '—', '说明', true], 4);
    const column = new AmountColumn(sheet, '实际支出', 3, '万元', 4);
    expect([4, 5, 6, 7, 8, 9, 10, 11].map((row) => column.read(row))).toEqual(['number', 'empty', 'text-number', 'error', 'error', 'dash', 'text', 'boolean']);
  });
});

describe('TableColumn formulas', () => {
  it('knows which rows hold a formula whatever order the rows are read in, and on sheets with gaps', () => {
    const formulaAt = fc.constantFrom<string | null>('=A1', null, 'A1', '');
    fc.assert(
      fc.property(fc.array(formulaAt, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(45), { maxLength: 60 }), (formulas, order) => {
        const firstRow = 4;
        const sheet: Sheet = {
          name: '项目支出',
          top: firstRow,
          left: 1,
          values: formulas.map(() => [null, null, 1]),
          formulas: formulas.map((formula) => [null, null, formula]),
        };
        const column = new AmountColumn(sheet, '实际支出', 3, '万元', firstRow);
        // rows beyond the sheet and rows asked again or out of order, as any caller might
        for (const i of order) column.read(firstRow + i);
        for (const i of order) expect(column.hasFormula(firstRow + i)).toBe(formulas[i] === '=A1');
      }),
      { seed: 20_261_203, numRuns: 300 },
    );
  });
});

describe('RateColumn', () => {
  it('reads every rate as readRate does, and makes the same cells', () => {
    const rate = fc.oneof(amountCell, fc.double({ min: 0, max: 2, noNaN: true }), fc.constantFrom('95.23%', '１００％', '12.5', 'n/a'));
    fc.assert(
      fc.property(fc.array(rate, { maxLength: 300 }), fc.constantFrom(null, '0.00%'), fc.boolean(), (cells, format, headerSaysPercent) => {
        const column = new RateColumn(sheetOf(cells, 3, format), 3, headerSaysPercent, 3);
        cells.forEach((_, i) => column.read(3 + i));
        cells.forEach((value, i) => {
          const ratio = readRate(value === '' ? null : value, format, headerSaysPercent);
          expect(column.ratio(3 + i)).toBe(ratio);
          expect(column.cell(3 + i)).toMatchObject({ row: 3 + i, address: `C${3 + i}`, ratio });
          expect(column.hasFormula(3 + i)).toBe(i % 3 === 0);
        });
      }),
      { seed: 20_261_129, numRuns: 200 },
    );
  });
});
