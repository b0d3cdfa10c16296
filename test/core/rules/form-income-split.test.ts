import formIncomeSplit from '../../../src/core/rules/form-income-split';
import { RuleTester } from '../../support/rule-tester';

/** A national 部门整体支出绩效自评表: the income split beside the spending split, each amount right of its item. */
function sideBySide(general: unknown, fund: unknown, basic: unknown, projects: unknown): unknown[][] {
  return [
    ['部门整体支出绩效自评表'],
    ['部门（单位）名称', '测试单位'],
    ['年度预算执行情况（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 1865.39, 2388.07, 2084.71, 10, '87.30%', 8.73],
    [null, '按收入性质分', null, null, '按支出性质分'],
    [null, '一般公共预算', general, null, '基本支出', basic],
    [null, '政府性基金拨款', fund, null, '项目支出', projects],
    [null, '纳入专户管理的非税收入拨款', 0],
    [null, '其他资金', '/'],
  ];
}

/** The Chongqing unit form: the splits as rows of the money block, in its columns. */
function chongqing(general: unknown, basic: unknown): unknown[][] {
  return [
    ['部门整体支出绩效自评表（2023年度）'],
    ['单位名称', '测试单位'],
    ['单位：万元'],
    ['预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
    ['年度资金总额', 1865.39, 2388.07, 2084.71, 87.3, 10, 8.73],
    ['按收入性质分'],
    ['其中：一般公共预算', 1865.39, general, 2084.71, 87.3, '/', '/'],
    ['政府性基金拨款', 0, 0, 0, '/', '/', '/'],
    ['其他资金', 0, 0, 0, '/', '/', '/'],
    ['按支出性质分'],
    ['其中：基本支出', '/', '/', basic, '/', '/', '/'],
    ['项目支出', '/', '/', 1964.41, '/', '/', '/'],
  ];
}

new RuleTester().run('form-income-split', formIncomeSplit, {
  valid: [
    { name: 'national, side by side: 2388.07 by income, 120.3 + 1964.41 by spending', sheets: { 整体: sideBySide(2388.07, 0, 120.3, 1964.41) } },
    { name: 'Chongqing, as rows of the money block', sheets: { 整体: chongqing(2388.07, 120.3) } },
    {
      name: 'a project form has no split to check',
      sheets: {
        项目: [
          ['项目支出绩效自评表'],
          ['项目名称', 'A'],
          ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', 1, 1, 1, 10, '100%', 10],
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'income that does not add up to the full-year budget',
      sheets: { 整体: sideBySide(1865.39, 0, 120.3, 1964.41) },
      errors: [
        { messageId: 'income', row: 4, cells: ['D4', 'C6', 'C7', 'C8'], zh: '按收入性质分的各项之和为1865.39万元，但全年预算数为2388.07万元，相差522.68万元' },
      ],
    },
    {
      name: 'spending by nature that does not add up to the full-year spending',
      sheets: { 整体: sideBySide(2388.07, 0, 120.3, 1964.4) },
      errors: [{ messageId: 'expenditure', row: 4, cells: ['E4', 'F6', 'F7'], zh: '（基本支出120.3 + 项目支出1964.4）' }],
    },
    {
      name: 'Chongqing: both splits off',
      sheets: { 整体: chongqing(2300, 100) },
      errors: [
        { messageId: 'income', row: 5, cells: ['C5', 'C7', 'C8', 'C9'] },
        { messageId: 'expenditure', row: 5, cells: ['D5', 'D11', 'D12'] },
      ],
    },
  ],
});
