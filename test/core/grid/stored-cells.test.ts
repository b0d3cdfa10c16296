/**
 * lowerBound, the binary search recognition uses to pass over a table's rows in one step and
 * to size a table's columns (and the formula graph and computing use), against a plain scan of the list.
 */
import fc from 'fast-check';
import { lowerBound, storedExtent } from '../../../src/core/grid/stored-cells';
import type { Sheet } from '../../../src/core/grid/types';

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

test('storedExtent is the last stored row and the widest row, asked once or again, from any top-left', () => {
  const grid = fc.array(fc.option(fc.array(fc.constantFrom(1, 'x', null), { maxLength: 5 }), { nil: undefined }), { maxLength: 6 });
  fc.assert(
    fc.property(grid, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), (rows, top, left) => {
      const values: (number | string | null)[][] = [];
      rows.forEach((row, r) => {
        if (row !== undefined) values[r] = row;
      });
      const stored = values.flatMap((row, r) => (row === undefined ? [] : [{ r, width: row.length }]));
      const plain = {
        bottom: top + (stored.length > 0 ? stored[stored.length - 1].r : -1),
        right: left + Math.max(0, ...stored.map((row) => row.width)) - 1,
      };
      const sheet: Sheet = { name: 'S', top, left, values };
      expect(storedExtent(sheet)).toEqual(plain);
      expect(storedExtent(sheet)).toEqual(plain);
      // another sheet over the same grid, placed elsewhere
      expect(storedExtent({ ...sheet, top: top + 1, left: left + 2 })).toEqual({ bottom: plain.bottom + 1, right: plain.right + 2 });
    }),
  );
});
