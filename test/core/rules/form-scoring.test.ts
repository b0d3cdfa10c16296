import formScoring from '../../../src/core/rules/form-scoring';
import { RuleTester } from '../../support/rule-tester';

type Row = readonly unknown[];

/** A unit form: indicator rows from row 6, then 总分 (weight 100 and the total given), then any extra rows. */
function form(indicators: readonly Row[], total: number | null = null, extra: readonly Row[] = []): unknown[][] {
  return [
    ['部门整体支出绩效自评表'],
    ['单位名称', '测试单位'],
    ['预算执行情况', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
    ['年度资金总额', 100, 100, 100, 1, 10, 10],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '分值', '得分', '偏差原因分析'],
    ...indicators.map((row) => [...row]),
    ...(total === null ? [] : [['总分', null, null, null, null, null, null, 100, total]]),
    ...extra.map((row) => [...row]),
  ];
}

const qualitative = (result: string, score: number): Row => ['效益指标', '社会效益', '群众反映', '定性', '达成', null, result, 10, score];
const counted = (target: string, actual: string, reason: string | null = null): Row => [
  '产出指标',
  '数量指标',
  '培训人次',
  '≥',
  target,
  '人次',
  actual,
  10,
  10,
  reason,
];

new RuleTester().run('form-scoring', formScoring, {
  valid: [
    { name: '达成 with 80% of the weight (the edge belongs to 达成)', sheets: { 整体: form([qualitative('达成', 8)]) } },
    { name: '达成 with full marks', sheets: { 整体: form([qualitative('达成', 10)]) } },
    { name: '部分达成 with 60% (the edge belongs to 部分达成)', sheets: { 整体: form([qualitative('部分达成', 6)]) } },
    { name: '部分达成 just under 80%', sheets: { 整体: form([qualitative('部分达成', 7.99)]) } },
    { name: '未达成 just under 60%', sheets: { 整体: form([qualitative('未达成', 5.99)]) } },
    { name: 'a grade that matches its total (85 → 良)', sheets: { 整体: form([counted('100', '120')], 85, [['自评等级', '良']]) } },
    { name: 'a grade at the edge (90 → 优)', sheets: { 整体: form([counted('100', '120')], 90, [['自评等级：优']]) } },
    { name: 'a value 1.2 times its target needs no reason', sheets: { 整体: form([counted('100', '120')]) } },
    { name: 'a value far above its target, with a reason', sheets: { 整体: form([counted('100', '200', '年中新增培训任务')]) } },
  ],
  invalid: [
    {
      name: '达成 with 79% of the weight',
      sheets: { 整体: form([qualitative('达成', 7.9)]) },
      errors: [{ messageId: 'qualitative-band', row: 6, cells: ['I6', 'G6'], zh: '完成情况为“达成”，应得分值的80%–100%（8–10分），实际得7.9分' }],
    },
    { name: '部分达成 with 80% (that is 达成’s)', sheets: { 整体: form([qualitative('部分达成', 8)]) }, errors: [{ messageId: 'qualitative-band', row: 6 }] },
    { name: '未达成 with 60%', sheets: { 整体: form([qualitative('未达成', 6)]) }, errors: [{ messageId: 'qualitative-band', row: 6 }] },
    {
      name: 'a stated grade that does not match its total: 89.5 is 良, not 优',
      sheets: { 整体: form([counted('100', '120')], 89.5, [['自评等级', '优']]) },
      errors: [{ messageId: 'grade-mismatch', row: 8, cells: ['B8', 'I7'], zh: '总分89.5分，等级应为“良”，表中写的是“优”' }],
    },
    {
      name: 'a value twice its target without a reason',
      sheets: { 整体: form([counted('100', '200')]) },
      errors: [{ messageId: 'far-above-target', row: 6, cells: ['G6', 'E6'], zh: '完成值200是指标值100的2倍，须说明原因' }],
    },
  ],
});
