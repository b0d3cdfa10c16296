/** The summary's spending total is basic plus project spending plus carry-over. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE, TOTAL_MISMATCH_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'spending-total',
  severity: 'error',
  description: {
    zh: '收支总表：支出合计应等于基本支出、项目支出与结余结转之和。',
    en: 'Summary: total spending must equal basic spending plus project spending plus carry-over.',
  },
  formula: '支出合计 = 基本支出 + 项目支出 + 结余结转',
  formulaScope: 'summary',
  messages: {
    mismatch: TOTAL_MISMATCH_MESSAGE,
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
