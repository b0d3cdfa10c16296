/** Range addresses as Office.js writes them (`Sheet1!A1:B2`, `'My sheet'!C3`, comma-joined areas). */
import type { CellRange } from '../core/grid/types';
import { parseA1, rangeToA1 } from '../core/grid/a1';

/** Splits on commas outside quoted sheet names. */
function splitAreas(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The cell ranges of an address list, sheet names dropped. */
export function parseAreaAddresses(text: string): CellRange[] {
  return splitAreas(text).map((area) => {
    const local = area.slice(area.lastIndexOf('!') + 1);
    const [start, end = start] = local.split(':');
    const a = parseA1(start);
    const b = parseA1(end);
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    };
  });
}

export function cellRangeToA1(range: CellRange): string {
  return rangeToA1(range.top, range.left, range.bottom, range.right);
}

/** The smallest range holding these cells (A1 addresses on one sheet), or null when there are none. */
export function boundingRange(cells: readonly string[]): CellRange | null {
  let bounds: CellRange | null = null;
  for (const cell of cells) {
    const { row, column } = parseA1(cell);
    bounds = bounds
      ? {
          top: Math.min(bounds.top, row),
          left: Math.min(bounds.left, column),
          bottom: Math.max(bounds.bottom, row),
          right: Math.max(bounds.right, column),
        }
      : { top: row, left: column, bottom: row, right: column };
  }
  return bounds;
}

/** Keeps the addresses that are plain cells of the given sheet (`B5`, or `Sheet!B5` on that sheet). */
export function cellsOnSheet(sheet: string, cells: readonly string[]): string[] {
  const result: string[] = [];
  for (const cell of cells) {
    const bang = cell.lastIndexOf('!');
    if (bang >= 0) {
      const prefix = cell
        .slice(0, bang)
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'");
      if (prefix !== sheet) continue;
    }
    const local = cell.slice(bang + 1);
    if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(local)) result.push(local.replace(/\$/g, '').toUpperCase());
  }
  return result;
}
