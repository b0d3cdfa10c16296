/** The unit's overall execution rate: (基本支出 + 项目支出) ÷ 预算收入合计, from the summary table. */
import type { DraftContext } from './draft-context';
import { addMoney, summaryMoney, type Money } from './figures';
import { ratioBasisPoints } from './format';

export interface OverallExecution {
  readonly spent: Money;
  readonly income: Money;
  readonly basisPoints: bigint;
}

export function overallExecution(context: Pick<DraftContext, 'summary'>): OverallExecution | null {
  const basic = summaryMoney(context.summary, '基本支出');
  const projects = summaryMoney(context.summary, '项目支出');
  const income = summaryMoney(context.summary, '预算收入合计');
  if (!basic || !projects || !income) return null;
  const spent = addMoney(basic, projects);
  const basisPoints = ratioBasisPoints(spent.fen, income.fen);
  return basisPoints === null ? null : { spent, income, basisPoints };
}
