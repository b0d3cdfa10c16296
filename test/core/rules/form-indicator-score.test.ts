import formIndicatorScore from '../../../src/core/rules/form-indicator-score';
import { RuleTester } from '../../support/rule-tester';
import { indicatorRow, projectForm } from '../forms/form-grids';

/** One indicator row under the national header: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析. */
const one = (target: unknown, actual: unknown, weight: unknown, score: unknown, name = '考核合格率'): unknown[] => [
  '产出指标',
  '质量指标',
  name,
  target,
  actual,
  weight,
  score,
  null,
];
const formWith = (...indicators: unknown[][]) => ({ 自评表: projectForm({ indicators, total: null }) });
const ROW = indicatorRow(1);

new RuleTester().run('form-indicator-score', formIndicatorScore, {
  valid: [
    { name: 'targets met score their weight', sheets: { 自评表: projectForm() } },
    { name: '≥: 90% of a 100% target scores 90% of the weight', sheets: formWith(one('100%', '90%', 20, 18)) },
    { name: '≤: a cost under its cap scores the weight', sheets: formWith(one('≤120元', '115元', 15, 15, '户均月资费')) },
    { name: '≤: 150 against a cap of 120 scores 120 ÷ 150', sheets: formWith(one('≤120元', '150元', 15, 12, '户均月资费')) },
    { name: 'a fraction typed against a percentage target', sheets: formWith(one('≥95%', 0.98, 10, 10)) },
    { name: 'qualitative: any score up to the weight', sheets: formWith(one('通过', '通过', 30, 27, '验收情况')) },
    {
      name: 'Sichuan: 指标性质 = and 度量单位 % in their own columns',
      sheets: {
        自评表: [
          ['部门预算项目支出绩效自评表(2023年度)'],
          ['预算执行情况(10分)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
          ['总额', 100, 100, 100, '100.00%', 10, 10],
          ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
          [null, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', 98, 60, 58.8],
          [null, '效益指标', '社会效益指标', '足额保障率', '≤', 5, '天', 4, 30, 30],
        ],
      },
    },
    { name: 'an empty score is form-explanations’ to report', sheets: formWith(one('100%', '90%', 20, null)) },
    { name: '`/` as the actual value: not applicable', sheets: formWith(one('100%', '/', 20, 20)) },
  ],
  invalid: [
    {
      name: 'full marks for a missed target',
      sheets: formWith(one('100%', '90%', 20, 20, '代理记账服务覆盖率')),
      errors: [
        {
          messageId: 'full-marks-missed',
          row: ROW,
          cells: [`G${ROW}`, `E${ROW}`, `D${ROW}`, `F${ROW}`],
          zh: '未达到指标值（完成值90%，指标值100%），却得满分20分；应为18分',
        },
      ],
    },
    {
      name: 'a score that does not follow from the ratio',
      sheets: formWith(one('≥100人次', '80人次', 50, 45, '培训人次')),
      errors: [{ messageId: 'mismatch', row: ROW, subject: '测试项目：培训人次', zh: '得分应为40分（权重50），表中为45分' }],
    },
    {
      name: 'a score above the weight',
      sheets: formWith(one('通过', '通过', 30, 35, '验收情况')),
      errors: [{ messageId: 'over-weight', row: ROW, cells: [`G${ROW}`, `F${ROW}`] }],
    },
    {
      name: 'an empty 完成值',
      sheets: formWith(one('100%', null, 60, null, '发放(缴纳)覆盖率')),
      errors: [{ messageId: 'actual-missing', row: ROW, cells: [`E${ROW}`], severity: 'warning' }],
    },
    {
      name: 'words as the 完成值 of a quantitative indicator',
      sheets: formWith(one('≥95%', '基本完成', 10, 10)),
      errors: [{ messageId: 'actual-not-numeric', row: ROW, severity: 'warning', zh: '完成值“基本完成”不是数值' }],
    },
    {
      name: 'a score that is not a number',
      sheets: formWith(one('通过', '通过', 30, '满分', '验收情况')),
      errors: [{ messageId: 'score-unreadable', row: ROW, severity: 'warning' }],
    },
  ],
});
