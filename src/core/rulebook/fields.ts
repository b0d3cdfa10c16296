/**
 * The field names a formula may use in each scope, and which of them may be missing from a
 * workbook (then they count as 0). A missing field that is not optional means the formula cannot
 * be checked — table-structure says which column is missing; the formula never guesses.
 */
import { PROJECT_AMOUNT_FIELDS, SUMMARY_FIELDS } from '../recognize/model';
import type { FormulaScope } from '../rules/types';

export const COUNT_FIELDS = ['编制数', '实有人数', '在职人员', '劳务派遣人员', '离休', '退休', '内设机构数', '所属单位数'] as const;

export const SCOPE_FIELDS: Readonly<Record<FormulaScope, readonly string[]>> = {
  'project-row': PROJECT_AMOUNT_FIELDS,
  summary: SUMMARY_FIELDS,
  'unit-info': COUNT_FIELDS,
};

export const OPTIONAL_FIELDS: Readonly<Record<FormulaScope, ReadonlySet<string>>> = {
  'project-row': new Set(['上级转移支付', '年中调增', '年中调减', '年中调整', '追加']),
  summary: new Set(['调整追加', '其他资金']),
  'unit-info': new Set(['劳务派遣人员', '离休', '退休']),
};

export const SCOPE_NAMES: Readonly<Record<FormulaScope, { readonly zh: string; readonly en: string }>> = {
  'project-row': { zh: '项目支出表的每个项目行', en: 'each project row' },
  summary: { zh: '收支总表', en: 'the summary' },
  'unit-info': { zh: '基本情况', en: 'the unit info' },
};

/** Fields of a scope that the formula names but the scope does not know. */
export function unknownFields(scope: FormulaScope, fields: readonly string[]): string[] {
  const known = SCOPE_FIELDS[scope];
  return fields.filter((field) => !known.includes(field));
}
