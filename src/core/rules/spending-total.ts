/** The summary's spending total is basic plus project spending plus carry-over. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE, TOTAL_MISMATCH_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'spending-total',
  severity: 'error',
  description: {
    zh: '收支总表：支出合计应等于基本支出、项目支出与结余结转之和。',
    en: 'Summary: total spending must equal basic spending plus project spending plus carry-over.',
  },
  example: {
    workbook: 'examples/shifeng-grid-2023.xlsx',
    changes: [{ sheet: '收支总表', cell: 'B10', value: 1964.4 }],
    given: {
      zh: '收支总表的项目支出（B10）改为各项目之和 1964.40：基本支出 120.3 + 项目支出 1964.40 + 结余结转 303.36 = 2388.06，支出合计仍是 2388.07。',
      en: 'The summary’s 项目支出 (B10) is set to the projects’ sum, 1964.40: 120.3 + 1964.40 + 303.36 = 2388.06, while 支出合计 still reads 2388.07.',
    },
    messageId: 'mismatch',
    message: {
      zh: '支出合计为2388.07万元，但基本支出 + 项目支出 + 结余结转 = 2388.06万元，相差0.01万元。',
      en: '支出合计 is 2388.07 ×10k yuan, but 基本支出 + 项目支出 + 结余结转 = 2388.06 ×10k yuan, a difference of 0.01 ×10k yuan.',
    },
  },
  formula: '支出合计 = 基本支出 + 项目支出 + 结余结转',
  formulaScope: 'summary',
  messages: {
    mismatch: TOTAL_MISMATCH_MESSAGE,
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
