/**
 * lowerBound, the binary search recognition uses to pass over a table's rows in one step and
 * to size a table's columns (and the formula graph and computing use), against a plain scan of the list.
 */
import fc from 'fast-check';
import { lowerBound } from '../../../src/core/grid/stored-cells';

function scanFrom(rows: readonly number[], row: number, from: number): number {
  for (let index = from; index < rows.length; index++) if (rows[index] >= row) return index;
  return rows.length;
}

test('lowerBound finds what a scan of the ascending rows finds, from any index', () => {
  const ascendingRows = fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }).map((rows) => rows.sort((a, b) => a - b));
  fc.assert(
    fc.property(ascendingRows, fc.integer({ min: 0, max: 210 }), fc.nat(45), (rows, row, from) => {
      const start = Math.min(from, rows.length);
      expect(lowerBound(rows, row, start)).toBe(scanFrom(rows, row, start));
    }),
  );
});

test('lowerBound: an empty list, a row before all and after all', () => {
  expect(lowerBound([], 5)).toBe(0);
  expect(lowerBound([3, 7, 9], 1)).toBe(0);
  expect(lowerBound([3, 7, 9], 8)).toBe(2);
  expect(lowerBound([3, 7, 9], 10)).toBe(3);
});
