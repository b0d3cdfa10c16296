import formTotalScore from '../../../src/core/rules/form-total-score';
import { RuleTester } from '../../support/rule-tester';
import { projectForm } from '../forms/form-grids';

const TOTAL_ROW = 12; // 3 + 4 money rows + header + 3 indicators + 1

new RuleTester().run('form-total-score', formTotalScore, {
  valid: [
    { name: '50 + 30 + 10 + 9.5 = 99.5', sheets: { 自评表: projectForm() } },
    { name: 'a 合计 row over the indicators alone', sheets: { 自评表: projectForm({ total: ['合计', null, null, null, null, 90, 90] }) } },
    { name: 'an empty total is form-explanations’ to report', sheets: { 自评表: projectForm({ total: ['总分', null, null, null, null, 100, null] }) } },
    { name: 'no total row', sheets: { 自评表: projectForm({ total: null }) } },
    {
      name: 'a 自评总分 field beside its label',
      sheets: { 自评表: projectForm({ total: null, after: [['自评总分', '99.5分']] }) },
    },
  ],
  invalid: [
    {
      name: 'a total that is not the sum of the scores',
      sheets: { 自评表: projectForm({ total: ['总分', null, null, null, null, 100, 95] }) },
      errors: [{ messageId: 'mismatch', row: TOTAL_ROW, cells: [`G${TOTAL_ROW}`, 'G9', 'G10', 'G11', 'G4'], zh: '自评总分为95分，但各项得分之和为99.5分' }],
    },
    {
      name: 'a total above 100',
      sheets: {
        自评表: projectForm({
          indicators: [
            ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 50, 55],
            ['效益指标', '社会效益指标', '政策知晓率', '≥90%', '95%', 30, 30],
            ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '92%', 10, 10],
          ],
          total: ['总分', null, null, null, null, 100, 104.5],
        }),
      },
      errors: [{ messageId: 'over-maximum', row: TOTAL_ROW, cells: [`G${TOTAL_ROW}`] }],
    },
    {
      name: 'a 自评总分 field that is not the sum',
      sheets: { 自评表: projectForm({ total: null, after: [['自评总分', 90]] }) },
      errors: [{ messageId: 'mismatch', row: 12, cells: ['B12', 'G9', 'G10', 'G11', 'G4'] }],
    },
  ],
});
