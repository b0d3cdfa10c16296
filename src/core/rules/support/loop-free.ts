/**
 * Most workbooks can be shown to hold no circular reference in one pass over their formulas,
 * without building the graph. Take an order of a sheet's cells: by rows then columns, or by
 * columns then rows, either way up or down, left or right (eight orders). If every formula of the
 * sheet refers only to cells before its own in one such order, no loop stays within the sheet (it
 * would have to come back to a later cell); and if the sheets referring to each other do not do so
 * in a loop, none crosses sheets. A 合计 summing the rows above or below it, a balance `=H4-I4`
 * beside its figures, a share `=H5/SUM($H$4:$H$99)` to the right of its column all pass.
 * False means "maybe": the graph search then decides.
 */
import { hasPlainReferences } from '../../grid/formula-shape';
import { cellFormula } from '../../grid/sheet-access';
import type { Sheet } from '../../grid/types';
import { forEachFormulaArea } from './formula-areas';
import { formulaColumns } from './formula-columns';
import { sheetNamer } from './sheet-formulas';

const ALL_ORDERS = 0xff;

/**
 * The orders in which every cell of a range comes before the formula's own cell, as bits. In each,
 * the range's last cell decides: `down` is how many rows its bottom lies below the formula's row,
 * `up` how many its top lies above it, and so on; before means the major difference is negative,
 * or zero and the minor one negative.
 */
function ordersWithRangeBefore(top: number, left: number, bottom: number, right: number, row: number, column: number): number {
  const down = bottom - row;
  const up = row - top;
  const toRight = right - column;
  const toLeft = column - left;
  return (
    (down < 0 || (down === 0 && toRight < 0) ? 1 : 0) |
    (down < 0 || (down === 0 && toLeft < 0) ? 2 : 0) |
    (up < 0 || (up === 0 && toRight < 0) ? 4 : 0) |
    (up < 0 || (up === 0 && toLeft < 0) ? 8 : 0) |
    (toRight < 0 || (toRight === 0 && down < 0) ? 16 : 0) |
    (toLeft < 0 || (toLeft === 0 && down < 0) ? 32 : 0) |
    (toRight < 0 || (toRight === 0 && up < 0) ? 64 : 0) |
    (toLeft < 0 || (toLeft === 0 && up < 0) ? 128 : 0)
  );
}

/** One pass over the formulas of the workbook, sheet by sheet. */
class OrderCheck {
  private readonly sheetNamed: (name: string) => number;
  /** Which sheets each sheet's formulas refer to. */
  readonly refersTo: Set<number>[];
  // the formula being read, and the orders of its sheet still possible
  private sheet = 0;
  private row = 0;
  private column = 0;
  private orders = ALL_ORDERS;
  // the orders every area of the formula read allows, constants included
  private areaOrders = ALL_ORDERS;
  private readonly visitArea = (name: string | null, top: number, left: number, bottom: number, right: number): void => {
    const target = name === null ? this.sheet : this.sheetNamed(name);
    if (target < 0) return;
    const single = top === bottom && left === right;
    if (target !== this.sheet) {
      if (!single || cellFormula(this.sheets[target], top, left) !== null) this.refersTo[this.sheet].add(target);
      return;
    }
    const before = ordersWithRangeBefore(top, left, bottom, right, this.row, this.column);
    this.areaOrders &= before;
    if ((this.orders & before) === this.orders) return;
    // a constant is no step of a loop
    if (single && cellFormula(this.sheets[target], top, left) === null) return;
    this.orders &= before;
  };
  /** Reads one formula's areas; returns the orders all of them allow. */
  private visitFormula(formula: string, row: number, column: number): number {
    this.row = row;
    this.column = column;
    this.areaOrders = ALL_ORDERS;
    forEachFormulaArea(formula, this.visitArea);
    return this.areaOrders;
  }

  constructor(private readonly sheets: readonly Sheet[]) {
    this.sheetNamed = sheetNamer(sheets);
    this.refersTo = sheets.map(() => new Set<number>());
  }

  /**
   * Whether some order of the sheet has every formula refer only to cells before its own. The copies
   * of a formula with plain references (hasPlainReferences) have its areas moved down with them, so
   * they allow each order it allows; once the orders still possible are among those, a copy cannot
   * narrow them and is not read. So the first formula of each run of copies is read first, then the
   * copies that could still narrow. The order formulas are read in does not change the outcome: the
   * orders left are those every area allows, constants aside.
   */
  sheetIsOrdered(index: number): boolean {
    this.sheet = index;
    this.orders = ALL_ORDERS;
    const columns = formulaColumns(this.sheets[index]);
    // for each run (by its place in runStarts), the orders its copies allow too, or -1 when they may not
    const runOrders = columns.map(({ runStarts }) => new Int16Array(runStarts.length));
    for (const [c, { column, rows, formulas, runStarts }] of columns.entries()) {
      for (let run = 0; run < runStarts.length; run++) {
        const k = runStarts[run];
        const allowed = this.visitFormula(formulas[k], rows[k], column);
        if (this.orders === 0) return false;
        runOrders[c][run] = hasPlainReferences(formulas[k]) ? allowed : -1;
      }
    }
    for (const [c, { column, rows, formulas, runStarts }] of columns.entries()) {
      for (let run = 0; run < runStarts.length; run++) {
        const allowed = runOrders[c][run];
        // nothing is read while the copies cannot narrow the orders, so a run that cannot at its start is passed whole
        if (allowed !== -1 && (this.orders & allowed) === this.orders) continue;
        const end = run + 1 < runStarts.length ? runStarts[run + 1] : formulas.length;
        for (let k = runStarts[run] + 1; k < end; k++) {
          if (allowed === -1 || (this.orders & allowed) !== this.orders) {
            this.visitFormula(formulas[k], rows[k], column);
            if (this.orders === 0) return false;
          }
        }
      }
    }
    return true;
  }
}

export function provablyLoopFree(sheets: readonly Sheet[]): boolean {
  const check = new OrderCheck(sheets);
  for (let index = 0; index < sheets.length; index++) if (!check.sheetIsOrdered(index)) return false;
  return !hasLoop(check.refersTo);
}

/** Whether the sheets refer to each other in a loop (a sheet referring to itself is left out above). */
function hasLoop(refersTo: readonly ReadonlySet<number>[]): boolean {
  // 0 unvisited, 1 on the path, 2 done; sheets are few, but a workbook of 10,000 still must not recurse
  const state = new Uint8Array(refersTo.length);
  for (let root = 0; root < refersTo.length; root++) {
    if (state[root] !== 0) continue;
    const path: { sheet: number; next: Iterator<number> }[] = [{ sheet: root, next: refersTo[root].values() }];
    state[root] = 1;
    while (path.length > 0) {
      const top = path[path.length - 1];
      const step = top.next.next();
      if (step.done) {
        state[top.sheet] = 2;
        path.pop();
      } else if (state[step.value] === 1) return true;
      else if (state[step.value] === 0) {
        state[step.value] = 1;
        path.push({ sheet: step.value, next: refersTo[step.value].values() });
      }
    }
  }
  return false;
}
