import formExecutionFollows from '../../../src/core/rules/form-execution-follows';
import { RuleTester } from '../../support/rule-tester';

/** The Chongqing unit form: 全年执行数 2084.71 of 2388.07 (87.30%, 8.73 of 10), split 基本支出 + 1964.41. */
function chongqing(basic: unknown): unknown[][] {
  return [
    ['部门整体支出绩效自评表（2023年度）'],
    ['单位名称', '测试单位'],
    ['单位：万元'],
    ['预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
    ['年度资金总额', 1865.39, 2388.07, 2084.71, 87.3, 10, 8.73],
    ['按收入性质分'],
    ['其中：一般公共预算', 1865.39, 2388.07, 2084.71, 87.3, '/', '/'],
    ['按支出性质分'],
    ['其中：基本支出', '/', '/', basic, '/', '/', '/'],
    ['项目支出', '/', '/', 1964.41, '/', '/', '/'],
  ];
}

/** A project table and a national project form for 网格信息化建设项目 (全年预算数 183.54, 分值 10). */
function projectAndForm(formSpent: number): Record<string, unknown[][]> {
  return {
    项目支出: [
      ['项目名称', '年初预算', '实际支出', '结余结转'],
      ['网格信息化建设项目', 183.54, 104.68, 78.86],
    ],
    项目自评: [
      ['项目支出绩效自评表'],
      ['项目名称', '网格信息化建设项目'],
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', 90, 183.54, formSpent, 10, '57.13%', 5.71],
    ],
  };
}

new RuleTester().run('form-execution-follows', formExecutionFollows, {
  valid: [
    { name: 'the split agrees: 120.3 + 1964.41 = 2084.71', sheets: { 整体: chongqing(120.3) } },
    { name: 'the split within the tolerance', sheets: { 整体: chongqing(120.304) } },
    { name: 'the form agrees with the project table', sheets: projectAndForm(104.68) },
  ],
  invalid: [
    {
      name: 'the split says 2184.71: the rate would be 91.48%, the score 9.15',
      sheets: { 整体: chongqing(220.3) },
      errors: [
        {
          messageId: 'follows-split',
          row: 5,
          cells: ['D5', 'E5', 'G5'],
          zh: '若按“按支出性质分”的合计为2184.71万元，执行率应为91.48%，得分应为9.15分（表中为87.30%、8.73分）',
        },
      ],
    },
    {
      name: 'the project table says 104.68 where the form says 104.86: 57.03% and 5.7, not 57.13% and 5.71',
      sheets: projectAndForm(104.86),
      errors: [
        {
          messageId: 'follows-project',
          sheet: '项目自评',
          row: 4,
          zh: '若按项目支出第2行的实际支出为104.68万元，执行率应为57.03%，得分应为5.7分（表中为57.13%、5.71分）',
        },
      ],
    },
  ],
});
