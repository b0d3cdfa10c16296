/**
 * Formulas saved without their values (openpyxl, XlsxWriter and other programs that do not
 * calculate write the formula only) are computed here, before recognition, so the rules read the
 * figures Excel would show. A cell is computed after every formula cell it refers to, in the
 * order of the formula graph; a cell on a loop, or one that refers to a cell that cannot be
 * computed, is "not calculated": its value becomes NOT_CALCULATED, an error value the rules
 * cannot add up, never 0. Cells whose file holds a value keep it: Excel wrote it.
 */
import { copyOfRows, lowerBound, storedRowIndexes } from '../grid/stored-cells';
import { formulasWithoutValue } from '../grid/formula-cells';
import type { CellRange, CellValue, Sheet, Workbook } from '../grid/types';
import { sheetNamer } from '../rules/support/sheet-formulas';
import type { Scalar } from './excel-values';
import { type CellReader, FormulaEvaluation, NotCalculated, type NotCalculatedReason } from './evaluate-formula';
import { isCopiedFormula } from '../grid/formula-shape';
import { type FormulaNode, parseExcelFormula, placeReference, referencesOf, UnsupportedFormula } from './parse-excel-formula';

/** The value a formula cell holds when it could not be computed: an error, so it is never summed or read as 0. */
export const NOT_CALCULATED = '#未计算';

export interface NotCalculatedCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly reason: NotCalculatedReason;
}

/** What computing found: the sheets whose cells were computed and the cells that could not be. */
export interface FormulaValuesReport {
  /** Formula cells computed, by sheet in workbook order, with the first in reading order. */
  readonly computed: readonly ComputedOnSheet[];
  /** In reading order (sheet, row, column). */
  readonly notCalculated: readonly NotCalculatedCell[];
}

export interface ComputedOnSheet {
  readonly sheet: string;
  readonly count: number;
  readonly firstRow: number;
  readonly firstColumn: number;
}

export interface ComputedWorkbook {
  readonly workbook: Workbook;
  /** Null when every formula cell had its value (the usual case, and always in the add-in). */
  readonly report: FormulaValuesReport | null;
}

/**
 * Pending cells by row, then column: a small-integer key, where row × 16384 + column would be a slow
 * heap number; a row holds few formula cells, so a short list beats a map per row.
 */
class CellMap {
  private readonly rows = new Map<number, PendingCell[]>();
  private readonly list: PendingCell[] = [];

  get size(): number {
    return this.list.length;
  }

  add(cell: PendingCell): void {
    const row = this.rows.get(cell.row);
    if (row) row.push(cell);
    else this.rows.set(cell.row, [cell]);
    this.list.push(cell);
  }

  get(row: number, column: number): PendingCell | undefined {
    const cells = this.rows.get(row);
    if (!cells) return undefined;
    for (const cell of cells) if (cell.column === column) return cell;
    return undefined;
  }

  /** In reading order (row by row). */
  values(): readonly PendingCell[] {
    return this.list;
  }
}

const UNVISITED = 0;
const VISITING = 1;
const DONE = 2;

interface PendingCell {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  state: number;
  /** On a loop of references. */
  circular: boolean;
  result: Scalar | NotCalculatedReason | undefined;
  failed: boolean;
}

/** All pending cells of a range, computed once however many formulas name the range. */
interface PendingRange {
  readonly cells: readonly PendingCell[];
  state: number;
}

type GraphNode = PendingCell | PendingRange;

/** Computes the formula cells that have no value; returns the workbook unchanged when there are none. */
export function computeMissingFormulaValues(workbook: Workbook): ComputedWorkbook {
  const pending = workbook.sheets.map(pendingCells);
  if (pending.every((cells) => cells.size === 0)) return { workbook, report: null };
  const graph = new PendingGraph(workbook.sheets, pending);
  graph.computeAll();
  return { workbook: withResults(workbook, pending), report: reportOf(workbook, pending) };
}

/** Formula cells whose value is missing (null), keyed by row and column. */
function pendingCells(sheet: Sheet, index: number): CellMap {
  const cells = new CellMap();
  // listed by the walk that also lists the formulas by column for the rules (grid/formula-cells.ts)
  for (const { row, column, formula } of formulasWithoutValue(sheet)) {
    cells.add({ sheet: index, row, column, formula, state: UNVISITED, circular: false, result: undefined, failed: false });
  }
  return cells;
}

class PendingGraph implements CellReader {
  private readonly trees = new Map<PendingCell, ReadFormula | NotCalculatedReason>();
  /** The formula last parsed in each column, with its tree: the copies of a formula down a column are parsed once. */
  private readonly lastParsed = new Map<string, { readonly formula: string; readonly tree: FormulaNode; readonly row: number }>();
  private readonly ranges = new Map<string, PendingRange>();
  private readonly byColumn: Map<number, number[]>[];
  private readonly named: (name: string) => number;
  private readonly stored: (CellRange | null)[];
  private readonly evaluation = new FormulaEvaluation(this);
  private currentSheet = 0;

  constructor(
    private readonly sheets: readonly Sheet[],
    private readonly pending: readonly CellMap[],
  ) {
    this.named = sheetNamer(sheets);
    this.stored = sheets.map(storedRange);
    this.byColumn = pending.map(rowsByColumn);
  }

  computeAll(): void {
    for (const cells of this.pending) for (const cell of cells.values()) if (cell.state === UNVISITED) this.visit(cell);
  }

  /** Depth-first over the references, without recursion: a running balance down 100k rows is a chain 100k deep. */
  private visit(root: PendingCell): void {
    const stack: { node: GraphNode; edges: GraphNode[]; next: number }[] = [];
    const enter = (node: GraphNode): void => {
      node.state = VISITING;
      stack.push({ node, edges: this.edgesOf(node), next: 0 });
    };
    enter(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next < frame.edges.length) {
        const target = frame.edges[frame.next++];
        if (target.state === UNVISITED) enter(target);
        else if (target.state === VISITING) markLoop(stack, target);
        continue;
      }
      stack.pop();
      frame.node.state = DONE;
      if ('formula' in frame.node) this.compute(frame.node);
    }
  }

  private tree(cell: PendingCell): ReadFormula | NotCalculatedReason {
    let tree = this.trees.get(cell);
    if (tree === undefined) {
      tree = this.read(cell);
      this.trees.set(cell, tree);
    }
    return tree;
  }

  private read(cell: PendingCell): ReadFormula | NotCalculatedReason {
    const column = `${cell.sheet}:${cell.column}`;
    const last = this.lastParsed.get(column);
    // a quoted sheet name may look like a cell (`'A1'!B2`), which the copy test would move: read those one by one
    if (last && !cell.formula.includes("'") && isCopiedFormula(last.formula, last.row, cell.formula, cell.row)) {
      return { tree: last.tree, rows: cell.row - last.row, columns: 0 };
    }
    try {
      const tree = parseExcelFormula(cell.formula);
      this.lastParsed.set(column, { formula: cell.formula, tree, row: cell.row });
      return { tree, rows: 0, columns: 0 };
    } catch (error) {
      if (!(error instanceof UnsupportedFormula)) throw error;
      return error.reason;
    }
  }

  /** The pending cells and ranges a cell's formula names, or a range's pending cells. */
  private edgesOf(node: GraphNode): GraphNode[] {
    if (!('formula' in node)) return [...node.cells];
    const read = this.tree(node);
    if (!isRead(read)) return [];
    const edges: GraphNode[] = [];
    for (const reference of referencesOf(read.tree)) {
      const sheet = reference.sheet === null ? node.sheet : this.named(reference.sheet);
      const area = placeReference(reference, read.rows, read.columns);
      if (sheet < 0 || !area) continue;
      if (area.top === area.bottom && area.left === area.right) {
        const cell = this.pending[sheet].get(area.top, area.left);
        if (cell) edges.push(cell);
      } else {
        const range = this.rangeNode(sheet, area);
        if (range) edges.push(range);
      }
    }
    return edges;
  }

  private rangeNode(sheet: number, area: CellRange): PendingRange | null {
    const key = `${sheet}:${area.top}:${area.left}:${area.bottom}:${area.right}`;
    let range = this.ranges.get(key);
    if (!range) {
      const cells: PendingCell[] = [];
      for (const [column, rows] of this.byColumn[sheet]) {
        if (column < area.left || column > area.right) continue;
        for (let i = lowerBound(rows, area.top); i < rows.length && rows[i] <= area.bottom; i++) {
          cells.push(this.pending[sheet].get(rows[i], column) as PendingCell);
        }
      }
      range = { cells, state: UNVISITED };
      this.ranges.set(key, range);
    }
    return range.cells.length > 0 ? range : null;
  }

  private compute(cell: PendingCell): void {
    const read = this.tree(cell);
    this.trees.delete(cell); // computed once: let 100k records go as they are done
    if (cell.circular) return this.settle(cell, { kind: 'circular' }, true);
    if (!isRead(read)) return this.settle(cell, read, true);
    this.currentSheet = cell.sheet;
    try {
      this.settle(cell, this.evaluation.cellResult(read.tree, read.rows, read.columns), false);
    } catch (error) {
      if (!(error instanceof NotCalculated)) throw error;
      this.settle(cell, error.reason, true);
    }
  }

  private settle(cell: PendingCell, result: Scalar | NotCalculatedReason, failed: boolean): void {
    cell.result = result;
    cell.failed = failed;
  }

  sheetIndex(name: string | null): number {
    return name === null ? this.currentSheet : this.named(name);
  }

  value(sheet: number, row: number, column: number): Scalar {
    const cell = this.pending[sheet].get(row, column);
    if (!cell) {
      const grid = this.sheets[sheet];
      return grid.values[row - grid.top]?.[column - grid.left] ?? null;
    }
    if (!cell.failed) return cell.result as Scalar;
    // name the cell where the trouble starts, not each one between
    const reason = cell.result as NotCalculatedReason;
    throw new NotCalculated(reason.kind === 'depends' ? reason : { kind: 'depends', sheet, row, column });
  }

  bounds(sheet: number): CellRange | null {
    return this.stored[sheet];
  }
}

/** A formula's tree, read in a cell `rows` above and `columns` left of the one computed (0 when read there). */
interface ReadFormula {
  readonly tree: FormulaNode;
  readonly rows: number;
  readonly columns: number;
}

const isRead = (read: ReadFormula | NotCalculatedReason): read is ReadFormula => 'tree' in read;

/** Marks every cell on the stack from `target` up as part of a loop. */
function markLoop(stack: readonly { node: GraphNode }[], target: GraphNode): void {
  for (let i = stack.length - 1; i >= 0; i--) {
    const node = stack[i].node;
    if ('formula' in node) node.circular = true;
    if (node === target) return;
  }
}

function storedRange(sheet: Sheet): CellRange | null {
  let width = 0;
  // stored rows only: for…of over a sparse sheet would visit every index of its rectangle
  for (const index of storedRowIndexes(sheet.values)) width = Math.max(width, sheet.values[index].length);
  for (const index of storedRowIndexes(sheet.formulas ?? [])) width = Math.max(width, sheet.formulas![index].length);
  if (width === 0) return null;
  return { top: sheet.top, left: sheet.left, bottom: sheet.top + sheet.values.length - 1, right: sheet.left + width - 1 };
}

function rowsByColumn(cells: CellMap): Map<number, number[]> {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells.values()) {
    const rows = byColumn.get(cell.column);
    if (rows) rows.push(cell.row);
    else byColumn.set(cell.column, [cell.row]);
  }
  for (const rows of byColumn.values()) rows.sort((a, b) => a - b);
  return byColumn;
}

/** The workbook with the computed values (or NOT_CALCULATED) written in; only the rows that changed are copied. */
function withResults(workbook: Workbook, pending: readonly CellMap[]): Workbook {
  const sheets = workbook.sheets.map((sheet, index) => {
    const cells = pending[index];
    if (cells.size === 0) return sheet;
    const values = copyOfRows(sheet.values);
    const copied = new Set<number>();
    for (const cell of cells.values()) {
      const r = cell.row - sheet.top;
      if (!copied.has(r)) {
        values[r] = values[r]?.slice() ?? [];
        copied.add(r);
      }
      (values[r] as CellValue[])[cell.column - sheet.left] = cell.failed ? { error: NOT_CALCULATED } : (cell.result as CellValue);
    }
    // a formula beyond the values of a ragged grid must leave no holes before it (holes a sparse
    // sheet already had stay: walks go through stored-cells, and filling them could be 2e9 rows)
    for (let r = sheet.values.length; r < values.length; r++) values[r] ??= [];
    for (const r of copied) {
      const row = values[r] as CellValue[];
      for (let c = 0; c < row.length; c++) row[c] ??= null;
    }
    return { ...sheet, values };
  });
  return { ...workbook, sheets };
}

function reportOf(workbook: Workbook, pending: readonly CellMap[]): FormulaValuesReport {
  const computed: ComputedOnSheet[] = [];
  const notCalculated: NotCalculatedCell[] = [];
  pending.forEach((cells, index) => {
    const sheet = workbook.sheets[index].name;
    let count = 0;
    let first: PendingCell | null = null;
    for (const cell of cells.values()) {
      if (!cell.failed) {
        count++;
        if (!first || cell.row < first.row || (cell.row === first.row && cell.column < first.column)) first = cell;
      } else notCalculated.push({ sheet, row: cell.row, column: cell.column, formula: cell.formula, reason: cell.result as NotCalculatedReason });
    }
    if (first) computed.push({ sheet, count, firstRow: first.row, firstColumn: first.column });
  });
  const order = new Map(workbook.sheets.map((sheet, index) => [sheet.name, index]));
  notCalculated.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row || a.column - b.column);
  return { computed, notCalculated };
}
