/** The seed's 收支总表 (budget-rules.md §1): labels beside values; not the official two-sided form. */
import { SUMMARY_SYNONYMS } from '../../recognize/synonyms';
import type { TableKind } from '../kind';
import { fieldSpecs } from '../support/seed-fields';

const summary: TableKind = {
  id: 'summary',
  name: { zh: '收支总表', en: 'income and expenditure summary' },
  spec: 'budget-rules.md §1',
  findBy: 'label-column',
  fields: fieldSpecs(SUMMARY_SYNONYMS, () => 'money', [], ['调整追加', '其他资金']),
  rulebookScope: { id: 'summary', name: { zh: '收支总表', en: 'the summary' } },
  identities: [
    {
      id: 'income',
      rule: 'income-total',
      formula: '预算收入合计 = 年初预算 + 调整追加 + 其他资金',
      description: { zh: '收入合计等于各来源之和。', en: 'Income is the sum of its sources.' },
    },
    {
      id: 'spending',
      rule: 'spending-total',
      formula: '支出合计 = 基本支出 + 项目支出 + 结余结转',
      description: { zh: '支出合计等于各项之和。', en: 'Spending is the sum of its parts.' },
    },
    { id: 'balance', rule: 'income-equals-spending', formula: '预算收入合计 = 支出合计', description: { zh: '收入等于支出。', en: 'Income equals spending.' } },
  ],
};

export default summary;
