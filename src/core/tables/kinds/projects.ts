/** The project table (项目支出表, budget-rules.md §1): one row per project under a header row. */
import { PROJECT_TEXT_FIELDS, type ProjectField } from '../../recognize/model';
import { REQUIRED_PROJECT_COLUMNS } from '../../recognize/project-columns';
import type { TableKind } from '../kind';
import { fieldSpecs } from '../support/seed-fields';

/**
 * The words people head each column with (spec §1), in the normalised form normalizeLabel gives
 * (no spaces, brackets, units or colons); matched exactly, after one retry without a trailing 金额/数/额.
 */
export const PROJECT_SYNONYMS: Readonly<Record<ProjectField, readonly string[]>> = {
  序号: ['序号', '编号', '行次', '项目序号'],
  项目名称: ['项目名称', '项目', '项目名', '名称', '项目全称'],
  子项目: ['子项目', '子项目名称', '明细项目', '子项', '明细项目名称'],
  年初预算: ['年初预算', '年初预算金额', '年初预算数', '年初数', '年初', '年初安排', '年初批复预算'],
  上级转移支付: ['上级转移支付', '转移支付', '上级转移支付资金', '上级补助', '转移支付资金'],
  年中调增: ['年中调增', '调增', '年中追加调增'],
  年中调减: ['年中调减', '调减'],
  年中调整: ['年中调整', '调增调减', '调增减', '年中调整数', '调整数', '年中调增调减'],
  追加: ['追加', '追加预算', '预算追加', '追加资金'],
  实际支出: ['实际支出', '支出数', '全年执行数', '执行数', '实际支出数', '支出', '项目支出', '决算数', '实际执行数', '支出金额'],
  结余结转: ['结余结转', '结转结余', '年末结转和结余', '结转和结余', '结余', '结转', '年末结余结转', '年末结转结余'],
  全年预算数: ['全年预算数', '全年预算', '预算合计', '调整后预算', '调整后预算数', '预算数合计', '全年调整预算数'],
  执行率: ['执行率', '预算执行率', '资金执行率', '支出执行率'],
  主要用途: ['主要用途', '用途', '绩效情况', '主要用途及绩效情况', '资金用途', '实施及绩效情况', '项目实施及绩效情况'],
};

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
