/** Every project's money in equals its money out: what it had = what it spent + what it carries over. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'project-balance',
  severity: 'error',
  description: {
    zh: '每个项目：年初预算、上级转移支付、年中调整和追加之和，应等于实际支出加结余结转。',
    en: 'For each project, the budget with its transfers and adjustments must equal actual spending plus carry-over.',
  },
  example: {
    workbook: 'examples/shifeng-grid-2023.xlsx',
    changes: [{ sheet: '项目支出', cell: 'H4', value: 104.67 }],
    given: {
      zh: '“网格信息化建设项目”的实际支出（H4）写成 104.67：90 + 88.67 + 0 − 0.13 + 5 = 183.54，而 104.67 + 78.86 = 183.53。',
      en: 'The actual spending of 网格信息化建设项目 (H4) reads 104.67: 90 + 88.67 + 0 − 0.13 + 5 = 183.54, but 104.67 + 78.86 = 183.53.',
    },
    messageId: 'mismatch',
    message: {
      zh: '项目“网格信息化建设项目”收支不平衡：年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加 = 183.54万元，实际支出 + 结余结转 = 183.53万元，相差0.01万元。',
      en: 'Project “网格信息化建设项目” does not balance: 年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加 = 183.54 ×10k yuan, but 实际支出 + 结余结转 = 183.53 ×10k yuan, a difference of 0.01 ×10k yuan.',
    },
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
