/** What came in is accounted for: total income equals total spending (carry-over included). */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'income-equals-spending',
  severity: 'error',
  description: {
    zh: '收支总表：预算收入合计应等于支出合计（含结余结转）。',
    en: 'Summary: total budget income must equal total spending (carry-over included).',
  },
  example: {
    workbook: 'examples/shifeng-grid-2023.xlsx',
    changes: [{ sheet: '收支总表', cell: 'B8', value: 2380 }],
    given: {
      zh: '收支总表的支出合计（B8）写成 2380，预算收入合计为 2388.07。',
      en: 'The summary’s 支出合计 (B8) reads 2380; 预算收入合计 is 2388.07.',
    },
    messageId: 'mismatch',
    message: {
      zh: '收支不等：预算收入合计为2388.07万元，支出合计为2380万元，相差8.07万元。',
      en: 'Income and spending differ: 预算收入合计 is 2388.07 ×10k yuan, 支出合计 is 2380 ×10k yuan, a difference of 8.07 ×10k yuan.',
    },
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
