import tableStructure from '../../../src/core/rules/table-structure';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, summarySheet } from './fixtures/grids';

new RuleTester().run('table-structure', tableStructure, {
  valid: [
    { name: 'a complete project table', sheets: { 项目支出: projectSheet() } },
    { name: 'a workbook with only a summary', sheets: { 收支总表: summarySheet() } },
  ],
  invalid: [
    {
      name: 'a project table without 结余结转 names the column and where it looked',
      sheets: { 项目支出: [['2023年项目支出表'], ['项目名称', '年初预算', '实际支出', '备注'], ['A', 100, 60, '']] },
      errors: [
        {
          messageId: 'missing-column',
          row: 2,
          cells: ['A2', 'B2', 'C2', 'D2'],
          severity: 'error',
          subject: '结余结转',
          zh: '工作表“项目支出”的项目支出表缺少必需的列“结余结转”（在第2行的表头中查找过：项目名称、年初预算、实际支出、备注）',
        },
      ],
    },
    {
      name: 'a column headed twice: the first is checked, the other is said to be left out',
      sheets: { 项目支出: [['项目名称', '年初预算', '实际支出', '结余结转', '实际支出'], ['A', 100, 60, 40, 75]] },
      errors: [
        {
          messageId: 'duplicate-column',
          row: 1,
          cells: ['C1', 'E1'],
          severity: 'warning',
          subject: '实际支出',
          zh: '工作表“项目支出”的项目支出表有两列表头都是“实际支出”（C1、E1）：只核对了C1所在的列，E1所在的列未核对。',
        },
      ],
    },
    {
      name: 'a workbook with nothing to check',
      sheets: { Sheet1: [['hello', 'world']], Sheet2: [] },
      errors: [{ messageId: 'no-table', row: 1, severity: 'warning', zh: '在工作表 Sheet1、Sheet2 中查找过' }],
    },
  ],
});
