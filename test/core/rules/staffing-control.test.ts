import staffingControl from '../../../src/core/rules/staffing-control';
import { RuleTester } from '../../support/rule-tester';

const unitInfo = (posts: unknown, staff: unknown): unknown[][] => [
  ['单位名称', '石峰区网格化管理服务中心'],
  ['事业编制', posts],
  ['实有人数', 35],
  ['在职人员', staff],
  ['劳务派遣人员', 28],
];

/** A unit form giving its counts and a 在职人员控制率 indicator. */
function unitForm(posts: unknown, staff: unknown, controlRate: unknown): unknown[][] {
  return [
    ['部门整体支出绩效自评表'],
    ['单位名称', '测试单位', '编制数', posts, '实际在职人数', staff],
    ['预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
    ['年度资金总额', 100, 100, 95, 95, 10, 9.5],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
    [null, '产出指标', '成本指标', '在职人员控制率', '≤100%', controlRate, 10, 10],
  ];
}

new RuleTester().run('staffing-control', staffingControl, {
  valid: [
    { name: 'the seed: 7 staff for 8 posts (87.5%)', sheets: { 基本情况: unitInfo(8, 7) } },
    { name: 'exactly at the limit', sheets: { 基本情况: unitInfo(8, 8) } },
    { name: 'a unit form whose indicator agrees with its counts', sheets: { 整体: unitForm(8, 7, '87.5%') } },
    { name: 'the indicator as a fraction', sheets: { 整体: unitForm(8, 7, 0.875) } },
    { name: '劳务派遣 staff do not count: 35 people, 7 in post, 8 posts', sheets: { 基本情况: unitInfo(8, 7) } },
    { name: 'a raised limit from the rulebook', sheets: { 基本情况: unitInfo(8, 9) }, options: { params: { maxRate: 1.2 } } },
  ],
  invalid: [
    {
      name: 'more staff in post than posts',
      sheets: { 基本情况: unitInfo(8, 10) },
      errors: [{ messageId: 'over-limit', row: 4, cells: ['B4', 'B2'], zh: '在职人员10人，编制数8名，在职人员控制率125%，超过100%' }],
    },
    {
      name: 'no posts at all: not computable (information)',
      sheets: { 基本情况: unitInfo(0, 3) },
      errors: [{ messageId: 'not-computable', row: 4, severity: 'info' }],
    },
    {
      name: 'a form indicator that does not follow from the counts',
      sheets: { 整体: unitForm(8, 7, '80%') },
      errors: [{ messageId: 'indicator-mismatch', row: 6, severity: 'error', cells: ['F6', 'F2', 'D2'], zh: '完成值为80%，但实际在职人数7 ÷ 编制数8 = 87.5%' }],
    },
    {
      name: 'a form over its establishment, by counts and by indicator',
      sheets: { 整体: unitForm(8, 9, '112.5%') },
      errors: [
        { messageId: 'over-limit', row: 2 },
        { messageId: 'indicator-over-limit', row: 6, cells: ['F6'] },
      ],
    },
  ],
});
