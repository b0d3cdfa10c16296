/** Every project's money in equals its money out: what it had = what it spent + what it carries over. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'project-balance',
  severity: 'error',
  description: {
    zh: '每个项目：年初预算、上级转移支付、年中调整和追加之和，应等于实际支出加结余结转。',
    en: 'For each project, the budget with its transfers and adjustments must equal actual spending plus carry-over.',
  },
  formula: '年初预算 + 上级转移支付 + 年中调增 - 年中调减 + 追加 = 实际支出 + 结余结转',
  formulaScope: 'project-row',
  messages: {
    mismatch: {
      zh: '项目“{subject}”收支不平衡：{expectedText} = {expected}{unit}，{actualText} = {actual}{unit}，相差{difference}{unit}。',
      en: 'Project “{subject}” does not balance: {expectedText} = {expected} {unit}, but {actualText} = {actual} {unit}, a difference of {difference} {unit}.',
    },
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
