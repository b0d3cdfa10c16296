import formulaConsistency from '../../../src/core/rules/formula-consistency';
import { formulaReferences, formulaShape } from '../../../src/core/grid/formula-shape';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, SEED_PROJECTS } from './fixtures/grids';

const withBudget = (rows: unknown[][]): unknown[][] => [['项目名称', '年初预算', '追加', '全年预算数', '实际支出', '结余结转'], ...rows];
/** Projects with a computed 全年预算数; project 2 has two sub-items, and project 3 (row 6) holds `row6Budget`. */
const pastSubItems = (row6Budget: string): unknown[][] => [
  ['1、A', 1, 2, '=B2+C2|3', 3, 0],
  ['2、B', 4, 5, '=B3+C3|9', 9, 0],
  ['（1）B1', 4, 0, '=B4+C4|4', 4, 0],
  ['（2）B2', 0, 5, '=B5+C5|5', 5, 0],
  ['3、C', 1, 1, row6Budget, 2, 0],
  ['4、D', 1, 1, '=B7+C7|2', 2, 0],
];
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

new RuleTester().run('formula-consistency', formulaConsistency, {
  valid: [
    { name: 'typed figures and no formulas', sheets: { 项目支出: projectSheet() } },
    { name: 'a 合计 row of =SUM formulas', sheets: { 项目支出: projectSheet([...SEED_PROJECTS, TOTAL]) } },
    {
      name: 'a computed column with the same formula in every row',
      sheets: {
        项目支出: withBudget([
          ['A', 1, 2, '=B2+C2|3', 3, 0],
          ['B', 4, 5, '=B3+C3|9', 9, 0],
          ['C', 1, 1, '=B4+C4|2', 2, 0],
        ]),
      },
    },
    {
      name: 'projects summing their own sub-items, however many',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转'],
          ['1、A', 10, '=SUM(C3:C4)|3', 7],
          ['（1）A1', null, 1, null],
          ['（2）A2', null, 2, null],
          ['2、B', 10, '=SUM(C6:C6)|5', 5],
          ['（1）B1', null, 5, null],
        ],
      },
    },
    {
      name: 'a formula copied down past a project with sub-items',
      sheets: { 项目支出: withBudget(pastSubItems('=B6+C6|2')) },
    },
    {
      name: 'one formula alone does not make a computed column',
      sheets: {
        项目支出: withBudget([
          ['A', 1, 2, '=B2+C2|3', 3, 0],
          ['B', 4, 5, 9, 9, 0],
          ['C', 1, 1, 2, 2, 0],
        ]),
      },
    },
  ],
  invalid: [
    {
      name: 'a typed value in a computed column',
      sheets: {
        项目支出: withBudget([
          ['A', 1, 2, '=B2+C2|3', 3, 0],
          ['B', 4, 5, 9, 9, 0],
          ['C', 1, 1, '=B4+C4|2', 2, 0],
        ]),
      },
      errors: [
        {
          messageId: 'constant-in-column',
          row: 3,
          cells: ['D3'],
          severity: 'warning',
          subject: 'B·全年预算数',
          zh: '“全年预算数”列由公式计算，但D3是手工输入的数值9',
        },
      ],
    },
    {
      name: 'a formula reaching into another row',
      sheets: {
        项目支出: withBudget([
          ['A', 1, 2, '=B2+C2|3', 3, 0],
          ['B', 4, 5, '=B3+C4|5', 9, 0],
          ['C', 1, 1, '=B4+C4|2', 2, 0],
        ]),
      },
      errors: [{ messageId: 'different-formula', row: 3, cells: ['D3'], zh: 'D3的公式 =B3+C4 与“全年预算数”列其他单元格的公式（如D2的 =B2+C2）写法不同' }],
    },
    {
      name: 'a formula reaching into another row, just below a project with sub-items',
      sheets: { 项目支出: withBudget(pastSubItems('=B6+C7|2')) },
      errors: [{ messageId: 'different-formula', row: 6, cells: ['D6'], zh: 'D6的公式 =B6+C7 与“全年预算数”列其他单元格的公式（如D2的 =B2+C2）写法不同' }],
    },
    {
      name: 'a hard-coded figure in a 合计 row of formulas',
      sheets: { 项目支出: projectSheet([...SEED_PROJECTS, TOTAL.map((cell, i) => (i === 6 ? 1964.4 : cell))]) },
      errors: [{ messageId: 'constant-in-total', row: 6, cells: ['G6'], subject: '合计·实际支出' }],
    },
    {
      name: 'a 合计 formula that stops a row short',
      sheets: { 项目支出: projectSheet([...SEED_PROJECTS, TOTAL.map((cell, i) => (i === 2 ? '=SUM(C2:C4)|481.63' : cell))]) },
      errors: [{ messageId: 'different-total-formula', row: 6, cells: ['C6'], zh: '=SUM(C2:C4)' }],
    },
  ],
});

describe('formulaShape', () => {
  it.each([
    ['=SUM(C4:C7)', 8, 3, 'SUM(R[-4]C:R[-1]C)'],
    ['=SUM(D4:D7)', 8, 4, 'SUM(R[-4]C:R[-1]C)'],
    ['=B5+C5-$D$2', 5, 5, 'RC[-3]+RC[-2]-R2C4'],
    ['=项目支出!H4+LOG10(A1)', 4, 8, '项目支出!RC+LOG10(R[-3]C[-7])'],
    ['=IF(A1="B2",1,0)', 1, 2, 'IF(RC[-1]="B2",1,0)'],
  ])('%s in row %i column %i reads %s', (formula, row, column, shape) => {
    expect(formulaShape(formula, row, column)).toBe(shape);
  });

  it('lists the references, not the text in quotes', () => {
    expect(formulaReferences('=SUM(C4:C7)+"D9"')).toEqual([
      { row: 4, column: 3 },
      { row: 7, column: 3 },
    ]);
  });
});
