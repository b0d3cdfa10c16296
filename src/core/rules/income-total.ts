/** The summary's income total is the sum of its sources. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE, TOTAL_MISMATCH_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'income-total',
  severity: 'error',
  description: {
    zh: '收支总表：预算收入合计应等于年初预算、调整追加与其他资金之和。',
    en: 'Summary: total budget income must equal the initial budget plus adjustments and other funds.',
  },
  example: {
    workbook: 'examples/shifeng-grid-2023.xlsx',
    changes: [{ sheet: '收支总表', cell: 'B4', value: 2388.08 }],
    given: {
      zh: '收支总表的预算收入合计（B4）写成 2388.08，而年初预算 1865.39 + 调整追加 522.68 + 其他资金 0 = 2388.07。',
      en: 'The summary’s 预算收入合计 (B4) reads 2388.08, while 年初预算 1865.39 + 调整追加 522.68 + 其他资金 0 = 2388.07.',
    },
    messageId: 'mismatch',
    message: {
      zh: '预算收入合计为2388.08万元，但年初预算 + 调整追加 + 其他资金 = 2388.07万元，相差0.01万元。',
      en: '预算收入合计 is 2388.08 ×10k yuan, but 年初预算 + 调整追加 + 其他资金 = 2388.07 ×10k yuan, a difference of 0.01 ×10k yuan.',
    },
  },
  formula: '预算收入合计 = 年初预算 + 调整追加 + 其他资金',
  formulaScope: 'summary',
  messages: {
    mismatch: TOTAL_MISMATCH_MESSAGE,
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
