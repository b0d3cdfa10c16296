import formExecutionScore from '../../../src/core/rules/form-execution-score';
import { RuleTester } from '../../support/rule-tester';
import { projectForm } from '../forms/form-grids';

const totalRow = (budget: number, spent: number, weight: unknown, rate: unknown, score: unknown): unknown[] => [
  '年度资金总额',
  budget,
  budget,
  spent,
  weight,
  rate,
  score,
];

new RuleTester().run('form-execution-score', formExecutionScore, {
  valid: [
    { name: '10 × 95% = 9.5', sheets: { 自评表: projectForm() } },
    { name: '10 × 57.03% = 5.70, to two decimals', sheets: { 自评表: projectForm({ money: [totalRow(183.54, 104.68, 10, '57.03%', 5.7)] }) } },
    { name: 'spending above the budget scores the full weight, not more', sheets: { 自评表: projectForm({ money: [totalRow(100, 105, 10, '105%', 10)] }) } },
    { name: 'an empty score is form-explanations’ to report', sheets: { 自评表: projectForm({ money: [totalRow(100, 95, 10, '95%', null)] }) } },
    { name: 'a zero budget gives no score to check', sheets: { 自评表: projectForm({ money: [totalRow(0, 0, 10, '/', 0)] }) } },
    {
      name: 'a province that gives full marks from 90%',
      sheets: { 自评表: projectForm({ money: [totalRow(100, 92, 10, '92%', 10)] }) },
      options: { params: { fullMarksRate: 0.9, decimals: 2 } },
    },
    {
      name: 'the Chongqing 执行率权重 and 执行率得分(分)',
      sheets: {
        自评表: [
          ['部门整体支出绩效自评表'],
          ['预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
          ['年度资金总额', 1865.39, 2388.07, 2084.71, 87.3, 10, 8.73],
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'full marks for a rate of 37.97% (the rate taken over 年初预算)',
      sheets: { 自评表: projectForm({ money: [['年度资金总额', 10, 48.38, 18.37, 10, '100.00%', 10]] }) },
      errors: [{ messageId: 'mismatch', row: 4, cells: ['G4', 'E4', 'F4'], zh: '得分应为3.8分（分值10 × 执行率37.97%），表中为10分' }],
    },
    {
      name: 'a score rounded the wrong way',
      sheets: { 自评表: projectForm({ money: [totalRow(183.54, 104.68, 10, '57.03%', 5.6)] }) },
      errors: [{ messageId: 'mismatch', row: 4 }],
    },
    {
      name: 'the score follows the figures even when the written rate is wrong',
      sheets: { 自评表: projectForm({ money: [totalRow(100, 80, 10, '95%', 9.5)] }) },
      errors: [{ messageId: 'mismatch', row: 4, zh: '应为8分' }],
    },
  ],
});
