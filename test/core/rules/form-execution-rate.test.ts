import formExecutionRate from '../../../src/core/rules/form-execution-rate';
import { RuleTester } from '../../support/rule-tester';
import { projectForm } from '../forms/form-grids';

const totalRow = (initial: unknown, budget: unknown, spent: unknown, rate: unknown): unknown[] => ['年度资金总额', initial, budget, spent, 10, rate, 5];

new RuleTester().run('form-execution-rate', formExecutionRate, {
  valid: [
    { name: '95 ÷ 100 = 95.00%', sheets: { 自评表: projectForm() } },
    { name: '104.68 ÷ 183.54 = 57.03%, over the adjusted budget', sheets: { 自评表: projectForm({ money: [totalRow(90, 183.54, 104.68, '57.03%')] }) } },
    {
      name: 'a fraction with a % format computed by Excel',
      sheets: { 自评表: projectForm({ money: [totalRow(90, 183.54, 104.68, '=D4/C4|0.570339980385747')] }) },
    },
    {
      name: 'Chongqing: 执行率(%) in percent points',
      sheets: {
        自评表: [
          ['部门整体支出绩效自评表'],
          ['单位名称', '测试单位'],
          ['预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
          ['年度资金总额', 1865.39, 2388.07, 2084.71, 87.3, 10, 8.73],
        ],
      },
    },
    { name: 'a rate left empty is not this rule’s to report', sheets: { 自评表: projectForm({ money: [totalRow(100, 100, 95, null)] }) } },
    {
      name: 'a row whose budget and spending are both 0 says nothing',
      sheets: { 自评表: projectForm({ money: [totalRow(100, 100, 95, '95%'), ['财政专户管理资金', 0, 0, 0, '/', '0.00%', '/']] }) },
    },
  ],
  invalid: [
    {
      name: 'a rate over 年初预算 (capped at 100%) is named as that slip',
      sheets: { 自评表: projectForm({ money: [totalRow(10, 48.38, 18.37, '100.00%')] }) },
      errors: [
        {
          messageId: 'initial-budget',
          row: 4,
          cells: ['F4', 'D4', 'C4', 'B4'],
          zh: '执行率100%是按年初预算数10万元计算的；应按全年预算数48.38万元计算，为37.97%',
        },
      ],
    },
    {
      name: 'a rate that does not follow from the figures',
      sheets: { 自评表: projectForm({ money: [totalRow(100, 100, 95, '59%')] }) },
      errors: [{ messageId: 'mismatch', row: 4, cells: ['F4', 'D4', 'C4'], zh: '执行率应为95%（全年执行数95万元 ÷ 全年预算数100万元），表中为59%' }],
    },
    {
      name: 'a zero budget is not computable: information, not a crash',
      sheets: { 自评表: projectForm({ money: [totalRow(0, 0, 0, '0%')] }) },
      errors: [{ messageId: 'not-computable', row: 4, severity: 'info' }],
    },
    {
      name: 'spending above the budget',
      sheets: { 自评表: projectForm({ money: [totalRow(100, 100, 120, '120%')] }) },
      errors: [{ messageId: 'over-budget', row: 4, severity: 'warning' }],
    },
    {
      name: 'a rate that is not a percentage',
      sheets: { 自评表: projectForm({ money: [totalRow(100, 100, 95, '较好')] }) },
      errors: [{ messageId: 'unreadable', row: 4, cells: ['F4'], severity: 'warning' }],
    },
    {
      name: 'the 其中 rows’ rates are checked too',
      sheets: { 自评表: projectForm({ money: [totalRow(100, 100, 95, '95%'), ['其中：当年财政拨款', 100, 100, 95, '/', '100%', '/']] }) },
      errors: [{ messageId: 'mismatch', row: 5, cells: ['F5', 'D5', 'C5'] }],
    },
  ],
});
