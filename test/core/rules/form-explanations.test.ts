import { SICHUAN_CASE } from '../../../src/cli/examples/forms-2023';
import { sheetOfSpec } from '../../../src/cli/examples/form-sheet-spec';
import formExplanations from '../../../src/core/rules/form-explanations';
import { RuleTester } from '../../support/rule-tester';
import { indicatorRow, projectForm } from '../forms/form-grids';

/** A Sichuan money block with its 原因 column (H): 总额 | 年初 | 调整后 | 执行 | 执行率 | 权重 | 得分 | 原因. */
function sichuan(initial: number, budget: number, spent: number, rate: string, score: number, reason: string | null): unknown[][] {
  return [
    ['部门预算项目支出绩效自评表(2023年度)'],
    ['项目名称', '工资性支出'],
    ['预算执行情况(10分)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
    ['总额', initial, budget, spent, rate, 10, score, reason],
    ['其中:财政资金', initial, budget, spent, rate, '/', '/'],
  ];
}

const LOW_RATE_NATIONAL = projectForm({ money: [['年度资金总额', 100, 100, 80, 10, '80%', 8]], total: ['总分', null, null, null, null, 100, 98] });

new RuleTester().run('form-explanations', formExplanations, {
  valid: [
    { name: 'a complete form: rate 95%, budget not adjusted, every score given', sheets: { 自评表: projectForm() } },
    { name: 'an adjustment with its reason', sheets: { 自评表: sichuan(238.93, 251.89, 251.89, '100.00%', 10, '年中调整工资标准，追加预算12.96万元。') } },
    { name: 'a low rate with its reason', sheets: { 自评表: sichuan(100, 100, 80, '80.00%', 8, '部分项目延至次年实施，资金结转。') } },
    {
      name: 'a threshold of 75% set by the rulebook',
      sheets: { 自评表: sichuan(100, 100, 80, '80.00%', 8, null) },
      options: { params: { minRateWithoutReason: 0.75 } },
    },
    {
      name: 'an indicator that lost points, with its reason',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标', '数量指标', '培训人次', '≥100人次', '90人次', 50, 45, '汛期停训两期'],
            ['效益指标', '社会效益指标', '知晓率', '≥90%', '95%', 40, 40],
          ],
          total: ['总分', null, null, null, null, 100, 94.5],
        }),
      },
    },
    {
      name: 'narrative fields written by the unit',
      sheets: {
        自评表: projectForm({
          after: [
            ['评价结论', '项目完成年度目标，自评99.5分。'],
            ['存在问题', '培训覆盖面仍需扩大。'],
          ],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'Sichuan as published: adjustment without a reason, empty scores, template hints, an empty field',
      sheets: { [SICHUAN_CASE.name]: sheetOfSpec(SICHUAN_CASE) },
      errors: [
        { messageId: 'template-hint', row: 6, cells: ['D6'], zh: '“年度目标完成情况”仍是模板的填表说明' },
        { messageId: 'text-empty', row: 7, cells: ['D7', 'B7'], zh: '“2.项目实施内容及过程概述”未填写' },
        { messageId: 'score-empty', row: 9, cells: ['I9'], zh: '预算执行率得分未填写' },
        {
          messageId: 'adjustment-reason-missing',
          row: 9,
          cells: ['J9', 'E9', 'D9'],
          zh: '年中调增预算12.96万元（年初预算数238.93万元，全年预算数251.89万元），原因栏未说明调整理由',
        },
        { messageId: 'score-empty', row: 15, cells: ['J15'], subject: '51000021R000000019951-工资性支出：发放(缴纳)覆盖率' },
        { messageId: 'score-empty', row: 16, cells: ['J16'] },
        { messageId: 'score-empty', row: 17, cells: ['J17'], zh: '合计得分未填写' },
        { messageId: 'template-hint', row: 18, cells: ['B18'], zh: '“评价结论”仍是模板的填表说明' },
        { messageId: 'template-hint', row: 19, cells: ['B19'] },
        { messageId: 'template-hint', row: 20, cells: ['B20'] },
      ],
    },
    {
      name: 'a rate below 90% with only the template’s hint as its reason',
      sheets: { 自评表: sichuan(100, 100, 80, '80.00%', 8, '预算执行率未达到90%的需说明原因(100字以内)') },
      errors: [{ messageId: 'rate-reason-missing', row: 4, cells: ['H4', 'E4'], zh: '执行率为80%，低于90%' }],
    },
    {
      name: 'a national form has no reason field: the rate is to be explained elsewhere (information)',
      sheets: { 自评表: LOW_RATE_NATIONAL },
      errors: [{ messageId: 'rate-reason-nowhere', row: 4, severity: 'info', cells: ['F4'] }],
    },
    {
      name: 'a national form with an adjusted budget (information)',
      sheets: { 自评表: projectForm({ money: [['年度资金总额', 90, 100, 95, 10, '95%', 9.5]], total: ['总分', null, null, null, null, 100, 99.5] }) },
      errors: [{ messageId: 'adjustment-reason-nowhere', row: 4, severity: 'info', cells: ['C4', 'B4'] }],
    },
    {
      name: 'an indicator that lost points without a reason',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标', '数量指标', '培训人次', '≥100人次', '90人次', 50, 45, null],
            ['效益指标', '社会效益指标', '知晓率', '≥90%', '95%', 40, 40],
          ],
          total: ['总分', null, null, null, null, 100, 94.5],
        }),
      },
      errors: [{ messageId: 'indicator-reason-missing', row: indicatorRow(1), cells: [`H${indicatorRow(1)}`, `G${indicatorRow(1)}`] }],
    },
    {
      name: 'the national template’s placeholder indicator name left in',
      sheets: {
        自评表: projectForm({
          indicators: [['产出指标', '数量指标', '指标1：', '≥100人次', '120人次', 90, 90]],
          total: ['总分', null, null, null, null, 100, 99.5],
        }),
      },
      errors: [{ messageId: 'template-hint', row: indicatorRow(1), cells: [`C${indicatorRow(1)}`] }],
    },
    {
      name: 'a rulebook’s own hint pattern',
      sheets: { 自评表: projectForm({ after: [['评价结论', '【请在此处填写】']] }) },
      options: { params: { minRateWithoutReason: 0.9, templateHints: '【.*填写.*】' } },
      errors: [{ messageId: 'template-hint', row: 13 }],
    },
  ],
});
