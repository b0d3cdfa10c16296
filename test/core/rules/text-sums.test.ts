import textSums from '../../../src/core/rules/text-sums';
import { RuleTester } from '../../support/rule-tester';
import { unitInfoSheet } from './fixtures/grids';
import { SEED_ACHIEVEMENTS, SEED_OVERALL, SEED_STAFFING } from './fixtures/seed-texts';

new RuleTester().run('text-sums', textSums, {
  valid: [
    {
      name: 'the seed’s own sentences (整体支出共2388.07万元，其中… ; 共有事业编制8名…其中…)',
      sheets: { 基本情况: unitInfoSheet({ 工作成效: `${SEED_OVERALL}${SEED_ACHIEVEMENTS}`, 其他说明: SEED_STAFFING }) },
    },
    {
      name: 'parts within the tolerance of the whole',
      sheets: { 基本情况: unitInfoSheet({ 工作成效: '共完成89.99万元。其中：网格平台运维30万元，数据采集30万元，热线运行29.99万元。' }) },
    },
    {
      name: 'counts that add up',
      sheets: { 基本情况: unitInfoSheet({ 工作成效: '年初8个、年中新增7个，共15个网格工作站。' }) },
    },
  ],
  invalid: [
    {
      name: '“共完成89.97万元。其中：30万元…30万元…29.99万元”',
      sheets: { 基本情况: unitInfoSheet({ 工作成效: '全年共完成项目支出89.97万元。其中：网格平台运维30万元，数据采集30万元，热线运行29.99万元。' }) },
      errors: [{ messageId: 'money-parts', row: 9, cells: ['B9'], zh: '写合计89.97万元，但其中各项之和为89.99万元，相差0.02万元' }],
    },
    {
      name: '“年初8个、年中新增8个，共15个”',
      sheets: { 基本情况: unitInfoSheet({ 工作成效: '网格工作站年初8个、年中新增8个，共15个。' }) },
      errors: [{ messageId: 'count-parts', row: 9, zh: '写“共15个”，但前面各数之和为16个' }],
    },
  ],
});
