/**
 * The fake workbook outlives a page reload the way a saved workbook outlives closing the pane:
 * after every Excel.run its whole state goes to sessionStorage, and the next load starts from it.
 */
import type { FakeExcel, FakeSheetInput, FakeWorkbookInput, RawValue } from '../../support/fake-excel';

const STORAGE_KEY = 'budget-check:fake-workbook';

interface SnapshotSheet {
  readonly name: string;
  readonly protected: boolean;
  readonly visibility: 'Visible' | 'Hidden';
  readonly cells: Record<string, { numberFormat?: string; fill?: string; fontColor?: string; bold?: boolean }>;
  readonly contents: Record<string, { value?: RawValue; formula?: string }>;
  readonly merges: readonly string[];
  readonly conditionalFormats: readonly { type: string; formula: string | null; fill: string | null; fontColor: string | null; ranges: readonly string[] }[];
  readonly notes: Record<string, string>;
}

interface Snapshot {
  readonly sheets: readonly SnapshotSheet[];
  /** Key → JSON text. */
  readonly settings: Record<string, string>;
}

function cellPosition(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  let column = 0;
  for (const ch of match[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** Dense grids from A1 for the cells a sheet has (the seed is small). */
function toGrid<T, V>(cells: Record<string, T>, pick: (cell: T) => V | undefined, size: { rows: number; columns: number }): (V | null)[][] {
  const rows: (V | null)[][] = Array.from({ length: size.rows }, () => new Array<V | null>(size.columns).fill(null));
  for (const [address, cell] of Object.entries(cells)) {
    const { row, column } = cellPosition(address);
    rows[row - 1][column - 1] = pick(cell) ?? null;
  }
  return rows;
}

function sheetInput(sheet: SnapshotSheet): FakeSheetInput {
  const positions = [...Object.keys(sheet.cells), ...Object.keys(sheet.contents)].map(cellPosition);
  const size = { rows: Math.max(0, ...positions.map((p) => p.row)), columns: Math.max(0, ...positions.map((p) => p.column)) };
  return {
    name: sheet.name,
    hidden: sheet.visibility === 'Hidden',
    protected: sheet.protected,
    values: toGrid(sheet.contents, (cell) => cell.value, size),
    formulas: toGrid(sheet.contents, (cell) => cell.formula, size),
    numberFormats: toGrid(sheet.cells, (cell) => cell.numberFormat, size),
    fills: toGrid(sheet.cells, (cell) => cell.fill, size),
    fontColors: toGrid(sheet.cells, (cell) => cell.fontColor, size),
    bold: toGrid(sheet.cells, (cell) => cell.bold, size),
    merges: sheet.merges.map((range) => {
      const [start, end = start] = range.split(':').map(cellPosition);
      return { top: start.row, left: start.column, bottom: end.row, right: end.column };
    }),
    conditionalFormats: sheet.conditionalFormats.flatMap((cf) =>
      cf.ranges.map((range) => ({ range, type: cf.type, formula: cf.formula ?? undefined, fill: cf.fill ?? undefined, fontColor: cf.fontColor ?? undefined })),
    ),
    notes: sheet.notes,
  };
}

export function loadPersistedWorkbook(): FakeWorkbookInput | null {
  const text = sessionStorage.getItem(STORAGE_KEY);
  if (!text) return null;
  const snapshot = JSON.parse(text) as Snapshot;
  return {
    sheets: snapshot.sheets.map(sheetInput),
    settings: Object.fromEntries(Object.entries(snapshot.settings).map(([key, json]) => [key, JSON.parse(json) as unknown])),
  };
}

export function persistWorkbook(fake: FakeExcel): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(fake.snapshot()));
}
