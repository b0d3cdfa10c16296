import columnTotals from '../../../src/core/rules/column-totals';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, SEED_PROJECTS } from './fixtures/grids';

const TOTAL = [
  '合计',
  '=SUM(B2:B5)|1755.8',
  '=SUM(C2:C5)|505.44',
  '=SUM(D2:D5)|0',
  '=SUM(E2:E5)|0.13',
  '=SUM(F2:F5)|5.15',
  '=SUM(G2:G5)|1964.4',
  '=SUM(H2:H5)|301.86',
];

new RuleTester().run('column-totals', columnTotals, {
  valid: [
    { name: 'the seed’s 合计 row', sheets: { 项目支出: projectSheet([...SEED_PROJECTS, TOTAL]) } },
    {
      name: '合计 on top',
      sheets: { 项目支出: projectSheet([TOTAL.map((c) => (typeof c === 'string' ? c.replace(/2:(\w)5/, '3:$16') : c)), ...SEED_PROJECTS]) },
    },
    {
      name: 'sub-items are not added again',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转'],
          ['1、A', 100, 60, 40],
          ['（1）A1', null, 50, null],
          ['2、B', 10, 10, 0],
          ['合计', 110, 70, 40],
        ],
      },
    },
    { name: 'no 合计 row: nothing to check', sheets: { 项目支出: projectSheet() } },
  ],
  invalid: [
    {
      name: 'a total that misses a row',
      sheets: { 项目支出: projectSheet([...SEED_PROJECTS, ['合计', 1755.8, 505.44, 0, 0.13, 5.15, 1921.45, 301.86]]) },
      errors: [
        {
          messageId: 'mismatch',
          row: 6,
          cells: ['G6'],
          subject: '合计·实际支出',
          zh: '合计行的“实际支出”为1921.45万元，但各项目之和为1964.4万元，相差42.95万元',
        },
      ],
    },
    {
      name: 'a total that added the sub-items as well',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转'],
          ['1、A', 100, 60, 40],
          ['（1）A1', null, 50, null],
          ['合计', 100, 110, 40],
        ],
      },
      errors: [{ messageId: 'mismatch', row: 4, cells: ['C4'] }],
    },
  ],
});
