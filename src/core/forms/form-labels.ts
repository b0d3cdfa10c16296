/**
 * Matching the labels of the self-evaluation forms. The words are the form kind's data
 * (tables/kinds/form.ts); they are matched after normalizeLabel (brackets, units, `其中：` and
 * outline numbers dropped), so `全年(调整)预算数` and `执行率（B/A）` need no entry.
 */
import { normalizeLabel } from '../recognize/normalize-label';
import { matchField, synonymIndex } from '../recognize/synonyms';
import {
  EXPENDITURE_ROW_SYNONYMS,
  FORM_FIELD_SYNONYMS,
  INCOME_ROW_SYNONYMS,
  INDICATOR_COLUMN_SYNONYMS,
  MONEY_COLUMN_SYNONYMS,
  NARRATIVE_SYNONYMS,
  SECTION_MARKERS,
  SOURCE_ROW_SYNONYMS,
  TOTAL_ROW_WORDS,
} from '../tables/kinds/form';
import type { FormField, FormMoneyBlockColumn, IndicatorColumn, SectionMarker } from './form-model';

export type { SectionMarker } from './form-model';

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
