/**
 * A cell as the sheet scanner finds it in the XML, before it is typed: the scanner hands these to
 * a sink, either the cell typer of the same thread or a batch for the main thread when a worker
 * scans a big sheet (cell-batches.ts). What a cell's value is (a date, a shared string, a text) is
 * decided in one place, the typer, whichever thread scanned it.
 */
import type { CellRange } from '../../core/grid/types';

/** The cell holds no value (none saved, or a formula saved without its result). */
export const NO_VALUE = 0;
/** A plain decimal `<v>` of a number cell, read as it was scanned (`number`). */
export const NUMBER_VALUE = 1;
/** A shared string cell whose `<v>` is a plain index, written without sign, point or leading zero (`number`). */
export const SHARED_STRING_VALUE = 2;
/** Anything else, as its raw `<v>` text (`text`, entities not decoded) and cell type (`type`). */
export const RAW_VALUE = 3;
/** An inline string, its text already decoded (`text`). */
export const TEXT_VALUE = 4;

export type ValueKind = typeof NO_VALUE | typeof NUMBER_VALUE | typeof SHARED_STRING_VALUE | typeof RAW_VALUE | typeof TEXT_VALUE;

export interface RawCellSink {
  /**
   * One cell, in sheet order: every `<c>` with content, even one holding neither value nor formula
   * (the builder still checks its address). `style` is its `s` as read (NaN or a fraction when the
   * file says so: the typer then finds no format for it).
   */
  cell(row: number, column: number, style: number, kind: ValueKind, number: number, text: string | null, type: string, formula: string | null): void;
  merge(range: CellRange): void;
}
