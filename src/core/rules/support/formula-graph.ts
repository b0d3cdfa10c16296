/**
 * The formula cells of a workbook as a graph: an edge from each formula cell to every formula cell
 * it refers to (constants are left out: they cannot be part of a loop). Ranges are not expanded:
 * `=SUM(H4:H100003)` would be 100k edges, and a share-of-total `=H5/SUM($H$4:$H$100003)` in every
 * row 10^10. Instead each column's formula cells are the leaves of an implicit segment tree whose
 * inner nodes are extra graph nodes, each with edges to its two children; a range is an edge to
 * the O(log n) tree nodes covering it. A formula cell reaches another through the tree exactly
 * when it refers to it, and tree nodes alone form no loop, so the loops among formula cells are
 * the same in both graphs.
 *
 * Node ids: formula cells 0…cellCount-1, numbered column by column (a column's cells are
 * consecutive, top to bottom); tree nodes after them.
 */
import { lowerBound } from '../../grid/stored-cells';
import type { Sheet } from '../../grid/types';
import { forEachFormulaArea } from './formula-areas';
import { everyFormula, sheetNamer } from './sheet-formulas';

interface Column {
  readonly sheet: number;
  readonly column: number;
  /** Rows holding a formula, ascending. */
  readonly rows: readonly number[];
  /** Node id of the formula in `rows[0]`. */
  readonly firstCell: number;
  /** Node id of tree node 1 (the tree has rows.length - 1 inner nodes, numbered 1…). */
  readonly firstInner: number;
  /** Where the last single cell was found: a column's formulas tend to refer to consecutive rows. */
  lastFound: number;
}

interface SheetColumns {
  /** Column numbers holding a formula, ascending, and their Column in step. */
  readonly numbers: readonly number[];
  readonly columns: readonly Column[];
}

/** A growable list of node ids. */
export class NodeList {
  items = new Int32Array(64);
  length = 0;

  push(node: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = node;
  }
}

/** The last column whose `first` is ≤ node (columns are numbered in order, cells and tree nodes alike). */
function columnHolding(columns: readonly Column[], node: number, first: (column: Column) => number): Column {
  let lo = 0;
  let hi = columns.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (first(columns[mid]) <= node) lo = mid;
    else hi = mid - 1;
  }
  return columns[lo];
}

const firstCellOf = (column: Column): number => column.firstCell;
const firstInnerOf = (column: Column): number => column.firstInner;

export class FormulaGraph {
  readonly sheets: readonly Sheet[];
  /** Formula cells, then tree nodes. */
  readonly cellCount: number;
  readonly nodeCount: number;
  private readonly bySheet: readonly SheetColumns[];
  /** Columns holding formulas, sheet by sheet, in node order. */
  private readonly columns: readonly Column[];
  /** Those with inner tree nodes (two formulas or more), in node order. */
  private readonly trees: readonly Column[];
  private readonly sheetNamed: (name: string) => number;
  // the node whose edges are being listed, and where they go: read by the area visitor
  private currentSheet = 0;
  private out: NodeList = new NodeList();
  private readonly visitArea = (sheet: string | null, top: number, left: number, bottom: number, right: number): void => {
    const target = sheet === null ? this.currentSheet : this.sheetNamed(sheet);
    if (target < 0) return;
    if (top === bottom && left === right) this.cellNode(target, top, left, this.out);
    else this.areaNodes(target, top, left, bottom, right, this.out);
  };

  constructor(sheets: readonly Sheet[]) {
    this.sheets = sheets;
    const rowsBySheet = sheets.map(formulaRowsByColumn);
    let cellCount = 0;
    for (const byColumn of rowsBySheet) for (const rows of byColumn) cellCount += rows?.length ?? 0;
    // tree nodes are numbered after all the cells
    let nextCell = 0;
    let nextInner = cellCount;
    const columns: Column[] = [];
    this.bySheet = rowsBySheet.map((byColumn, sheet) => {
      const present: Column[] = [];
      byColumn.forEach((rows, column) => {
        present.push({ sheet, column, rows, firstCell: nextCell, firstInner: nextInner, lastFound: 0 });
        nextCell += rows.length;
        nextInner += rows.length - 1;
      });
      for (const column of present) columns.push(column);
      return { numbers: present.map((column) => column.column), columns: present };
    });
    this.columns = columns;
    this.trees = columns.filter((column) => column.rows.length > 1);
    this.cellCount = cellCount;
    this.nodeCount = nextInner;
    this.sheetNamed = sheetNamer(sheets);
  }

  isCell(node: number): boolean {
    return node < this.cellCount;
  }

  /** Sheet index, row and column of a formula cell. */
  place(cell: number): { sheet: number; row: number; column: number } {
    const column = columnHolding(this.columns, cell, firstCellOf);
    return { sheet: column.sheet, row: column.rows[cell - column.firstCell], column: column.column };
  }

  formulaOf(cell: number): string {
    return this.formulaIn(columnHolding(this.columns, cell, firstCellOf), cell);
  }

  /** Appends the nodes `node` has edges to (a formula's cells and covering tree nodes, or a tree node's two children). */
  edgesOf(node: number, out: NodeList): void {
    if (node >= this.cellCount) {
      const column = columnHolding(this.trees, node, firstInnerOf);
      const inner = node - column.firstInner + 1;
      out.push(treeNode(column, 2 * inner));
      out.push(treeNode(column, 2 * inner + 1));
      return;
    }
    const column = columnHolding(this.columns, node, firstCellOf);
    this.currentSheet = column.sheet;
    this.out = out;
    forEachFormulaArea(this.formulaIn(column, node), this.visitArea);
  }

  private formulaIn(column: Column, cell: number): string {
    const sheet = this.sheets[column.sheet];
    return (sheet.formulas as (string | null)[][])[column.rows[cell - column.firstCell] - sheet.top][column.column - sheet.left] as string;
  }

  /** The formula cell at a row and column, if there is one. */
  private cellNode(sheet: number, row: number, columnNumber: number, out: NodeList): void {
    const { numbers, columns } = this.bySheet[sheet];
    const k = lowerBound(numbers, columnNumber);
    if (k === numbers.length || numbers[k] !== columnNumber) return;
    const column = columns[k];
    const { rows } = column;
    let at = column.lastFound + 1;
    if (at >= rows.length || rows[at] !== row) at = lowerBound(rows, row);
    if (at === rows.length || rows[at] !== row) return;
    column.lastFound = at;
    out.push(column.firstCell + at);
  }

  /** The nodes covering the formula cells of a range: per column, the few tree nodes over its rows. */
  private areaNodes(sheet: number, top: number, left: number, bottom: number, right: number, out: NodeList): void {
    const { numbers, columns } = this.bySheet[sheet];
    for (let k = lowerBound(numbers, left); k < numbers.length && numbers[k] <= right; k++) {
      const column = columns[k];
      const { rows } = column;
      const size = rows.length;
      // iterative segment tree over [first, last): leaves at size…2·size-1
      let first = lowerBound(rows, top) + size;
      let last = lowerBound(rows, bottom + 1, first - size) + size;
      while (first < last) {
        if (first & 1) out.push(treeNode(column, first++));
        if (last & 1) out.push(treeNode(column, --last));
        first >>= 1;
        last >>= 1;
      }
    }
  }
}

/** Tree position `position` (1… inner nodes, rows.length… leaves) of a column as a node id. */
function treeNode(column: Column, position: number): number {
  const size = column.rows.length;
  return position >= size ? column.firstCell + position - size : column.firstInner + position - 1;
}

/** For each column of the sheet holding formulas (a sparse array by column number), the rows holding one, ascending. */
function formulaRowsByColumn(sheet: Sheet): number[][] {
  const byColumn: number[][] = [];
  everyFormula(sheet, (_formula, row, column) => {
    (byColumn[column] ??= []).push(row);
    return true;
  });
  return byColumn;
}
