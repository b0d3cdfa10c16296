import spendingTotal from '../../../src/core/rules/spending-total';
import { RuleTester } from '../../support/rule-tester';
import { summarySheet } from './fixtures/grids';

new RuleTester().run('spending-total', spendingTotal, {
  valid: [
    { name: 'the seed: 120.3 + 1964.41 + 303.36 = 2388.07', sheets: { 收支总表: summarySheet() } },
    {
      name: 'synonyms: 支出总计, 结转结余',
      sheets: {
        收支总表: [
          ['支出总计', 100],
          ['基本支出', 20],
          ['项目支出', 70],
          ['结转结余', 10],
        ],
      },
    },
    { name: 'a carry-over line that is not there cannot be assumed 0', sheets: { 收支总表: summarySheet({ 结余结转: undefined }) } },
  ],
  invalid: [
    {
      name: 'the seed with 项目支出 as the projects add it up (1964.40)',
      sheets: { 收支总表: summarySheet({ 项目支出: 1964.4 }) },
      errors: [
        {
          messageId: 'mismatch',
          row: 5,
          cells: ['B5', 'B6', 'B7', 'B8'],
          subject: '支出合计',
          zh: '支出合计为2388.07万元，但基本支出 + 项目支出 + 结余结转 = 2388.06万元，相差0.01万元',
        },
      ],
    },
  ],
});
