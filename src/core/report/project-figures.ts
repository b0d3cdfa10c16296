/**
 * A project's figures as the report states them: its amounts, the 年中调整 wording by sign, its
 * full-year budget (recognize/full-year-budget.ts, shared with the rules) and its execution rate.
 */
import { fullYearBudget } from '../recognize/full-year-budget';
import type { ProjectRow, ProjectTable } from '../recognize/model';
import type { DraftRun } from './draft-model';
import type { DraftContext } from './draft-context';
import type { Piece } from './fill-template';
import { moneyPiece, rowMoney, subtractMoney, type Money } from './figures';
import { ratioBasisPoints } from './format';

export interface ProjectFigures {
  readonly table: ProjectTable;
  readonly row: ProjectRow;
  readonly money: (field: Parameters<typeof rowMoney>[2]) => Money | null;
  /** 年中调增 − 年中调减 (or the signed 年中调整), with the cells it came from; null if unknown. */
  readonly adjustment: Money | null;
  readonly fullYearBudget: Money | null;
  /** 实际支出 ÷ 全年预算数 in basis points, null when not computable. */
  readonly executionBasisPoints: bigint | null;
}

export function projectFigures(table: ProjectTable, row: ProjectRow): ProjectFigures {
  const money = (field: Parameters<typeof rowMoney>[2]) => rowMoney(table, row, field);
  const adjustment = netAdjustment(money('年中调整'), money('年中调增'), money('年中调减'));
  const budget = fullYearBudget(table, row, { complete: true });
  const fullYear = budget && { fen: budget.fen, sources: budget.cells.map((address) => ({ sheet: table.sheet, address })) };
  const spent = money('实际支出');
  const executionBasisPoints = spent && fullYear ? ratioBasisPoints(spent.fen, fullYear.fen) : null;
  return { table, row, money, adjustment, fullYearBudget: fullYear, executionBasisPoints };
}

function netAdjustment(signed: Money | null, increase: Money | null, decrease: Money | null): Money | null {
  if (signed) return signed;
  if (!increase && !decrease) return null;
  const zero: Money = { fen: 0n, sources: [] };
  return subtractMoney(increase ?? zero, decrease ?? zero);
}

/**
 * `年中调增5万元` / `年中调减0.13万元` by the sign of the adjustment (`年中调增0万元` when zero, as the
 * seed writes); both words when the table has both columns and both are non-zero.
 */
export function adjustmentPiece(context: Pick<DraftContext, 'fill'>, figures: ProjectFigures): Piece {
  const { adjustment } = figures;
  if (!adjustment) {
    const cells = (['年中调整', '年中调增', '年中调减'] as const).flatMap((field) => {
      const cell = figures.row.amounts[field];
      return cell ? [{ sheet: figures.table.sheet, address: cell.address }] : [];
    });
    return cells.length > 0 ? { kind: 'missing', field: '年中调整', sources: cells } : { kind: 'missing', field: '年中调整' };
  }
  const increase = figures.money('年中调增');
  const decrease = figures.money('年中调减');
  let runs: DraftRun[];
  if (!figures.money('年中调整') && increase && decrease && increase.fen !== 0n && decrease.fen !== 0n) {
    runs = context.fill('project.increaseAndDecrease', { 调增: moneyPiece(increase, '年中调增'), 调减: moneyPiece(decrease, '年中调减') });
  } else {
    const magnitude: Money = { fen: adjustment.fen < 0n ? -adjustment.fen : adjustment.fen, sources: adjustment.sources };
    runs = context.fill(adjustment.fen < 0n ? 'project.decrease' : 'project.increase', { 金额: moneyPiece(magnitude, '年中调整') });
  }
  return { kind: 'runs', runs };
}
