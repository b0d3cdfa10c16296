import formWeights from '../../../src/core/rules/form-weights';
import { RuleTester } from '../../support/rule-tester';
import { indicatorRow, projectForm } from '../forms/form-grids';

const DEFAULT_PARAMS = { totalPoints: 100, executionWeight: 10, groupPoints: '' };

new RuleTester().run('form-weights', formWeights, {
  valid: [
    { name: '50 + 30 + 10 indicators + 10 execution = 100', sheets: { 自评表: projectForm() } },
    {
      name: 'groups that state their points and hold them',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标（50分）', '数量指标', '培训人次', '≥100人次', '120人次', 30, 30],
            [null, '质量指标', '考核合格率', '≥95%', '98%', 20, 20],
            ['效益指标(30分)', '社会效益指标', '政策知晓率', '≥90%', '95%', 30, 30],
            ['满意度指标（10分）', '服务对象满意度指标', '参训人员满意度', '≥90%', '92%', 10, 10],
          ],
        }),
      },
    },
    {
      name: 'Sichuan: 预算执行情况(10分), 绩效指标(90分), 合计 100',
      sheets: {
        自评表: [
          ['部门预算项目支出绩效自评表(2023年度)'],
          ['预算执行情况(10分)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
          ['总额', 238.93, 251.89, 251.89, '100.00%', 10, 10],
          ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
          [null, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', 100, 60, 60],
          [null, '效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', 100, 30, 30],
          [null, '合计', null, null, null, null, null, null, 100, 100],
        ],
      },
    },
    {
      name: 'a 合计 row that totals the indicators alone',
      sheets: { 自评表: projectForm({ total: ['合计', null, null, null, null, 90, 90] }) },
    },
    {
      name: 'a rulebook that requires the national group points, met',
      sheets: { 自评表: projectForm() },
      options: { params: { ...DEFAULT_PARAMS, groupPoints: '产出指标=50,效益指标=30,满意度指标=10' } },
    },
    {
      name: 'groups of several rows, 一级 written once above them',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标（50分）', '数量指标', '培训人次', '≥100人次', '120人次', 25, 25],
            [null, '质量指标', '考核合格率', '≥95%', '98%', 25, 25],
            ['效益指标（30分）', '社会效益指标', '政策知晓率', '≥90%', '95%', 25, 25],
            [null, '经济效益指标', '带动就业', '≥5人', '6人', 5, 5],
            ['满意度指标（10分）', '服务对象满意度指标', '参训人员满意度', '≥90%', '92%', 10, 10],
          ],
          total: ['总分', null, null, null, null, 100, 99.5],
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'weights that make 95',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 45, 45],
            ['效益指标', '社会效益指标', '政策知晓率', '≥90%', '95%', 30, 30],
            ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '92%', 10, 10],
          ],
          total: ['总分', null, null, null, null, 95, 94.5],
        }),
      },
      errors: [{ messageId: 'sum', row: 8, cells: ['F9', 'F10', 'F11', 'E4'], zh: '各指标权重之和85分加预算执行率权重10分为95分，应为100分' }],
    },
    {
      name: 'stated group points not held',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标（50分）', '数量指标', '培训人次', '≥100人次', '120人次', 45, 45],
            ['效益指标（30分）', '社会效益指标', '政策知晓率', '≥90%', '95%', 35, 35],
            ['满意度指标（10分）', '服务对象满意度指标', '参训人员满意度', '≥90%', '92%', 10, 10],
          ],
        }),
      },
      errors: [
        { messageId: 'group', row: indicatorRow(1), cells: ['A9', 'F9'], zh: '注明产出指标50分，但其下指标权重之和为45分' },
        { messageId: 'group', row: indicatorRow(2), cells: ['A10', 'F10'] },
      ],
    },
    {
      name: 'Sichuan: 绩效指标(90分) but the indicators weigh 80',
      sheets: {
        自评表: [
          ['部门预算项目支出绩效自评表(2023年度)'],
          ['预算执行情况(10分)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
          ['总额', 238.93, 251.89, 251.89, '100.00%', 10, 10],
          ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
          [null, '产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', 100, 50, 50],
          [null, '效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', 100, 30, 30],
          [null, '合计', null, null, null, null, null, null, 100, 90],
        ],
      },
      errors: [
        { messageId: 'indicators-stated', row: 4, cells: ['A4', 'I5', 'I6'] },
        { messageId: 'sum', row: 4, cells: ['I5', 'I6', 'F3'] },
        { messageId: 'total-row', row: 7, cells: ['I7', 'I5', 'I6'] },
      ],
    },
    {
      name: 'an execution weight that is not the rulebook’s, and differs from the stated points',
      sheets: {
        自评表: [
          ['部门预算项目支出绩效自评表(2023年度)'],
          ['预算执行情况(10分)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
          ['总额', 100, 100, 100, '100.00%', 20, 20],
          ['绩效指标(80分)', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'],
          [null, '产出指标', '数量指标', '覆盖率', '100%', '100%', 80, 80],
        ],
      },
      errors: [
        { messageId: 'execution-stated', row: 3, cells: ['F3', 'A2'] },
        { messageId: 'execution-weight', row: 3, severity: 'warning' },
      ],
    },
    {
      name: 'a rulebook’s group points not met',
      sheets: { 自评表: projectForm() },
      options: { params: { ...DEFAULT_PARAMS, groupPoints: '产出指标=60,效益指标=20' } },
      errors: [
        { messageId: 'group-rulebook', row: indicatorRow(1), severity: 'warning' },
        { messageId: 'group-rulebook', row: indicatorRow(2), severity: 'warning' },
      ],
    },
    {
      name: 'an indicator without a weight',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 50, 50],
            ['效益指标', '社会效益指标', '政策知晓率', '≥90%', '95%', 30, 30],
            ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '92%', 10, 10],
            ['满意度指标', '服务对象满意度指标', '教师满意度', '≥90%', '92%', null, null],
          ],
        }),
      },
      errors: [{ messageId: 'weight-missing', row: indicatorRow(4), severity: 'warning', subject: '测试项目：教师满意度' }],
    },
  ],
});
