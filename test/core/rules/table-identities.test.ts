import tableIdentities from '../../../src/core/rules/table-identities';
import { RuleTester } from '../../support/rule-tester';
import { chongqingForm, departmentBudgetSummary, hunanBasicData, unitBudgetSummary, type Row } from '../../support/official-grids';
import { changed } from '../../support/grid-edit';

/** The Chongqing form with 办结率 scoring 14.57 (72.74% × 20 = 14.548 exactly) and the total following it. */
function scoredOff(): Row[] {
  const rows = chongqingForm();
  rows[6][8] = 14.57;
  rows[11][8] = 92.74;
  return rows;
}

/** The 基础数据表 with 控制率 91.6% (11 of 12 posts is 91.666…%). */
function rateOff(): Row[] {
  const rows = hunanBasicData();
  rows[1][6] = '91.6%';
  return rows;
}

new RuleTester().run('table-identities', tableIdentities, {
  valid: [
    { name: 'a unit 收支总表 that reconciles', sheets: { 单位收支总表: unitBudgetSummary() } },
    { name: 'a department 收支总表 that reconciles', sheets: { 部门收支总表: departmentBudgetSummary() } },
    {
      name: 'a rulebook may replace an identity’s formula',
      sheets: { 部门收支总表: changed(departmentBudgetSummary(), 'B9', 1_000).rows },
      options: { params: { 'budget-summary.income-total': '收入总计 >= 收入各项之和 - 1000' } },
    },
    {
      name: 'a rulebook may widen the score tolerance of the Chongqing form',
      sheets: { 自评表: scoredOff() },
      options: { params: { 'indicator-block.score-tolerance': 0.05 } },
    },
    {
      name: 'a rulebook may widen the 控制率 tolerance of the 基础数据表',
      sheets: { 基础数据表: rateOff() },
      options: { params: { 'basic-data.rate-tolerance': 0.1 } },
    },
  ],
  invalid: [
    {
      name: 'a changed 事业收入 breaks 收入总计 = Σ income lines (and 收入总计 = 支出总计 still holds)',
      sheets: { 部门收支总表: changed(departmentBudgetSummary(), 'B9', 10_000).rows },
      errors: [
        {
          messageId: 'mismatch',
          row: 12,
          cells: ['B12', 'B5', 'B9', 'B10', 'B11'],
          subject: '收入总计',
          zh: '“收入总计”：收入总计为10100000元，但收入各项之和为10110000元，相差10000元（收入总计 = 收入各项之和，涉及第5、9、10、11、12行）。',
        },
      ],
    },
    {
      name: 'a 1、2、3 line that does not add up to 财政拨款收入',
      sheets: { 部门收支总表: changed(departmentBudgetSummary(), 'B7', 5_000).rows },
      errors: [{ messageId: 'mismatch', row: 5, cells: ['B5', 'B6', 'B7', 'B8'], subject: '一、财政拨款收入' }],
    },
    {
      name: 'a score 0.022 off the exact 得分系数 × 指标权重, with the default tolerance of 0.01',
      sheets: { 自评表: scoredOff() },
      errors: [
        {
          messageId: 'indicator-score',
          row: 7,
          cells: ['I7', 'G7', 'H7'],
          subject: '办结率',
          zh: '指标“办结率”得分为14.57分，但得分系数72.74% × 指标权重20分 = 14.55分。',
        },
      ],
    },
    {
      name: 'a 控制率 0.067 point off 在职人数 ÷ 编制数, with the default tolerance of 0.01',
      sheets: { 基础数据表: rateOff() },
      errors: [{ messageId: 'basic-data-rate', row: 2, cells: ['G2', 'E2', 'C2'], subject: '控制率' }],
    },
  ],
});
