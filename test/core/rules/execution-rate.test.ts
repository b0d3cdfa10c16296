import executionRate from '../../../src/core/rules/execution-rate';
import { RuleTester } from '../../support/rule-tester';

const header = ['项目名称', '年初预算', '全年预算数', '实际支出', '结余结转', '执行率'];

new RuleTester().run('execution-rate', executionRate, {
  valid: [
    { name: 'no 执行率 column: nothing to check', sheets: { 项目支出: [header.slice(0, 5), ['A', 90, 183.54, 104.68, 78.86]] } },
    { name: '104.68 ÷ 183.54 = 57.03% written as text', sheets: { 项目支出: [header, ['A', 90, 183.54, 104.68, 78.86, '57.03%']] } },
    { name: 'as a fraction computed by Excel', sheets: { 项目支出: [header, ['A', 90, 183.54, 104.68, 78.86, '=D2/C2|0.570339980385747']] } },
    {
      name: 'in percent points under a 执行率(%) header',
      sheets: {
        项目支出: [
          [...header.slice(0, 5), '执行率(%)'],
          ['A', 90, 183.54, 104.68, 78.86, 57.03],
        ],
      },
    },
    {
      name: 'rounded the other way at the half: 57.035 may be written 57.04 or 57.03',
      sheets: { 项目支出: [header, ['A', 200, 200, 114.07, 85.93, '57.04%']] },
    },
    {
      name: 'without 全年预算数 the budget is the sum of its parts',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '上级转移支付', '年中调减', '追加', '实际支出', '结余结转', '执行率'],
          ['A', 90, 88.67, 0.13, 5, 104.68, 78.86, '57.03%'],
        ],
      },
    },
    { name: 'an empty row with a zero budget is not reported', sheets: { 项目支出: [header, ['A', 0, 0, 0, 0, null]] } },
  ],
  invalid: [
    {
      name: 'a rate computed over 年初预算 instead of the full-year budget',
      sheets: { 项目支出: [header, ['网格信息化建设项目', 90, 183.54, 104.68, 78.86, '116.31%']] },
      errors: [
        { messageId: 'mismatch', row: 2, cells: ['F2', 'D2', 'C2'], zh: '执行率应为57.03%（实际支出104.68万元 ÷ 全年预算数183.54万元），表中为116.31%' },
      ],
    },
    {
      name: 'a zero budget is not computable: information, not a crash',
      sheets: { 项目支出: [header, ['A', 0, 0, 5, -5, '100%']] },
      errors: [{ messageId: 'not-computable', row: 2, severity: 'info' }],
    },
    {
      name: 'a rate that is not a percentage',
      sheets: { 项目支出: [header, ['A', 90, 183.54, 104.68, 78.86, '较高']] },
      errors: [{ messageId: 'unreadable', row: 2, cells: ['F2'], severity: 'warning' }],
    },
    {
      name: 'the 合计 row’s rate is checked too',
      sheets: { 项目支出: [header, ['A', 100, 100, 50, 50, '50%'], ['B', 100, 100, 100, 0, '100%'], ['合计', 200, 200, 150, 50, '70%']] },
      errors: [{ messageId: 'mismatch', row: 4, zh: '应为75%' }],
    },
  ],
});
