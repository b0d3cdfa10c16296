/** Where a 全年预算数 column exists, it must be the budget its parts add up to. */
import { formulaRule, NOT_COMPUTABLE_MESSAGE } from './support/formula-rule';

export default formulaRule({
  id: 'project-budget',
  severity: 'error',
  description: {
    zh: '有“全年预算数”列时：全年预算数应等于年初预算、上级转移支付、年中调整和追加之和。',
    en: 'Where a full-year budget column exists, it must equal the initial budget plus transfers, adjustments and additions.',
  },
  example: {
    workbook: 'examples/shifeng-grid-2023.xlsx',
    changes: [
      { sheet: '项目支出', cell: 'K3', value: '全年预算数' },
      { sheet: '项目支出', cell: 'K4', value: 183.67 },
      { sheet: '项目支出', cell: 'K8', value: 48.38 },
      { sheet: '项目支出', cell: 'K11', value: 1988.53 },
      { sheet: '项目支出', cell: 'K13', value: 45.81 },
      { sheet: '项目支出', cell: 'K15', value: 2266.39 },
    ],
    given: {
      zh: '项目支出表加一列“全年预算数”（K 列）；第一个项目填 183.67，漏减了年中调减 0.13。',
      en: 'A 全年预算数 column (K) is added to the project table; the first project’s reads 183.67, forgetting the 0.13 调减.',
    },
    messageId: 'mismatch',
    message: {
      zh: '项目“网格信息化建设项目”全年预算数不符：全年预算数为183.67万元，年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加 = 183.54万元，相差0.13万元。',
      en: 'Project “网格信息化建设项目”: the full-year budget 全年预算数 is 183.67 ×10k yuan, but 年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加 = 183.54 ×10k yuan, a difference of 0.13 ×10k yuan.',
    },
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
