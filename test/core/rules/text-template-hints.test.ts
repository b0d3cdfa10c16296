import textTemplateHints from '../../../src/core/rules/text-template-hints';
import { RuleTester } from '../../support/rule-tester';
import { unitInfoSheet } from './fixtures/grids';
import { SEED_ACHIEVEMENTS, SEED_DUTIES, SEED_MEASURES, SEED_PROBLEMS } from './fixtures/seed-texts';

new RuleTester().run('text-template-hints', textTemplateHints, {
  valid: [
    {
      name: 'the seed’s own texts',
      sheets: { 基本情况: unitInfoSheet({ 主要职责: SEED_DUTIES, 工作成效: SEED_ACHIEVEMENTS, 问题: SEED_PROBLEMS, 改进措施: SEED_MEASURES }) },
    },
    {
      name: 'a form’s own fields are left to form-explanations',
      sheets: {
        项目自评: [
          ['项目名称', '工资性支出'],
          ['评价结论', '结合自评情况,说明项目自评总分。(200字以内)'],
        ],
      },
    },
  ],
  invalid: [
    {
      name: '“摘要(2000字以内)” left above the achievements',
      sheets: { 基本情况: unitInfoSheet({ 工作成效: `摘要(2000字以内)\n${SEED_ACHIEVEMENTS}` }) },
      errors: [{ messageId: 'template-hint', row: 9, cells: ['B9'], zh: 'B9（工作成效）留有模板的填写提示“摘要(2000字以内)”' }],
    },
    {
      name: 'an instruction typed into a purpose',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'],
          ['业务性专项经费', 10, 18.37, 30.01, '请填写项目主要用途(100字以内)'],
        ],
      },
      errors: [{ messageId: 'template-hint', row: 2, cells: ['E2'] }],
    },
  ],
});
