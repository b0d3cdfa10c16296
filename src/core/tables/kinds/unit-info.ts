/** 基本情况 (budget-rules.md §1): the unit's name, staff and duties, labels beside values. */
import { UNIT_INFO_SYNONYMS } from '../../recognize/synonyms';
import type { TableKind } from '../kind';
import { fieldSpecs } from '../support/seed-fields';

/** The head counts and office counts among the fields (the rest is text). */
export const COUNT_FIELDS = ['编制数', '实有人数', '在职人员', '劳务派遣人员', '离休', '退休', '内设机构数', '所属单位数'] as const;

const unitInfo: TableKind = {
  id: 'unit-info',
  name: { zh: '基本情况', en: 'unit information' },
  spec: 'budget-rules.md §1',
  findBy: 'label-column',
  fields: fieldSpecs(
    UNIT_INFO_SYNONYMS,
    (field) => ((COUNT_FIELDS as readonly string[]).includes(field) ? 'count' : 'text'),
    [],
    ['劳务派遣人员', '离休', '退休'],
  ),
  rulebookScope: { id: 'unit-info', name: { zh: '基本情况', en: 'the unit info' } },
  identities: [
    {
      id: 'headcount',
      rule: 'headcount',
      formula: '实有人数 = 在职人员 + 劳务派遣人员 + 离休 + 退休',
      description: { zh: '实有人数等于各类人员之和。', en: 'Staff is the sum of its kinds.' },
    },
  ],
};

export default unitInfo;
