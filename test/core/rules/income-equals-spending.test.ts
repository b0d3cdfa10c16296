import incomeEqualsSpending from '../../../src/core/rules/income-equals-spending';
import { RuleTester } from '../../support/rule-tester';
import { summarySheet } from './fixtures/grids';

new RuleTester().run('income-equals-spending', incomeEqualsSpending, {
  valid: [
    { name: 'the seed: 2388.07 = 2388.07', sheets: { 收支总表: summarySheet() } },
    { name: 'rounding within the tolerance', sheets: { 收支总表: summarySheet({ 支出合计: 2388.065 }) } },
  ],
  invalid: [
    {
      name: 'income and spending differ',
      sheets: { 收支总表: summarySheet({ 支出合计: 2380 }) },
      errors: [{ messageId: 'mismatch', row: 5, cells: ['B5', 'B1'], zh: '预算收入合计为2388.07万元，支出合计为2380万元，相差8.07万元' }],
    },
    {
      name: 'a total written as text is still compared (amounts-valid names the cell)',
      sheets: { 收支总表: summarySheet({ 支出合计: '2,380.00' }) },
      errors: [{ messageId: 'mismatch', row: 5, zh: '相差8.07万元' }],
    },
  ],
});
