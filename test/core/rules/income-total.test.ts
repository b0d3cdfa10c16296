import incomeTotal from '../../../src/core/rules/income-total';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import { RuleTester } from '../../support/rule-tester';
import { summarySheet } from './fixtures/grids';

new RuleTester().run('income-total', incomeTotal, {
  valid: [
    { name: 'the seed: 1865.39 + 522.68 + 0 = 2388.07', sheets: { 收支总表: summarySheet() } },
    { name: 'a missing 其他资金 counts as 0', sheets: { 收支总表: summarySheet({ 其他资金: undefined }) } },
    { name: 'within the tolerance', sheets: { 收支总表: summarySheet({ 预算收入合计: 2388.074 }) } },
    {
      name: 'synonyms: 收入合计, 追加调整, 其他资金来源',
      sheets: {
        收支总表: [
          ['收入合计', 100],
          ['年初预算', 60],
          ['追加调整', 30],
          ['其他资金来源', 10],
        ],
      },
    },
    {
      name: 'labels anywhere on the sheet, values beside them',
      sheets: { 收支总表: sheetFromRows('收支总表', [['单位：万元'], [null, '预算收入合计', 100, '年初预算', 100]], 'C5') },
    },
    { name: 'without 预算收入合计 there is nothing to check (no guess)', sheets: { 收支总表: summarySheet({ 预算收入合计: undefined }) } },
  ],
  invalid: [
    {
      name: 'the total differs from its parts by 0.01',
      sheets: { 收支总表: summarySheet({ 预算收入合计: 2388.08 }) },
      errors: [
        {
          messageId: 'mismatch',
          row: 1,
          cells: ['B1', 'B2', 'B3', 'B4'],
          subject: '预算收入合计',
          zh: '预算收入合计为2388.08万元，但年初预算 + 调整追加 + 其他资金 = 2388.07万元，相差0.01万元',
        },
      ],
    },
    {
      name: 'other funds missed in the total',
      sheets: { 收支总表: summarySheet({ 其他资金: 12.5 }) },
      errors: [{ messageId: 'mismatch', row: 1, zh: '相差12.5万元' }],
    },
    {
      name: 'a rulebook formula without 其他资金 is the one checked',
      options: { formula: '预算收入合计 = 年初预算 + 调整追加' },
      sheets: { 收支总表: summarySheet({ 预算收入合计: 2400.57, 其他资金: 12.5 }) },
      errors: [{ messageId: 'mismatch', row: 1, zh: '相差12.5万元' }],
    },
  ],
});
