import headcount from '../../../src/core/rules/headcount';
import { RuleTester } from '../../support/rule-tester';
import { unitInfoSheet } from './fixtures/grids';

new RuleTester().run('headcount', headcount, {
  valid: [
    { name: 'the seed: 7 + 28 + 0 + 0 = 35', sheets: { 基本情况: unitInfoSheet() } },
    { name: 'counts written with 人 / 名', sheets: { 基本情况: unitInfoSheet({ 实有人数: '35人', 在职人员: '7名' }) } },
    { name: 'missing 离休 and 退休 lines count as 0', sheets: { 基本情况: unitInfoSheet({ 离休: undefined, 退休: undefined }) } },
    { name: 'an unreadable count is left to amounts-valid', sheets: { 基本情况: unitInfoSheet({ 实有人数: '三十五' }) } },
  ],
  invalid: [
    {
      name: 'one person missing from the categories',
      sheets: { 基本情况: unitInfoSheet({ 实有人数: 36 }) },
      errors: [
        {
          messageId: 'mismatch',
          row: 4,
          cells: ['B4', 'B5', 'B6', 'B7', 'B8'],
          subject: '实有人数',
          zh: '实有人数为36人，但在职人员 + 劳务派遣人员 + 离休 + 退休 = 35人，相差1人',
        },
      ],
    },
    {
      name: 'heads are counted exactly: no money tolerance applies',
      toleranceWan: 1, // the largest allowed: a money tolerance of 1 万元 would swallow a difference of one head
      sheets: { 基本情况: unitInfoSheet({ 退休: 1 }) },
      errors: [{ messageId: 'mismatch', row: 4 }],
    },
  ],
});
