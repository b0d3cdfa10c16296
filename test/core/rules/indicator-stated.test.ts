import indicatorStated from '../../../src/core/rules/indicator-stated';
import { RuleTester, runRuleOn } from '../../support/rule-tester';
import { SEED_SUMMARY } from '../indicators/support';
import { hunanIndicatorTable } from '../../support/official-grids';

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

/** The Chongqing 部门整体绩效自评表 indicator block (official-layouts.md §D), one indicator on row 2. */
function chongqingBlock(name: string, value: unknown, unit = '%'): unknown[][] {
  return [
    ['指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)', '是否核心指标'],
    [name, unit, '≥', '90%', null, value, '100%', 10, 10, '是'],
  ];
}

/** The Hunan 指标表 with one cell of 指标值 changed (E3 预算完成率, E4 预算控制率, E5 结转结余率). */
function hunanTable(row: number, value: unknown): unknown[][] {
  const rows: unknown[][] = hunanIndicatorTable();
  rows[row - 1][4] = value;
  return rows;
}

const HUNAN = { params: { tolerancePercent: 0, profile: 'hunan' } };

/** 编制数 8, 在职人员 7: 在职人员控制率 87.50%. */
const STAFF = [
  ['单位名称', '测试单位'],
  ['编制数', 8],
  ['在职人员', 7],
];

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
    { name: 'the Chongqing block stating 87.30% (全年完成值 as the tables give it)', sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', '87.30%') } },
    { name: 'the Chongqing block stating the ratio 0.873 as a number, no 计量单位', sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', 0.873, '') } },
    { name: 'the block’s 87.30 under a % unit, named with an outline number', sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('1、预算完成率（%）', 87.3) } },
    { name: 'the block’s 12.70% for 结转结余率 under another name', sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('结余结转率', '12.70%') } },
    { name: 'the block’s 在职人员控制率 as the head counts give it', sheets: { 基本情况: STAFF, 自评表: chongqingBlock('在职人员控制率', '87.5%') } },
    {
      name: 'the block within the rulebook’s tolerance: 87.79% against 87.2969…% (0.49 points)',
      sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', '87.79%') },
      options: { params: { tolerancePercent: 0.5, profile: '' } },
    },
    { name: 'the Hunan 指标表 stating what the tables give, under the Hunan profile', sheets: { 收支总表: SUMMARY, 指标表: hunanIndicatorTable() }, options: HUNAN },
    { name: 'a 指标表 row holding a target (≥90%), not a value achieved', sheets: { 收支总表: SUMMARY, 指标表: hunanTable(3, '≥90%') }, options: HUNAN },
    {
      name: 'a 指标名称 | 指标值 | 评分 block inside a project form states the project’s rate, not the unit’s',
      sheets: {
        收支总表: SUMMARY,
        项目: [
          ['项目支出绩效自评表'],
          ['项目名称', '某项目'],
          ['预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
          ['年度资金总额', 100, 100, 95, 95, 10, 9.5],
          ['指标名称', '指标值', '评分'],
          ['预算完成率', '95%', 10],
        ],
      },
    },
    { name: 'a block row no common indicator is named like', sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('办结率', '72.74%') } },
  ],
  invalid: [
    {
      name: 'the Chongqing block’s 全年完成值 95% for 预算完成率 where the tables give 87.30%: flagged at the block’s row',
      sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', '95%') },
      errors: [
        {
          messageId: 'mismatch',
          sheet: '自评表',
          row: 2,
          cells: ['F2'],
          subject: '部门整体绩效自评表指标（重庆）',
          zh: '写的预算完成率为95%，按表计算为87.30%（预算完成率 = (基本支出 + 项目支出) ÷ 预算收入合计；收支总表!B6、收支总表!B7、收支总表!B1），相差7.7个百分点',
        },
      ],
    },
    {
      name: 'the block just past the tolerance: 87.80% against 87.2969…% (0.50 points > 0.5)',
      sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', '87.80%') },
      options: { params: { tolerancePercent: 0.5, profile: '' } },
      errors: [{ messageId: 'mismatch', row: 2, zh: '相差0.5个百分点' }],
    },
    {
      name: 'a bare 0.5 under 计量单位 % is 0.5%, not 50%: 预算调整率 0.5% where the tables give 28.02%',
      sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算调整率', 0.5) },
      errors: [{ messageId: 'mismatch', row: 2, zh: '写的预算调整率为0.5%，按表计算为28.02%' }],
    },
    {
      name: 'the block one hundredth off (87.31%): the computed value rounded as far differs',
      sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', '87.31%') },
      errors: [{ messageId: 'mismatch', row: 2, zh: '写的预算完成率为87.31%，按表计算为87.30%' }],
    },
    {
      name: 'the block’s 预算控制率 15% under the Hunan profile: scores 3 where 28.02% scores 2',
      sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算控制率', '15%') },
      options: HUNAN,
      errors: [{ messageId: 'mismatch-score', row: 2, cells: ['F2'], zh: '按表计算为28.02%' }],
    },
    {
      name: 'the block’s 在职人员控制率 100% where 7 staff ÷ 8 posts give 87.50% (the form rule leaves blocks to this one)',
      sheets: { 基本情况: STAFF, 自评表: chongqingBlock('在职人员控制率', '100%') },
      errors: [{ messageId: 'mismatch', row: 2, zh: '写的在职人员控制率为100%，按表计算为87.50%（在职人员控制率 = 在职人员 ÷ 编制数；基本情况!B3、基本情况!B2），相差12.5个百分点' }],
    },
    {
      name: 'the block’s 在职人员控制率 110% under the Hunan profile: 0 of 5 stated, 5 of 5 computed',
      sheets: { 基本情况: STAFF, 自评表: chongqingBlock('在职人员控制率', '110%') },
      options: HUNAN,
      errors: [{ messageId: 'mismatch-score', row: 2, zh: '应得5分（满分5分），而不是按写的值得0分' }],
    },
    {
      name: 'the Hunan 指标表’s 预算完成率 95% (3 of 5 by its steps) where the tables give 87.30% (0 of 5)',
      sheets: { 收支总表: SUMMARY, 指标表: hunanTable(3, '95%') },
      options: HUNAN,
      errors: [
        {
          messageId: 'mismatch-score',
          sheet: '指标表',
          row: 3,
          cells: ['E3'],
          subject: '部门整体支出绩效评价指标表（湖南）',
          zh: '写的预算完成率为95%，按表计算为87.30%（预算完成率 = (上年结转 + 年初预算 + 调整追加 - 结余结转) ÷ (上年结转 + 年初预算 + 调整追加)；收支总表!B2、收支总表!B3、收支总表!B8），相差7.7个百分点；按“湖南 部门整体支出绩效评价指标表（雨花区）”评分应得0分（满分5分），而不是按写的值得3分',
        },
      ],
    },
    {
      name: 'the Hunan 指标表’s 结转结余率 10% (not scored by the profile): both values, no score',
      sheets: { 收支总表: SUMMARY, 指标表: hunanTable(5, '10%') },
      options: HUNAN,
      errors: [{ messageId: 'mismatch', row: 5, cells: ['E5'], zh: '写的结转结余率为10%，按表计算为12.70%' }],
    },
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

describe('indicator-stated on an indicator table: both values as quantities', () => {
  it('the block’s stated 95% and the computed 87.30% (2084.71 ÷ 2388.07), 7.7 points apart', () => {
    const [finding] = runRuleOn(indicatorStated, { name: 'block', sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', '95%') } });
    expect(finding).toMatchObject({
      expected: { kind: 'percent', value: 87.3 },
      actual: { kind: 'percent', value: 95 },
      difference: { kind: 'percent', value: 7.7 },
    });
  });

  it('a fraction typed as a number: 0.9 is 90%, 2.7 points above 87.30%', () => {
    const [finding] = runRuleOn(indicatorStated, { name: 'fraction', sheets: { 收支总表: SUMMARY, 自评表: chongqingBlock('预算完成率', 0.9, '') } });
    expect(finding).toMatchObject({ actual: { kind: 'percent', value: 90 }, expected: { kind: 'percent', value: 87.3 } });
    expect(finding.message.zh).toContain('写的预算完成率为90%');
  });
});
