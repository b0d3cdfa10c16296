import projectBudget from '../../../src/core/rules/project-budget';
import { RuleTester } from '../../support/rule-tester';

const header = ['项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '全年预算数', '实际支出', '结余结转'];

new RuleTester().run('project-budget', projectBudget, {
  valid: [
    {
      name: 'no 全年预算数 column: nothing to check',
      sheets: { 项目支出: [header.filter((h) => h !== '全年预算数'), ['A', 90, 88.67, 0, 0.13, 5, 104.68, 78.86]] },
    },
    { name: '183.54 = 90 + 88.67 − 0.13 + 5', sheets: { 项目支出: [header, ['A', 90, 88.67, 0, 0.13, 5, 183.54, 104.68, 78.86]] } },
    {
      name: 'synonym 调整后预算 and a formula cell',
      sheets: { 项目支出: [header.map((h) => (h === '全年预算数' ? '调整后预算' : h)), ['A', 90, 88.67, 0, 0.13, 5, '=B2+C2+D2-E2+F2|183.54', 104.68, 78.86]] },
    },
  ],
  invalid: [
    {
      name: 'a full-year budget that forgot the 调减',
      sheets: { 项目支出: [header, ['网格信息化建设项目', 90, 88.67, 0, 0.13, 5, 183.67, 104.68, 78.86]] },
      errors: [
        {
          messageId: 'mismatch',
          row: 2,
          cells: ['G2', 'B2', 'C2', 'D2', 'E2', 'F2'],
          zh: '全年预算数为183.67万元，年初预算 + 上级转移支付 + 年中调增 − 年中调减 + 追加 = 183.54万元，相差0.13万元',
        },
      ],
    },
  ],
});
