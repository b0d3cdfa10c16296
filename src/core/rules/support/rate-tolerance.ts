import type { RuleParam } from '../types';

/** How far a written execution rate may be from the computed one; shared by the table and form rules. */
export const RATE_TOLERANCE_PARAM: RuleParam = {
  default: 0.01,
  min: 0,
  max: 100,
  description: { zh: '执行率允许的误差（百分点）', en: 'Allowed difference of a rate, in percentage points' },
};
