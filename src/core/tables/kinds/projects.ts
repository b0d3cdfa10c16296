/** The project table (项目支出表, budget-rules.md §1): one row per project under a header row. */
import { PROJECT_TEXT_FIELDS } from '../../recognize/model';
import { REQUIRED_PROJECT_COLUMNS } from '../../recognize/project-columns';
import { PROJECT_SYNONYMS } from '../../recognize/synonyms';
import type { TableKind } from '../kind';
import { fieldSpecs } from '../support/seed-fields';

const projects: TableKind = {
  id: 'projects',
  name: { zh: '项目支出表', en: 'project table' },
  spec: 'budget-rules.md §1',
  findBy: 'header-row',
  fields: fieldSpecs(
    PROJECT_SYNONYMS,
    (field) => (field === '执行率' ? 'rate' : (PROJECT_TEXT_FIELDS as readonly string[]).includes(field) ? 'text' : 'money'),
    REQUIRED_PROJECT_COLUMNS,
    ['上级转移支付', '年中调增', '年中调减', '年中调整', '追加'],
  ),
  rulebookScope: { id: 'project-row', name: { zh: '项目支出表的每个项目行', en: 'each project row' } },
  identities: [
    {
      id: 'balance',
      rule: 'project-balance',
      formula: '年初预算 + 上级转移支付 + 年中调增 - 年中调减 + 追加 = 实际支出 + 结余结转',
      description: { zh: '每个项目收支平衡。', en: 'Each project balances.' },
    },
    {
      id: 'budget',
      rule: 'project-budget',
      formula: '全年预算数 = 年初预算 + 上级转移支付 + 年中调增 - 年中调减 + 追加',
      description: { zh: '全年预算数等于各项之和。', en: '全年预算数 is the sum of its parts.' },
    },
    {
      id: 'rate',
      rule: 'execution-rate',
      formula: '执行率 = 实际支出 ÷ 全年预算数',
      description: { zh: '执行率按实际支出计算。', en: 'The rate is 实际支出 ÷ 全年预算数.' },
    },
    {
      id: 'column-totals',
      rule: 'column-totals',
      formula: '合计 = Σ 项目行',
      description: { zh: '合计行等于上方项目之和。', en: 'A 合计 row equals the projects above it.' },
    },
  ],
};

export default projects;
