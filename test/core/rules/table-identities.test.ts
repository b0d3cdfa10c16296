import tableIdentities from '../../../src/core/rules/table-identities';
import { RuleTester } from '../../support/rule-tester';
import { departmentBudgetSummary, unitBudgetSummary } from '../../support/official-grids';
import { changed } from '../../support/grid-edit';

new RuleTester().run('table-identities', tableIdentities, {
  valid: [
    { name: 'a unit 收支总表 that reconciles', sheets: { 单位收支总表: unitBudgetSummary() } },
    { name: 'a department 收支总表 that reconciles', sheets: { 部门收支总表: departmentBudgetSummary() } },
    {
      name: 'a rulebook may replace an identity’s formula',
      sheets: { 部门收支总表: changed(departmentBudgetSummary(), 'B9', 1_000).rows },
      options: { params: { 'budget-summary.income-total': '收入总计 >= 收入各项之和 - 1000' } },
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
  ],
});
