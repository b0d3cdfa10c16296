/** What came in is accounted for: total income equals total spending (carry-over included). */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'income-equals-spending',
  severity: 'error',
  description: {
    zh: '收支总表：预算收入合计应等于支出合计（含结余结转）。',
    en: 'Summary: total budget income must equal total spending (carry-over included).',
  },
  formula: '预算收入合计 = 支出合计',
  formulaScope: 'summary',
  messages: {
    mismatch: {
      zh: '收支不等：{expectedText}为{expected}{unit}，{actualText}为{actual}{unit}，相差{difference}{unit}。',
      en: 'Income and spending differ: {expectedText} is {expected} {unit}, {actualText} is {actual} {unit}, a difference of {difference} {unit}.',
    },
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
