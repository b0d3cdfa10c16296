/**
 * The official self-evaluation forms (项目支出绩效自评表, 部门整体支出绩效自评表) as recognition
 * reads them: a money block, an indicator block and labelled fields, each value kept with its cell.
 * Field and column keys are the national (财预〔2020〕10号) names; the Sichuan and Chongqing
 * variants map onto them (调整后预算数 → 全年预算数, 权重 → 分值, …).
 */
import type { AmountReading } from '../money/read-amount';
import type { LabelledCell, ReadCell, TableBase } from '../recognize/model';

export type FormKind = 'project' | 'unit';
export type FormVariant = 'national' | 'sichuan' | 'chongqing';

export const FORM_MONEY_COLUMNS = ['年初预算数', '全年预算数', '全年执行数'] as const;
export type FormMoneyColumn = (typeof FORM_MONEY_COLUMNS)[number];

/** The execution columns beside the money: 执行率, its 分值 (权重), 得分 and a reason (Sichuan 原因). */
export type FormExecutionColumn = '执行率' | '分值' | '得分' | '原因';
export type FormMoneyBlockColumn = FormMoneyColumn | FormExecutionColumn;

/** `/` (or `—` where a score is meant) is "not applicable": never read as zero, never summed. */
export type FormAmountReading = AmountReading | { kind: 'not-applicable'; text: string };

export interface FormAmount extends ReadCell {
  readonly reading: FormAmountReading;
}

/**
 * A score, weight or rate. Rates hold their ratio (100.00% → 1); scores and weights their points.
 * `fromText` marks a number that was typed as text.
 */
export type FormNumberReading =
  { kind: 'number'; value: number; fromText: boolean } | { kind: 'empty' } | { kind: 'not-applicable'; text: string } | { kind: 'text'; text: string };

export interface FormNumber extends ReadCell {
  readonly reading: FormNumberReading;
}

/**
 * Money rows: `total` is 年度资金总额 (总额); `source` the 其中 rows under it (财政拨款, 上年结转资金,
 * 财政专户管理资金, 单位资金, 其他资金); on the unit form `income` rows split the budget by the
 * nature of the income (按收入性质分) and `expenditure` rows the spending (按支出性质分).
 */
export type FormMoneyRowRole = 'total' | 'source' | 'income' | 'expenditure';

export interface FormMoneyRow {
  readonly role: FormMoneyRowRole;
  readonly row: number;
  /** Canonical row name (年度资金总额, 财政拨款, 一般公共预算, 基本支出, …). */
  readonly name: string;
  /** The label as written, trimmed. */
  readonly label: string;
  readonly labelAddress: string;
  readonly amounts: Partial<Record<FormMoneyColumn, FormAmount>>;
  readonly rate?: FormNumber;
  readonly weight?: FormNumber;
  readonly score?: FormNumber;
  readonly reason?: ReadCell;
}

/** Points a section label states: `预算执行情况(10分)`, `绩效指标(90分)`, `产出指标（50分）`. */
export interface StatedPoints {
  readonly points: number;
  readonly address: string;
  readonly row: number;
}

export interface FormMoneyBlock {
  readonly headerRow: number;
  readonly columns: Partial<Record<FormMoneyBlockColumn, number>>;
  readonly rows: readonly FormMoneyRow[];
  readonly statedPoints?: StatedPoints;
}

/** 指标性质: `≥` and `=` score by 完成值 ÷ 指标值, `≤` by 指标值 ÷ 完成值; `qualitative` is 定性. */
export type IndicatorNature = '≥' | '≤' | '=' | 'qualitative';

/** 年度指标值 or 实际完成值 as read: `≥95%` → comparator ≥, number 95, percent. */
export interface IndicatorValue extends ReadCell {
  readonly text: string;
  readonly number: number | null;
  readonly comparator: '≥' | '≤' | '=' | null;
  readonly percent: boolean;
}

export type IndicatorColumn = '一级指标' | '二级指标' | '三级指标' | '指标性质' | '指标值' | '度量单位' | '完成值' | '分值' | '得分' | '原因';

export interface FormIndicator {
  readonly row: number;
  /** 一级 and 二级 as they apply to this row (merged cells above filled down), brackets kept. */
  readonly level1: string;
  readonly level2: string;
  /** 三级指标 (the indicator's name); the 二级 name when the form has no 三级 column. */
  readonly name: string;
  readonly nameAddress: string;
  /** From the 指标性质 column, else the comparator in 指标值; null when the form does not say. */
  readonly nature: IndicatorNature | null;
  readonly target?: IndicatorValue;
  readonly unitText: string;
  readonly actual?: IndicatorValue;
  readonly weight?: FormNumber;
  readonly score?: FormNumber;
  readonly reason?: ReadCell;
}

/** A 一级指标 group and the points its label states, if any (`产出指标(50分)`). */
export interface IndicatorGroup {
  readonly name: string;
  readonly label: string;
  readonly address: string;
  readonly row: number;
  readonly statedPoints: number | null;
  /** Rows of the indicators in the group. */
  readonly rows: readonly number[];
}

export interface FormTotalRow {
  readonly row: number;
  readonly label: string;
  readonly labelAddress: string;
  readonly weight?: FormNumber;
  readonly score?: FormNumber;
}

export interface FormIndicatorBlock {
  readonly headerRow: number;
  readonly columns: Partial<Record<IndicatorColumn, number>>;
  readonly indicators: readonly FormIndicator[];
  readonly groups: readonly IndicatorGroup[];
  readonly statedPoints?: StatedPoints;
  /** 合计 / 总分 / 自评总分 row: total weight and total score. */
  readonly total?: FormTotalRow;
}

export const FORM_FIELDS = ['项目名称', '单位名称', '主管部门', '实施单位', '编制数', '实际在职人数', '自评总分'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** A narrative field the unit writes in its own words (年度目标完成情况, 评价结论, …). */
export interface FormText extends LabelledCell {
  /** Canonical name (年度目标, 年度目标完成情况, 实施内容, 评价结论, 存在问题, 改进措施). */
  readonly name: string;
  /** The cell's text, trimmed ('' when empty). */
  readonly text: string;
}

export interface FormTable extends TableBase {
  readonly kind: 'form';
  readonly formKind: FormKind;
  readonly variant: FormVariant;
  /** Title as written (`部门预算项目支出绩效自评表(2023年度)`), '' when the form has none. */
  readonly title: string;
  /** What findings name: the project's name, else the unit's, else the title. */
  readonly subject: string;
  readonly fields: Partial<Record<FormField, LabelledCell>>;
  readonly money?: FormMoneyBlock;
  readonly indicators?: FormIndicatorBlock;
  readonly texts: readonly FormText[];
}

/** A money-block row that opens its income (按收入性质分) or expenditure (按支出性质分) part. */
export type SectionMarker = 'income' | 'expenditure';
