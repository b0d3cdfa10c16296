/** The summary's income total is the sum of its sources. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE, TOTAL_MISMATCH_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'income-total',
  severity: 'error',
  description: {
    zh: '收支总表：预算收入合计应等于年初预算、调整追加与其他资金之和。',
    en: 'Summary: total budget income must equal the initial budget plus adjustments and other funds.',
  },
  formula: '预算收入合计 = 年初预算 + 调整追加 + 其他资金',
  formulaScope: 'summary',
  messages: {
    mismatch: TOTAL_MISMATCH_MESSAGE,
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
