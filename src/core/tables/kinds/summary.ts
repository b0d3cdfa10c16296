/** The seed's 收支总表 (budget-rules.md §1): labels beside values; not the official two-sided form. */
import type { SummaryField } from '../../recognize/model';
import type { TableKind } from '../kind';
import { fieldSpecs } from '../support/seed-fields';

/** The labels people write beside each figure (spec §1), normalised as normalizeLabel gives them. */
export const SUMMARY_SYNONYMS: Readonly<Record<SummaryField, readonly string[]>> = {
  预算收入合计: ['预算收入合计', '收入合计', '预算收入', '收入总计', '本年收入合计', '预算收入总额'],
  年初预算: ['年初预算', '年初预算数', '年初预算金额', '年初预算收入'],
  调整追加: ['调整追加', '追加调整', '预算调整', '调整预算', '年中调整追加', '追加'],
  其他资金: ['其他资金', '其他资金来源', '其他收入', '其他来源'],
  支出合计: ['支出合计', '支出总计', '本年支出合计', '预算支出合计', '支出总额'],
  基本支出: ['基本支出'],
  项目支出: ['项目支出'],
  结余结转: ['结余结转', '结转结余', '年末结转和结余', '结转和结余', '年末结余结转', '年末结转结余'],
};

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
