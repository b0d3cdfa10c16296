/**
 * The indicator registry: every built-in common indicator, in the order they are documented. A
 * definition file is named by its id; registry.test.ts checks each is listed, tested and documented.
 */
import budgetCompletionRate from './definitions/budget-completion-rate';
import budgetAdjustmentRate from './definitions/budget-adjustment-rate';
import carryOverRate from './definitions/carry-over-rate';
import carryOverChangeRate from './definitions/carry-over-change-rate';
import staffControlRate from './definitions/staff-control-rate';
import threePublicControlRate from './definitions/three-public-control-rate';
import threePublicChangeRate from './definitions/three-public-change-rate';
import publicFundsControlRate from './definitions/public-funds-control-rate';
import procurementExecutionRate from './definitions/procurement-execution-rate';
import type { IndicatorDefinition } from './types';

export const INDICATORS: readonly IndicatorDefinition[] = [
  budgetCompletionRate,
  budgetAdjustmentRate,
  carryOverRate,
  carryOverChangeRate,
  staffControlRate,
  threePublicControlRate,
  threePublicChangeRate,
  publicFundsControlRate,
  procurementExecutionRate,
];

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function indicatorById(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}
