/**
 * Plans the read of every used range: rows are cut into chunks, and chunks are packed into syncs
 * so that one response stays under Excel on the web's 5 MB limit. The number of syncs therefore
 * grows with the bytes read, not with rows or sheets: a workbook under one budget is read in one.
 */

export interface UsedArea {
  readonly sheetIndex: number;
  /** 1-based first row and column of the used range. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Some whole rows of one used range. */
export type RowChunk = UsedArea;

export interface ReadBudget {
  /** Bytes one response may carry; Excel on the web refuses more than 5 MB, so we aim below. */
  readonly responseBytes: number;
  /** Estimate before any data is seen: a cell's value, formula and number format as JSON. */
  readonly initialBytesPerCell: number;
  /** The estimate never falls below this, however small the cells read so far. */
  readonly minBytesPerCell: number;
  /** Margin over the bytes per cell measured so far (later rows may hold longer text). */
  readonly safety: number;
}

/** Aims at 4.5 MiB per response: a response 1.3× larger than planned still passes a 5,000,000-byte limit. */
export const DEFAULT_READ_BUDGET: ReadBudget = {
  responseBytes: 4.5 * 1024 * 1024,
  initialBytesPerCell: 120,
  minBytesPerCell: 24,
  safety: 1.25,
};

/** Excel's grid: no used range reaches beyond it. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/**
 * Cells read in one check, all sheets together: 100k project rows of 30 columns are 3 M. A used
 * range stretched to XFD1048576 by one stray cell spans 17 G and would take a million syncs and
 * more memory than a browser tab has: the read is refused, saying which sheet and how to fix it.
 */
export const MAX_READ_CELLS = 20_000_000;

/** Why a used range is not read: past Excel's grid, or more cells than a check reads. */
export interface UnreadableArea {
  readonly sheetIndex: number;
  readonly reason: 'past-grid' | 'too-many-cells';
  readonly cells: number;
}

/** The first area that cannot be read, or null when the plan stays within the grid and the budget. */
export function unreadableArea(areas: readonly UsedArea[], maxCells = MAX_READ_CELLS): UnreadableArea | null {
  let total = 0;
  for (const area of areas) {
    const cells = area.rows * area.columns;
    if (area.top < 1 || area.left < 1 || area.top + area.rows - 1 > EXCEL_ROWS || area.left + area.columns - 1 > EXCEL_COLUMNS) {
      return { sheetIndex: area.sheetIndex, reason: 'past-grid', cells };
    }
    total += cells;
    if (total > maxCells) return { sheetIndex: area.sheetIndex, reason: 'too-many-cells', cells };
  }
  return null;
}

/** Chunks are a quarter of a budget, so syncs can be packed fuller once real sizes are known. */
const CHUNKS_PER_BUDGET = 4;

export function splitIntoChunks(areas: readonly UsedArea[], budget: ReadBudget): RowChunk[] {
  const cellsPerChunk = Math.max(1, Math.floor(budget.responseBytes / CHUNKS_PER_BUDGET / budget.initialBytesPerCell));
  const chunks: RowChunk[] = [];
  for (const area of areas) {
    const rowsPerChunk = Math.max(1, Math.floor(cellsPerChunk / area.columns));
    for (let offset = 0; offset < area.rows; offset += rowsPerChunk) {
      chunks.push({ ...area, top: area.top + offset, rows: Math.min(rowsPerChunk, area.rows - offset) });
    }
  }
  return chunks;
}

/** The next estimate of bytes per cell, from what the last sync actually carried. */
export function nextBytesPerCell(measuredBytes: number, cells: number, budget: ReadBudget): number {
  if (cells === 0) return budget.initialBytesPerCell;
  return Math.max(budget.minBytesPerCell, (measuredBytes / cells) * budget.safety);
}

export class ReadQueue {
  private readonly pending: RowChunk[];

  constructor(chunks: readonly RowChunk[]) {
    this.pending = [...chunks];
  }

  get isEmpty(): boolean {
    return this.pending.length === 0;
  }

  /** As many chunks as fit the budget at this estimate (always at least one). */
  nextGroup(bytesPerCell: number, responseBytes: number): RowChunk[] {
    const group: RowChunk[] = [];
    let cells = 0;
    while (this.pending.length > 0) {
      const next = this.pending[0];
      const nextCells = next.rows * next.columns;
      if (group.length > 0 && (cells + nextCells) * bytesPerCell > responseBytes) break;
      group.push(next);
      cells += nextCells;
      this.pending.shift();
    }
    return group;
  }

  /**
   * The host refused a group as too large: its chunks go back first, each halved. Returns the chunk
   * that cannot be split any further (a single row refused on its own), or null.
   */
  requeueSmaller(group: readonly RowChunk[]): RowChunk | null {
    const halves: RowChunk[] = [];
    for (const chunk of group) {
      if (chunk.rows === 1) {
        if (group.length === 1) return chunk;
        halves.push(chunk);
        continue;
      }
      const upper = Math.ceil(chunk.rows / 2);
      halves.push({ ...chunk, rows: upper }, { ...chunk, top: chunk.top + upper, rows: chunk.rows - upper });
    }
    this.pending.unshift(...halves);
    return null;
  }
}
