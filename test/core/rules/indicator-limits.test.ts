import indicatorLimits from '../../../src/core/rules/indicator-limits';
import { RuleTester } from '../../support/rule-tester';

/** A summary with 年初预算 1000 and the adjustment given; everything spent (预算完成率 100%). */
const summary = (adjustment: number) => [
  ['预算收入合计', 1000 + adjustment],
  ['年初预算', 1000],
  ['调整追加', adjustment],
  ['其他资金', 0],
  ['支出合计', 1000 + adjustment],
  ['基本支出', adjustment],
  ['项目支出', 1000],
  ['结余结转', 0],
];

const HUNAN = { params: { profile: 'hunan' } };

new RuleTester().run('indicator-limits', indicatorLimits, {
  valid: [
    { name: 'the national profile scores nothing, so no band is the worst', sheets: { 收支总表: summary(350) } },
    { name: 'Hunan: an adjustment of 30% is in (20%, 30%] (2 of 5), not the worst band', sheets: { 收支总表: summary(300) }, options: HUNAN },
    { name: 'Hunan: no adjustment, everything spent', sheets: { 收支总表: summary(0) }, options: HUNAN },
    {
      name: 'no 基础数据表: the 三公 and 公用经费 rates are not available, so never above budget',
      sheets: {
        收支总表: summary(0),
        基本情况: [
          ['编制数', 8],
          ['在职人员', 7],
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'Hunan: an adjustment of 35% falls in the worst band (> 30%, 0 of 5)',
      sheets: { 收支总表: summary(350) },
      options: HUNAN,
      errors: [
        {
          messageId: 'worst-band',
          sheet: '收支总表',
          row: 3,
          cells: ['B3', 'B2'],
          zh: '预算控制率为35.00%（收支总表!B3、收支总表!B2），按“湖南 部门整体支出绩效评价指标表（雨花区）”评分（> 30%）得0分（满分5分）',
        },
      ],
    },
  ],
});
