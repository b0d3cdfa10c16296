/** 基本情况 (budget-rules.md §1): the unit's name, staff and duties, labels beside values. */
import type { UnitInfoField } from '../../recognize/model';
import type { TableKind } from '../kind';
import { fieldSpecs } from '../support/seed-fields';

/** The head counts and office counts among the fields (the rest is text). */
export const COUNT_FIELDS = ['编制数', '实有人数', '在职人员', '劳务派遣人员', '离休', '退休', '内设机构数', '所属单位数'] as const;

/** 编制类型 is not looked up: it is the label text of the 编制数 cell (事业编制, 行政编制). */
export const UNIT_INFO_SYNONYMS: Readonly<Record<Exclude<UnitInfoField, '编制类型'>, readonly string[]>> = {
  单位名称: ['单位名称', '部门名称', '预算单位名称', '单位全称', '预算单位', '填报单位', '部门单位名称'],
  年度: ['年度', '预算年度', '评价年度', '年份', '自评年度', '报告年度'],
  单位级别: ['单位级别', '级别', '机构级别', '行政级别', '机构规格', '单位规格'],
  单位性质: ['单位性质', '单位类型', '机构性质', '单位类别'],
  主要职责: ['主要职责', '职责', '部门职责', '单位职责', '主要职能', '职能职责', '单位主要职责', '部门主要职责'],
  编制数: ['编制数', '编制人数', '事业编制', '行政编制', '核定编制', '编制', '事业编制数', '行政编制数', '核定编制数', '参公编制', '参公编制数'],
  实有人数: ['实有人数', '实有人员', '实有人员数', '现有人数', '实有人员总数'],
  在职人员: ['在职人员', '在职人数', '在职', '在职人员数', '在编人员', '在编人数'],
  劳务派遣人员: ['劳务派遣人员', '劳务派遣', '劳务派遣人数', '派遣人员', '劳务派遣人员数'],
  离休: ['离休', '离休人员', '离休人数'],
  退休: ['退休', '退休人员', '退休人数'],
  内设机构数: ['内设机构数', '内设处室', '内设处室数', '内设机构个数', '内设科室数'],
  内设机构: ['内设机构', '内设机构名称', '内设科室', '内设机构分别是'],
  所属单位数: ['所属单位数', '所属单位', '所属事业单位', '下属单位数', '所属事业单位数', '下属单位'],
  主管部门: ['主管部门'],
  预算级次: ['预算级次', '预算级别', '单位预算级次'],
  工作成效: ['工作成效', '主要成效', '整体绩效情况', '工作成绩', '整体支出绩效情况', '绩效目标完成情况'],
  问题: ['问题', '存在问题', '存在的问题', '绩效管理存在的问题', '主要问题'],
  改进措施: ['改进措施', '下一步改进措施', '整改措施', '改进意见'],
  其他说明: ['其他说明', '其他需要说明的情况', '其他需要说明的事项', '其他情况说明', '需要说明的其他情况'],
};

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
