/**
 * A project's full-year budget, computed in one place for the rules and the draft: its 全年预算数
 * cell where the table has that column, else 年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加
 * (a signed 年中调整 column counting as 调增; a part whose column is absent counts as 0).
 */
import { toA1 } from '../grid/a1';
import type { Fen } from '../money/fen';
import type { ProjectAmountField, ProjectRow, ProjectTable } from './model';

const BUDGET_PARTS: ReadonlyArray<readonly [ProjectAmountField, 1n | -1n]> = [
  ['年初预算', 1n],
  ['上级转移支付', 1n],
  ['年中调整', 1n],
  ['年中调增', 1n],
  ['年中调减', -1n],
  ['追加', 1n],
];

/**
 * The columns a row's full-year budget is read from, each with its sign: 全年预算数 alone where the
 * table has it, else the parts it has. One choice for fullYearBudget and the rules' quick paths.
 */
export function budgetTerms(table: ProjectTable): ReadonlyArray<readonly [ProjectAmountField, 1n | -1n]> {
  if (table.columns.全年预算数 !== undefined) return [['全年预算数', 1n]];
  return BUDGET_PARTS.filter(([field]) => table.columns[field] !== undefined);
}

export interface FullYearBudget {
  readonly fen: Fen;
  /** Whether it was read from the 全年预算数 column rather than added up. */
  readonly fromCell: boolean;
  /** The A1 addresses it came from. */
  readonly cells: readonly string[];
}

/**
 * Null when a cell it needs cannot be read as an amount (amounts-valid names it). `complete`: also
 * null when the table lacks one of the parts (上级转移支付, 追加, the 年中 adjustment) — the draft
 * states no budget it had to assume a part of; the rules count a missing part as 0, as the rulebook does.
 */
export function fullYearBudget(table: ProjectTable, row: ProjectRow, { complete = false } = {}): FullYearBudget | null {
  const column = table.columns.全年预算数;
  if (column !== undefined) {
    const fen = fenIn(table, '全年预算数', row);
    return fen === null ? null : { fen, fromCell: true, cells: [toA1(row.row, column)] };
  }
  const has = (field: ProjectAmountField): boolean => table.columns[field] !== undefined;
  if (complete && !(has('上级转移支付') && has('追加') && (has('年中调整') || has('年中调增') || has('年中调减')))) return null;
  let fen = 0n;
  const cells: string[] = [];
  for (const [field, sign] of budgetTerms(table)) {
    const part = fenIn(table, field, row);
    if (part === null) return null;
    fen += sign * part;
    cells.push(toA1(row.row, table.columns[field] as number));
  }
  return { fen, fromCell: false, cells };
}

/** A column's fen in `row` (0 when the column keeps nothing for it), null when unreadable. */
function fenIn(table: ProjectTable, field: ProjectAmountField, row: ProjectRow): Fen | null {
  const column = table.amountColumns[field];
  return column ? column.fen(row.row) : 0n;
}
