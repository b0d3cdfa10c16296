import projectBalance from '../../../src/core/rules/project-balance';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, SEED_PROJECTS, withCell } from './fixtures/grids';

const ruleTester = new RuleTester();

ruleTester.run('project-balance', projectBalance, {
  valid: [
    { name: 'the seed’s four projects balance', sheets: { 项目支出: projectSheet() } },
    {
      name: 'a difference within the 0.005 万元 tolerance is rounding',
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 0, 6, 104.684)) },
    },
    {
      name: 'a signed 年中调整 column counts as 调增 (negative = 调减)',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转'],
          ['网格信息化建设项目', 90, 88.67, -0.13, 5, 104.68, 78.86],
        ],
      },
    },
    {
      name: 'optional columns that are missing count as 0',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转'],
          ['A', 100, 60, 40],
        ],
      },
    },
    {
      name: 'the table may stand anywhere, in any column order',
      sheets: {
        项目支出: [
          ['2023年项目支出表'],
          ['单位：万元'],
          [],
          [null, '结余结转', '实际支出', '项目名称', '追加', '年初预算', '上级转移支付'],
          [null, 30.01, 18.37, '业务性专项经费', 0.15, 10, 38.23],
        ],
      },
    },
    {
      name: 'amounts in 元 are compared in 元',
      sheets: { 项目支出: [['单位：元'], ['项目名称', '年初预算', '实际支出', '结余结转'], ['A', 1000000.5, 600000.25, 400000.25]] },
    },
    {
      name: 'a bureau formula replaces the bundled one',
      options: { formula: '年初预算 + 追加 = 实际支出 + 结余结转' },
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '上级转移支付', '追加', '实际支出', '结余结转'],
          ['A', 100, 999, 10, 70, 40],
        ],
      },
    },
    {
      name: 'the tolerance is a setting: at 0.02 万元 a 0.01 difference is rounding',
      toleranceWan: 0.02,
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 0, 6, 104.67)) },
    },
    {
      name: 'an unreadable cell is left to amounts-valid, not guessed',
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 0, 6, '#REF!')) },
    },
  ],
  invalid: [
    {
      name: 'spending off by 0.01 is found, beyond the tolerance',
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 0, 6, 104.67)) },
      errors: [
        {
          messageId: 'mismatch',
          row: 2,
          cells: ['G2', 'H2', 'B2', 'C2', 'D2', 'E2', 'F2'],
          severity: 'error',
          subject: '网格信息化建设项目',
          zh: '相差0.01万元',
        },
      ],
    },
    {
      name: 'with a tolerance of 0, even 0.004 万元 is a difference',
      toleranceWan: 0,
      sheets: { 项目支出: projectSheet(withCell(SEED_PROJECTS, 0, 6, 104.684)) },
      errors: [{ messageId: 'mismatch', row: 2, zh: '相差0.004万元' }],
    },
    {
      name: 'each unbalanced row is its own finding, in row order',
      sheets: { 项目支出: projectSheet(withCell(withCell(SEED_PROJECTS, 3, 7, 2.96), 1, 1, 110)) },
      errors: [
        { messageId: 'mismatch', row: 3, zh: '相差100万元' },
        { messageId: 'mismatch', row: 5, zh: '相差0.1万元' },
      ],
    },
    {
      name: 'a negative 年中调整 lowers the budget side',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '上级转移支付', '年中调整', '追加', '实际支出', '结余结转'],
          ['网格信息化建设项目', 90, 88.67, 0.13, 5, 104.68, 78.86],
        ],
      },
      errors: [{ messageId: 'mismatch', row: 2, zh: '相差0.26万元' }],
    },
    {
      name: 'a bureau formula is the one checked',
      options: { formula: '年初预算 = 实际支出 + 结余结转' },
      sheets: { 项目支出: projectSheet() },
      errors: [1, 2, 3, 4].map((n) => ({ messageId: 'mismatch', row: n + 1 })),
    },
    {
      name: 'figures are written in 元 when the table is in 元',
      sheets: { 项目支出: [['单位：元'], ['项目名称', '年初预算', '实际支出', '结余结转'], ['A', 1000, 600, 300]] },
      errors: [{ messageId: 'mismatch', row: 3, zh: '= 1000元，实际支出 + 结余结转 = 900元，相差100元' }],
    },
  ],
});
