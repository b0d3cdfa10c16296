import amountsValid from '../../../src/core/rules/amounts-valid';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, SEED_PROJECTS, summarySheet, unitInfoSheet, withCell } from './fixtures/grids';

const budgetHeader = ['项目名称', '年初预算', '全年预算数', '实际支出', '结余结转'];

new RuleTester().run('amounts-valid', amountsValid, {
  valid: [
    { name: 'the seed’s numbers', sheets: { 基本情况: unitInfoSheet(), 收支总表: summarySheet(), 项目支出: projectSheet() } },
    { name: 'empty cells are not findings', sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 1, 3, null)) } },
    {
      name: 'adjustment columns may be signed',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '年中调整', '实际支出', '结余结转'],
          ['A', 90, -0.13, 60, 29.87],
        ],
        收支总表: summarySheet({ 调整追加: -5 }),
      },
    },
    { name: 'spending equal to the full-year budget', sheets: { 项目支出: [budgetHeader, ['A', 100, 100, 100.004, 0]] } },
    { name: 'counts written 35人', sheets: { 基本情况: unitInfoSheet({ 实有人数: '35人', 事业编制: '8名' }) } },
  ],
  invalid: [
    {
      name: 'a number stored as text is used, and named',
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 0, 6, '104.68 ')) },
      errors: [{ messageId: 'text-number', row: 2, cells: ['G2'], severity: 'warning', zh: 'G2（实际支出）的“104.68 ”是文本格式的数字，已按104.68万元计算' }],
    },
    {
      name: 'full-width and thousands separators, in the summary',
      sheets: { 收支总表: summarySheet({ 预算收入合计: '２,３８８．０７' }) },
      errors: [{ messageId: 'text-number', row: 1, cells: ['B1'], zh: '已按2388.07万元计算' }],
    },
    {
      name: 'an Excel error is never summed',
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 2, 1, { error: '#REF!' })) },
      errors: [{ messageId: 'excel-error', row: 4, cells: ['B4'], severity: 'error', zh: '错误值 #REF!' }],
    },
    {
      name: 'text and booleans in amount cells',
      sheets: { 项目支出: projectSheet(withCell(withCell(SEED_PROJECTS, 0, 2, '待定'), 3, 5, true)) },
      errors: [
        { messageId: 'not-a-number', row: 2, cells: ['C2'], zh: '“待定”' },
        { messageId: 'not-a-number', row: 5, cells: ['F5'], zh: '“TRUE”' },
      ],
    },
    {
      name: 'a dash reads as 0, said as information',
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 1, 3, '—')) },
      errors: [{ messageId: 'dash', row: 3, cells: ['D3'], severity: 'info' }],
    },
    {
      name: 'negative spending or carry-over',
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 3, 7, -2.86)) },
      errors: [{ messageId: 'negative', row: 5, cells: ['H5'], zh: '负数-2.86万元' }],
    },
    {
      name: 'the signed columns are a rulebook setting',
      options: { params: { signedFields: '' } },
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '年中调整', '实际支出', '结余结转'],
          ['A', 90, -0.13, 60, 29.87],
        ],
      },
      errors: [{ messageId: 'negative', row: 2, cells: ['C2'] }],
    },
    {
      name: 'spending above the full-year budget',
      sheets: { 项目支出: [budgetHeader, ['网格信息化建设项目', 100, 100, 100.01, -0.01]] },
      errors: [
        { messageId: 'over-budget', row: 2, cells: ['D2', 'C2'], severity: 'error', zh: '实际支出100.01万元超过全年预算数100万元' },
        { messageId: 'negative', row: 2, cells: ['E2'] },
      ],
    },
    {
      name: 'a head count that is not a number',
      sheets: { 基本情况: unitInfoSheet({ 实有人数: '三十五' }) },
      errors: [{ messageId: 'not-a-count', row: 4, cells: ['B4'], severity: 'warning' }],
    },
  ],
});
