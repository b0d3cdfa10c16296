/**
 * Data: the labels of the official self-evaluation forms, national (财预〔2020〕10号), Sichuan and
 * Chongqing, keyed by the national names. Words are matched after normalizeLabel (brackets, units,
 * `其中：` and outline numbers dropped), so `全年(调整)预算数` and `执行率（B/A）` need no entry.
 */
import { normalizeLabel } from '../recognize/normalize-label';
import { matchField, synonymIndex } from '../recognize/synonyms';
import type { FormField, FormMoneyBlockColumn, IndicatorColumn } from './form-model';

const MONEY_COLUMN_SYNONYMS: Readonly<Record<FormMoneyBlockColumn, readonly string[]>> = {
  年初预算数: ['年初预算数', '年初预算', '年初数', '年初预算金额'],
  全年预算数: ['全年预算数', '全年预算', '调整后预算数', '调整后预算', '全年调整预算数', '全年调整后预算数'],
  全年执行数: ['全年执行数', '预算执行数', '执行数', '实际执行数', '全年实际执行数'],
  执行率: ['执行率', '预算执行率', '资金执行率'],
  分值: ['分值', '权重', '执行率权重', '执行率分值'],
  得分: ['得分', '执行率得分', '自评得分'],
  原因: ['原因', '偏差原因', '原因说明', '未完成原因', '偏差原因分析', '说明'],
};

const INDICATOR_COLUMN_SYNONYMS: Readonly<Record<IndicatorColumn, readonly string[]>> = {
  一级指标: ['一级指标'],
  二级指标: ['二级指标'],
  三级指标: ['三级指标'],
  指标性质: ['指标性质', '指标值性质', '性质'],
  指标值: ['年度指标值', '指标值', '目标值', '年度目标值', '预期指标值'],
  度量单位: ['度量单位', '计量单位', '单位'],
  完成值: ['实际完成值', '完成值', '全年实际值', '实际值'],
  分值: ['分值', '权重', '指标分值'],
  得分: ['得分', '自评得分'],
  原因: ['偏差原因分析及改进措施', '偏差原因分析', '未完成原因分析', '偏差原因', '未完成原因', '原因分析', '偏差原因及改进措施'],
};

/** Money rows by canonical name. */
const TOTAL_ROW_WORDS = ['年度资金总额', '资金总额', '总额', '年度资金合计', '资金合计'];
const SOURCE_ROW_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  财政拨款: ['本年财政拨款', '当年财政拨款', '财政拨款', '财政资金', '财政拨款资金', '当年财政资金'],
  上年结转资金: ['上年结转资金', '上年结转', '上年结余结转资金'],
  财政专户管理资金: ['财政专户管理资金', '财政专户资金'],
  单位资金: ['单位资金', '单位自有资金'],
  其他资金: ['其他资金'],
};
const INCOME_ROW_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  一般公共预算: ['一般公共预算', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算资金'],
  政府性基金拨款: ['政府性基金拨款', '政府性基金', '政府性基金预算拨款', '政府性基金预算'],
  国有资本经营预算拨款: ['国有资本经营预算拨款', '国有资本经营预算'],
  纳入专户管理的非税收入拨款: ['纳入专户管理的非税收入拨款', '纳入专户管理的非税收入', '非税收入拨款'],
};
const EXPENDITURE_ROW_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  基本支出: ['基本支出'],
  项目支出: ['项目支出'],
};

export type SectionMarker = 'income' | 'expenditure';
const SECTION_MARKERS: Readonly<Record<string, SectionMarker>> = { 按收入性质分: 'income', 按支出性质分: 'expenditure' };

const FORM_FIELD_SYNONYMS: Readonly<Record<FormField, readonly string[]>> = {
  项目名称: ['项目名称'],
  单位名称: ['单位名称', '部门名称', '预算单位名称', '部门单位名称'],
  主管部门: ['主管部门', '主管部门及代码'],
  实施单位: ['实施单位'],
  编制数: ['编制数', '核定编制数', '编制人数', '核定编制'],
  实际在职人数: ['实际在职人数', '在职人数', '实有在职人数', '在职人员数'],
  自评总分: ['自评总分'],
};

/** Narrative fields by canonical name: what the unit must write in its own words. */
const NARRATIVE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  年度目标: ['项目年度目标', '年度目标', '预期目标', '年度绩效目标'],
  年度目标完成情况: ['年度目标完成情况', '目标完成情况', '实际完成情况', '总体目标完成情况'],
  实施内容: ['项目实施内容及过程概述', '实施内容及过程概述', '项目实施内容'],
  评价结论: ['评价结论', '自评结论', '总体评价结论'],
  存在问题: ['存在问题', '存在的问题', '存在问题及原因'],
  改进措施: ['改进措施', '整改措施', '改进意见', '下一步改进措施', '改进措施及建议'],
};

const MONEY_COLUMN_INDEX = synonymIndex(MONEY_COLUMN_SYNONYMS);
const INDICATOR_COLUMN_INDEX = synonymIndex(INDICATOR_COLUMN_SYNONYMS);
const SOURCE_INDEX = synonymIndex(SOURCE_ROW_SYNONYMS);
const INCOME_INDEX = synonymIndex(INCOME_ROW_SYNONYMS);
const EXPENDITURE_INDEX = synonymIndex(EXPENDITURE_ROW_SYNONYMS);
const TOTAL_ROW_SET = new Set(TOTAL_ROW_WORDS.map(normalizeLabel));
const FORM_FIELD_INDEX = synonymIndex(FORM_FIELD_SYNONYMS);
const NARRATIVE_INDEX = synonymIndex(NARRATIVE_SYNONYMS);

export function matchMoneyColumn(text: string): FormMoneyBlockColumn | null {
  return matchField(MONEY_COLUMN_INDEX, normalizeLabel(text));
}

export function matchIndicatorColumn(text: string): IndicatorColumn | null {
  return matchField(INDICATOR_COLUMN_INDEX, normalizeLabel(text));
}

/** A money-block row label: its canonical name and which list it came from. */
export type MoneyRowLabel =
  | { readonly kind: 'total'; readonly name: string }
  | { readonly kind: 'source' | 'income' | 'expenditure'; readonly name: string }
  | { readonly kind: 'marker'; readonly section: SectionMarker };

export function matchMoneyRow(text: string): MoneyRowLabel | null {
  const label = normalizeLabel(text);
  if (label === '') return null;
  if (TOTAL_ROW_SET.has(label)) return { kind: 'total', name: '年度资金总额' };
  const marker = SECTION_MARKERS[label];
  if (marker) return { kind: 'marker', section: marker };
  const source = SOURCE_INDEX.get(label);
  if (source) return { kind: 'source', name: source };
  const income = INCOME_INDEX.get(label);
  if (income) return { kind: 'income', name: income };
  const expenditure = EXPENDITURE_INDEX.get(label);
  return expenditure ? { kind: 'expenditure', name: expenditure } : null;
}

export function matchFormField(text: string): FormField | null {
  return matchField(FORM_FIELD_INDEX, normalizeLabel(text));
}

export function matchNarrative(text: string): string | null {
  return NARRATIVE_INDEX.get(normalizeLabel(text)) ?? null;
}

const TOTAL_SCORE_LABEL = /^(?:合计|总计|总分|自评总分|合计得分|总得分)$/;

/** The label of the indicator block's last row: 合计, 总分, 自评总分. */
export function isScoreTotalLabel(text: string): boolean {
  return TOTAL_SCORE_LABEL.test(normalizeLabel(text));
}

/** A form's title: `项目支出绩效自评表`, `部门整体支出绩效自评表`, `部门（单位）整体支出绩效自评表`. */
export function isFormTitle(text: string): boolean {
  return /绩效自评表|绩效自评情况表/.test(text.replace(/\s+/g, ''));
}

/** Points stated in a label: `产出指标(50分)` → 50; null when it states none. */
export function statedPoints(text: string): number | null {
  const match = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Section labels that state the points of the execution part or the indicator part. */
export function pointsSection(text: string): 'execution' | 'indicators' | null {
  const label = normalizeLabel(text);
  if (/^(?:预算执行情况|预算执行率|项目资金|资金执行情况|年度预算执行情况|预算资金执行情况)/.test(label)) return 'execution';
  if (/^(?:绩效指标|年度绩效指标|绩效指标完成情况)$/.test(label)) return 'indicators';
  return null;
}
