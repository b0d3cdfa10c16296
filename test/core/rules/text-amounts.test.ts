import textAmounts from '../../../src/core/rules/text-amounts';
import { RuleTester } from '../../support/rule-tester';
import { projectSheet, summarySheet, unitInfoSheet } from './fixtures/grids';
import { SEED_ACHIEVEMENTS, SEED_OVERALL, SEED_PROBLEMS } from './fixtures/seed-texts';

const PROJECT_SENTENCE =
  '项目“网格信息化建设项目”年初预算金额90万元，上级转移支付88.67万元，年中调减0.13万元，追加5万元，实际支出104.68万元，结余结转78.86万元。';

new RuleTester().run('text-amounts', textAmounts, {
  valid: [
    {
      name: 'the seed’s own sentences agree with its tables',
      sheets: {
        基本情况: unitInfoSheet({ 工作成效: `${SEED_OVERALL}${SEED_ACHIEVEMENTS}`, 问题: SEED_PROBLEMS, 其他说明: PROJECT_SENTENCE }),
        收支总表: summarySheet(),
        项目支出: projectSheet(),
      },
    },
    {
      name: 'a difference within the tolerance (0.005万元)',
      sheets: { 基本情况: unitInfoSheet({ 工作成效: '项目支出1964.413万元' }), 收支总表: summarySheet() },
    },
    {
      name: 'a project purpose speaking of its own 项目支出',
      sheets: {
        项目支出: [
          ['项目名称', '年初预算', '实际支出', '结余结转', '主要用途'],
          ['网格通手机套餐资费服务', 22, 42.95, 2.86, '项目支出42.95万元，主要用于缴纳网格通手机套餐资费'],
        ],
        收支总表: summarySheet(),
      },
    },
  ],
  invalid: [
    {
      name: 'the achievements state 项目支出1964.4万元, the summary 1964.41',
      sheets: {
        基本情况: unitInfoSheet({ 工作成效: '整体支出共2388.07万元，其中：基本支出120.3万元，项目支出1964.4万元，结余结转303.36万元。' }),
        收支总表: summarySheet(),
      },
      errors: [{ messageId: 'differs', row: 9, cells: ['B9', "'收支总表'!B7"], zh: '写项目支出1964.4万元，而表中为1964.41万元（收支总表B7），相差0.01万元' }],
    },
    {
      name: 'a project’s spending restated wrongly',
      sheets: {
        基本情况: unitInfoSheet({ 其他说明: PROJECT_SENTENCE.replace('实际支出104.68', '实际支出100') }),
        项目支出: projectSheet(),
      },
      errors: [{ messageId: 'differs', row: 9, cells: ['B9', "'项目支出'!G2"], zh: '写“网格信息化建设项目”实际支出100万元，而表中为104.68万元' }],
    },
  ],
});
