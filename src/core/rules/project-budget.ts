/** Where a 全年预算数 column exists, it must be the budget its parts add up to. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'project-budget',
  severity: 'error',
  description: {
    zh: '有“全年预算数”列时：全年预算数应等于年初预算、上级转移支付、年中调整和追加之和。',
    en: 'Where a full-year budget column exists, it must equal the initial budget plus transfers, adjustments and additions.',
  },
  formula: '全年预算数 = 年初预算 + 上级转移支付 + 年中调增 - 年中调减 + 追加',
  formulaScope: 'project-row',
  messages: {
    mismatch: {
      zh: '项目“{subject}”全年预算数不符：{actualText}为{actual}{unit}，{expectedText} = {expected}{unit}，相差{difference}{unit}。',
      en: 'Project “{subject}”: the full-year budget {actualText} is {actual} {unit}, but {expectedText} = {expected} {unit}, a difference of {difference} {unit}.',
    },
    'not-computable': NOT_COMPUTABLE_MESSAGE,
  },
});
