import formVsProject from '../../../src/core/rules/form-vs-project';
import { RuleTester } from '../../support/rule-tester';
import { projectForm } from '../forms/form-grids';

const PROJECTS: unknown[][] = [
  ['项目名称', '年初预算', '上级转移支付', '年中调减', '追加', '实际支出', '结余结转'],
  ['网格信息化建设项目', 90, 88.67, 0.13, 5, 104.68, 78.86],
  ['业务性专项经费', 10, 38.23, 0, 0.15, 18.37, 30.01],
];

const formOf = (name: string, budget: number, spent: number) =>
  projectForm({ name, money: [['年度资金总额', 90, budget, spent, 10, null, null]], total: null });

new RuleTester().run('form-vs-project', formVsProject, {
  valid: [
    { name: 'the form agrees with its project row', sheets: { 项目支出: PROJECTS, 自评表: formOf('网格信息化建设项目', 183.54, 104.68) } },
    { name: 'a project code before the name is ignored', sheets: { 项目支出: PROJECTS, 自评表: formOf('43020101-网格信息化建设项目', 183.54, 104.68) } },
    { name: 'a form for a project the table does not list', sheets: { 项目支出: PROJECTS, 自评表: formOf('工资性支出', 251.89, 251.89) } },
    { name: 'no project table', sheets: { 自评表: formOf('网格信息化建设项目', 1, 1) } },
  ],
  invalid: [
    {
      name: 'spending that differs from the table’s 实际支出',
      sheets: { 项目支出: PROJECTS, 自评表: formOf('网格信息化建设项目', 183.54, 104.86) },
      errors: [
        { messageId: 'spending', row: 4, sheet: '自评表', cells: ['D4'], zh: '全年执行数为104.86万元，但项目支出第2行的实际支出为104.68万元，相差0.18万元' },
      ],
    },
    {
      name: 'a budget that is not 实际支出 + 结余结转',
      sheets: { 项目支出: PROJECTS, 自评表: formOf('业务性专项经费', 48.23, 18.37) },
      errors: [{ messageId: 'budget', row: 4, cells: ['C4'], zh: '实际支出 + 结余结转为48.38万元' }],
    },
  ],
});
