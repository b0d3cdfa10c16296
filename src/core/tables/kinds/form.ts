/** The official self-evaluation forms (budget-rules.md §5): a money block and an indicator block (src/core/forms/). */
import { FORM_MONEY_COLUMNS, type FormField, type FormMoneyBlockColumn, type IndicatorColumn, type SectionMarker } from '../../forms/form-model';
import type { TableKind } from '../kind';

// The labels of the official forms, national (财预〔2020〕10号), Sichuan and Chongqing, keyed by the
// national names and normalised as normalizeLabel gives them; forms/form-labels.ts matches them.

export const MONEY_COLUMN_SYNONYMS: Readonly<Record<FormMoneyBlockColumn, readonly string[]>> = {
  年初预算数: ['年初预算数', '年初预算', '年初数', '年初预算金额'],
  全年预算数: ['全年预算数', '全年预算', '调整后预算数', '调整后预算', '全年调整预算数', '全年调整后预算数'],
  全年执行数: ['全年执行数', '预算执行数', '执行数', '实际执行数', '全年实际执行数'],
  执行率: ['执行率', '预算执行率', '资金执行率'],
  分值: ['分值', '权重', '执行率权重', '执行率分值'],
  得分: ['得分', '执行率得分', '自评得分'],
  原因: ['原因', '偏差原因', '原因说明', '未完成原因', '偏差原因分析', '说明'],
};

export const INDICATOR_COLUMN_SYNONYMS: Readonly<Record<IndicatorColumn, readonly string[]>> = {
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
export const TOTAL_ROW_WORDS = ['年度资金总额', '资金总额', '总额', '年度资金合计', '资金合计'];
export const SOURCE_ROW_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  财政拨款: ['本年财政拨款', '当年财政拨款', '财政拨款', '财政资金', '财政拨款资金', '当年财政资金'],
  上年结转资金: ['上年结转资金', '上年结转', '上年结余结转资金'],
  财政专户管理资金: ['财政专户管理资金', '财政专户资金'],
  单位资金: ['单位资金', '单位自有资金'],
  其他资金: ['其他资金'],
};
export const INCOME_ROW_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  一般公共预算: ['一般公共预算', '一般公共预算拨款', '一般公共预算财政拨款', '一般公共预算资金'],
  政府性基金拨款: ['政府性基金拨款', '政府性基金', '政府性基金预算拨款', '政府性基金预算'],
  国有资本经营预算拨款: ['国有资本经营预算拨款', '国有资本经营预算'],
  纳入专户管理的非税收入拨款: ['纳入专户管理的非税收入拨款', '纳入专户管理的非税收入', '非税收入拨款'],
};
export const EXPENDITURE_ROW_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  基本支出: ['基本支出'],
  项目支出: ['项目支出'],
};

export const SECTION_MARKERS: Readonly<Record<string, SectionMarker>> = { 按收入性质分: 'income', 按支出性质分: 'expenditure' };

export const FORM_FIELD_SYNONYMS: Readonly<Record<FormField, readonly string[]>> = {
  项目名称: ['项目名称'],
  单位名称: ['单位名称', '部门名称', '预算单位名称', '部门单位名称'],
  主管部门: ['主管部门', '主管部门及代码'],
  实施单位: ['实施单位'],
  编制数: ['编制数', '核定编制数', '编制人数', '核定编制'],
  实际在职人数: ['实际在职人数', '在职人数', '实有在职人数', '在职人员数'],
  自评总分: ['自评总分'],
};

/** Narrative fields by canonical name: what the unit must write in its own words. */
export const NARRATIVE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  年度目标: ['项目年度目标', '年度目标', '预期目标', '年度绩效目标'],
  年度目标完成情况: ['年度目标完成情况', '目标完成情况', '实际完成情况', '总体目标完成情况'],
  实施内容: ['项目实施内容及过程概述', '实施内容及过程概述', '项目实施内容'],
  评价结论: ['评价结论', '自评结论', '总体评价结论'],
  存在问题: ['存在问题', '存在的问题', '存在问题及原因'],
  改进措施: ['改进措施', '整改措施', '改进意见', '下一步改进措施', '改进措施及建议'],
};

const selfEvaluationForm: TableKind = {
  id: 'form',
  name: { zh: '绩效自评表', en: 'self-evaluation form' },
  spec: 'budget-rules.md §5',
  findBy: 'form-blocks',
  fields: [
    ...FORM_MONEY_COLUMNS.map((name) => ({ name, synonyms: MONEY_COLUMN_SYNONYMS[name], type: 'money' as const })),
    { name: '执行率', synonyms: MONEY_COLUMN_SYNONYMS.执行率, type: 'rate' },
    { name: '分值', synonyms: MONEY_COLUMN_SYNONYMS.分值, type: 'score' },
    { name: '得分', synonyms: MONEY_COLUMN_SYNONYMS.得分, type: 'score' },
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
