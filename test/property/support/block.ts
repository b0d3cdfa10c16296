/**
 * A rendered table as a block of cells at a known place, with what each of its rows and columns
 * means. Blocks are composed into sheets (one per sheet, or two side by side or one below the
 * other), and findings are mapped back to meanings through them.
 */
import type { CellRange } from '../../../src/core/grid/types';

export type RegionName = 'projects' | 'summary' | 'info';

export interface BlockRow {
  /** What the row stands for: `project:<name>`, `sub:<name>:1`, `total`, `summary:年初预算`, `header`… */
  readonly key: string;
  /** Cells from the block's left column; a `=…|value` string is a formula with its value. */
  readonly cells: readonly unknown[];
}

export interface Block {
  readonly region: RegionName;
  /** Absolute row and column of the block's first cell. */
  readonly top: number;
  readonly left: number;
  readonly rows: readonly BlockRow[];
  /** Meaning of each column, from `left`. */
  readonly columns: readonly string[];
  /** Merged areas, absolute. */
  readonly merges: readonly CellRange[];
  /** Amount cells of the model, absolute: `project:<name>|<column>`, `total|<column>`, `summary|<label>`. */
  readonly amounts: ReadonlyMap<string, { readonly row: number; readonly column: number }>;
}

/** Where a block ends (inclusive). */
export function blockBottom(block: Block): number {
  return block.top + block.rows.length - 1;
}

export function blockRight(block: Block): number {
  return block.left + Math.max(block.columns.length, ...block.rows.map((row) => row.cells.length)) - 1;
}

/** A block's meaning in absolute coordinates. */
export interface Region {
  readonly name: RegionName;
  readonly sheet: string;
  readonly range: CellRange;
  readonly rows: ReadonlyMap<number, string>;
  readonly columns: ReadonlyMap<number, string>;
}

export function regionOf(block: Block, sheet: string): Region {
  return {
    name: block.region,
    sheet,
    range: { top: block.top, left: block.left, bottom: blockBottom(block), right: blockRight(block) },
    rows: new Map(block.rows.map((row, i) => [block.top + i, row.key])),
    columns: new Map(block.columns.map((key, i) => [block.left + i, key])),
  };
}

/** The rows of a sheet holding the blocks, from its top-left corner (the blocks' smallest row and column). */
export function gridOf(blocks: readonly Block[]): { top: number; left: number; rows: unknown[][] } {
  const top = Math.min(...blocks.map((block) => block.top));
  const left = Math.min(...blocks.map((block) => block.left));
  const rows: unknown[][] = [];
  for (const block of blocks) {
    block.rows.forEach((row, i) => {
      const r = block.top - top + i;
      while (rows.length <= r) rows.push([]);
      row.cells.forEach((cell, c) => {
        const target = rows[r];
        const column = block.left - left + c;
        while (target.length < column) target.push(null);
        target[column] = cell;
      });
    });
  }
  return { top, left, rows };
}
