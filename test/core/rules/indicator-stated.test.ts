import indicatorStated from '../../../src/core/rules/indicator-stated';
import { RuleTester } from '../../support/rule-tester';
import { SEED_SUMMARY } from '../indicators/support';

/** The seed's summary: 预算完成率 87.30%, 预算调整率 28.02%, 结转结余率 12.70%. */
const SUMMARY = SEED_SUMMARY;

/** A unit form (Chongqing-style columns) stating one indicator's 完成值 on row 6. */
function unitForm(name: string, value: unknown, title = '部门整体支出绩效自评表'): unknown[][] {
  return [
    [title],
    ['单位名称', '测试单位', '编制数', 8, '实际在职人数', 7],
    ['预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
    ['年度资金总额', 100, 100, 95, 95, 10, 9.5],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
    [null, '产出指标', '成本指标', name, '≥90%', value, 10, 10],
  ];
}

const unitInfo = (text: string) => [
  ['单位名称', '测试单位'],
  ['其他说明', text],
];

new RuleTester().run('indicator-stated', indicatorStated, {
  valid: [
    { name: 'a form stating 87.30%', sheets: { 收支总表: SUMMARY, 整体: unitForm('预算完成率', '87.30%') } },
    { name: 'a form stating 87.3% (fewer decimals, the same when rounded as far)', sheets: { 收支总表: SUMMARY, 整体: unitForm('预算完成率', '87.3%') } },
    { name: 'a form stating 87% (whole percent)', sheets: { 收支总表: SUMMARY, 整体: unitForm('预算完成率', '87%') } },
    { name: 'the ratio as a fraction 0.873', sheets: { 收支总表: SUMMARY, 整体: unitForm('预算完成率', 0.873) } },
    { name: 'a sentence giving 12.70% and 28.02%', sheets: { 收支总表: SUMMARY, 基本情况: unitInfo('结转结余率为12.70%，预算调整率28.02%。') } },
    { name: 'no summary: nothing to compare with (never a guess)', sheets: { 整体: unitForm('预算完成率', '95%') } },
    {
      name: 'a project form’s rate is the project’s, not the unit’s',
      sheets: { 收支总表: SUMMARY, 项目: unitForm('预算完成率', '95%', '项目支出绩效自评表') },
    },
    { name: '在职人员控制率 is left to staffing-control', sheets: { 收支总表: SUMMARY, 整体: unitForm('在职人员控制率', '95%') } },
    {
      name: 'within a tolerance the rulebook gives',
      sheets: { 收支总表: SUMMARY, 整体: unitForm('预算完成率', '88%') },
      options: { params: { tolerancePercent: 1, profile: '' } },
    },
  ],
  invalid: [
    {
      name: 'a Chongqing-style form stating 95% where the tables give 87.30%: flagged at its row with both values',
      sheets: { 收支总表: SUMMARY, 整体: unitForm('预算完成率', '95%') },
      errors: [{ messageId: 'mismatch', sheet: '整体', row: 6, cells: ['F6'], zh: '写的预算完成率为95%，按表计算为87.30%' }],
    },
    {
      name: 'a sentence in the unit’s text',
      sheets: { 收支总表: SUMMARY, 基本情况: unitInfo('本年结转结余率为10%，资金使用效率较高。') },
      errors: [
        {
          messageId: 'mismatch',
          sheet: '基本情况',
          row: 2,
          cells: ['B2'],
          zh: '结转结余率为10%，按表计算为12.70%（结转结余率 = 结余结转 ÷ 预算收入合计；收支总表!B8、收支总表!B1），相差2.7个百分点',
        },
      ],
    },
    {
      name: 'under the Hunan profile, a stated 预算控制率 of 15% would score 3 where 28.02% scores 2',
      sheets: { 收支总表: SUMMARY, 整体: unitForm('预算控制率', '15%') },
      options: { params: { tolerancePercent: 0, profile: 'hunan' } },
      errors: [{ messageId: 'mismatch-score', row: 6, zh: '应得2分（满分5分），而不是按写的值得3分' }],
    },
    {
      name: '“三公经费”-style quotes and a 预算调整率 under another name',
      sheets: { 收支总表: SUMMARY, 基本情况: unitInfo('预算调整（控制）率：30%') },
      errors: [{ messageId: 'mismatch', row: 2, zh: '预算调整率为30%，按表计算为28.02%' }],
    },
  ],
});
