/** The official self-evaluation forms (budget-rules.md §5): a money block and an indicator block (src/core/forms/). */
import { FORM_MONEY_COLUMNS } from '../../forms/form-model';
import type { TableKind } from '../kind';

const selfEvaluationForm: TableKind = {
  id: 'form',
  name: { zh: '绩效自评表', en: 'self-evaluation form' },
  spec: 'budget-rules.md §5',
  findBy: 'form-blocks',
  fields: [
    ...FORM_MONEY_COLUMNS.map((name) => ({ name, type: 'money' as const })),
    { name: '执行率', type: 'rate' },
    { name: '分值', type: 'score' },
    { name: '得分', type: 'score' },
  ],
  identities: [
    {
      id: 'total-row',
      rule: 'form-total-row',
      formula: '年度资金总额 = Σ 其中行',
      description: { zh: '总额等于其中各行之和。', en: 'The total equals its 其中 rows.' },
    },
    {
      id: 'rate',
      rule: 'form-execution-rate',
      formula: '执行率 = 全年执行数 ÷ 全年预算数',
      description: { zh: '执行率按全年预算数计算。', en: 'The rate uses the full-year budget.' },
    },
    { id: 'score', rule: 'form-execution-score', formula: '得分 = 分值 × min(执行率, 100%)', description: { zh: '执行率得分。', en: 'The execution score.' } },
    {
      id: 'total-score',
      rule: 'form-total-score',
      formula: '自评总分 = Σ 得分 ≤ 100',
      description: { zh: '总分等于各项得分之和。', en: 'The total is the sum of the scores.' },
    },
  ],
};

export default selfEvaluationForm;
