import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import tableStructure from '../../../src/core/rules/table-structure';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, SEED_PROJECTS, summarySheet } from './fixtures/grids';

/** The seed's projects on rows 2–5 and a row 6 of sums over each column above, without a label. */
const SUMS_ROW = ['', ...['B', 'C', 'D', 'E', 'F', 'G', 'H'].map((column) => `=SUM(${column}2:${column}5)|0`)];
const SUMS_OF_PROJECTS = ['', '=B2+B3+B4+B5|1755.8', '', '', '', '', '=G2+G3+G4+G5|1964.4', ''];

/** A sheet whose name column A is merged over rows 4–6: row 5's and 6's names are lost, as Excel keeps only A4's. */
function mergedNames(lastRow: readonly unknown[]) {
  const sheet = sheetFromRows('项目支出', projectSheet([...SEED_PROJECTS.slice(0, 3), withoutName(SEED_PROJECTS[3]), lastRow]));
  return { ...sheet, merges: [{ top: 4, left: 1, bottom: 6, right: 1 }] };
}

const withoutName = (row: readonly unknown[]): unknown[] => ['', ...row.slice(1)];

new RuleTester().run('table-structure', tableStructure, {
  valid: [
    { name: 'a complete project table', sheets: { 项目支出: projectSheet() } },
    { name: 'a workbook with only a summary', sheets: { 收支总表: summarySheet() } },
    { name: 'a labelled 合计 row of sums', sheets: { 项目支出: projectSheet([...SEED_PROJECTS, ['合计', ...SUMS_ROW.slice(1)]]) } },
    { name: 'a row with a name but no figures', sheets: { 项目支出: projectSheet([...SEED_PROJECTS, ['其他事项']]) } },
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
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转', '实际支出'],
          ['A', 100, 60, 40, 75],
        ],
      },
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
      name: 'a row of figures without a name is checked as “第N行” and said',
      sheets: { 项目支出: projectSheet([...SEED_PROJECTS, withoutName(SEED_PROJECTS[0])]) },
      errors: [{ messageId: 'unnamed-row', row: 6, cells: ['A6'], severity: 'warning', zh: '第6行有金额，但A6中没有项目名称：已按项目核对，称为“第6行”' }],
    },
    {
      name: 'a total row without its 合计 label, adding up each column above, is read as a total and said',
      sheets: { 项目支出: projectSheet([...SEED_PROJECTS, SUMS_ROW]) },
      errors: [{ messageId: 'unlabelled-total', row: 6, cells: ['A6'], severity: 'warning', zh: '已按合计行核对。请在A6填写“合计”' }],
    },
    {
      name: 'a total of the projects written cell by cell (=B2+B3+B4+B5) is a total too',
      sheets: { 项目支出: projectSheet([...SEED_PROJECTS, SUMS_OF_PROJECTS]) },
      errors: [{ messageId: 'unlabelled-total', row: 6, cells: ['A6'] }],
    },
    {
      name: 'a nameless row copying one cell above (=G5) is no total: a nameless project',
      sheets: { 项目支出: projectSheet([...SEED_PROJECTS, ['', 0, 0, 0, 0, 0, '=G5|42.95', 0]]) },
      errors: [{ messageId: 'unnamed-row', row: 6, cells: ['A6'] }],
    },
    {
      name: 'names lost under a merge: the merge and the cell holding its text are named',
      sheets: { 项目支出: mergedNames(SUMS_ROW) },
      errors: [
        { messageId: 'unnamed-row-merged', row: 5, cells: ['A5'], zh: 'A5在合并区域A4:A6内，文字只保存在A4' },
        { messageId: 'unlabelled-total-merged', row: 6, cells: ['A6'], zh: '（A6在合并区域A4:A6内，文字只保存在A4），但它的公式都是对上方同列求和' },
      ],
    },
    {
      name: 'a workbook with nothing to check',
      sheets: { Sheet1: [['hello', 'world']], Sheet2: [] },
      errors: [{ messageId: 'no-table', row: 1, severity: 'warning', zh: '在工作表 Sheet1、Sheet2 中查找过' }],
    },
  ],
});
