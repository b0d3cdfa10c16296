/**
 * The empty layout a unit can start from: the three sheets the checker recognises, with the
 * canonical labels and headers (spec §1). Plain text only — the pane writes these rows as text and
 * examples/template.xlsx is built from the same rows, so the two cannot drift.
 */
import type { LocalizedText } from '../rules/types';
import { SUMMARY_FIELDS } from '../recognize/model';

export interface TemplateSheet {
  /** Sheet name; the pane adds a suffix when the workbook already has a sheet of this name. */
  readonly name: string;
  /** What the sheet holds, shown in the pane's empty state. */
  readonly description: LocalizedText;
  /** The labels or headers the checker looks for on this sheet, shown in the empty state. */
  readonly lookedFor: readonly string[];
  /** Rows from A1, as text; empty strings are blank cells. */
  readonly rows: readonly (readonly string[])[];
}

const UNIT_INFO_LABELS = [
  '单位名称',
  '年度',
  '单位级别',
  '单位性质',
  '主要职责',
  '事业编制',
  '实有人数',
  '在职人员',
  '劳务派遣人员',
  '离休',
  '退休',
  '内设机构数',
  '内设机构',
  '所属单位数',
] as const;

/** The summary's labels are its canonical fields, in the order a summary is written. */
const SUMMARY_LABELS = SUMMARY_FIELDS;

const PROJECT_HEADERS = [
  '序号',
  '项目名称',
  '年初预算',
  '上级转移支付',
  '年中调增',
  '年中调减',
  '追加',
  '实际支出',
  '结余结转',
  '全年预算数',
  '执行率',
  '主要用途',
] as const;

export const TEMPLATE_SHEETS: readonly TemplateSheet[] = [
  {
    name: '基本情况',
    description: { zh: '单位基本情况：标签在左，填写值在右', en: 'Unit information: labels on the left, values on the right' },
    lookedFor: UNIT_INFO_LABELS,
    rows: [['单位基本情况', ''], ...UNIT_INFO_LABELS.map((label) => [label, ''])],
  },
  {
    name: '收支总表',
    description: { zh: '预算收支总表：收入与支出合计', en: 'Income and spending summary' },
    lookedFor: SUMMARY_LABELS,
    rows: [['预算收支总表', ''], ['单位：万元', ''], ...SUMMARY_LABELS.map((label) => [label, ''])],
  },
  {
    name: '项目支出',
    description: {
      zh: '项目支出表：每个项目一行，子项目写作“（1）…”',
      en: 'Project spending: one row per project, sub-items written as “（1）…”',
    },
    lookedFor: PROJECT_HEADERS,
    rows: [['项目支出情况表'], ['单位：万元'], [...PROJECT_HEADERS]],
  },
];
