/**
 * firstIndexFrom, the binary search recognition uses to pass over a table's rows in one step and
 * to size a table's columns, against a plain scan of the list.
 */
import fc from 'fast-check';
import { firstIndexFrom } from '../../../src/core/grid/stored-cells';

function scanFrom(rows: readonly number[], row: number, from: number): number {
  for (let index = from; index < rows.length; index++) if (rows[index] >= row) return index;
  return rows.length;
}

test('firstIndexFrom finds what a scan of the ascending rows finds, from any index', () => {
  const ascendingRows = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }).map((rows) => rows.sort((a, b) => a - b));
  fc.assert(
    fc.property(ascendingRows, fc.integer({ min: 0, max: 210 }), fc.nat(45), (rows, row, from) => {
      const start = Math.min(from, rows.length);
      expect(firstIndexFrom(rows, row, start)).toBe(scanFrom(rows, row, start));
    }),
  );
});

test('firstIndexFrom: an empty list, a row before all and after all', () => {
  expect(firstIndexFrom([], 5)).toBe(0);
  expect(firstIndexFrom([3, 7, 9], 1)).toBe(0);
  expect(firstIndexFrom([3, 7, 9], 8)).toBe(2);
  expect(firstIndexFrom([3, 7, 9], 10)).toBe(3);
});
