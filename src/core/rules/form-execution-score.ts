/**
 * On a self-evaluation form the execution score is 得分 = 分值 × min(执行率, 100%), to two
 * decimals, with 执行率 computed from the form's own figures (全年执行数 ÷ 全年预算数; the written
 * rate only when the figures are missing). A province that gives full marks from a lower rate sets
 * `fullMarksRate` (e.g. 0.9: 得分 = 分值 × min(执行率 ÷ 90%, 1)). An empty 得分 is left to
 * form-explanations.
 */
import { at, decimalText, executionRatio, formsOf, moneyTotal, numberOf, numberParam, roundTo, sameTo } from '../forms/form-rule-support';
import type { Rule, RuleReport } from './types';

const formExecutionScore: Rule = {
  meta: {
    id: 'form-execution-score',
    severity: 'error',
    description: {
      zh: '自评表：预算执行率得分 = 分值（权重）× min(执行率, 100%)，保留两位小数。',
      en: 'Self-evaluation form: the execution score = its weight × min(execution rate, 100%), to two decimals.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样：同一张表的预算执行率得分填满分 10，而执行率应为 37.97%。',
        en: 'forms-2023 as bundled: the same form scores its budget execution 10 of 10, although the rate is 37.97%.',
      },
      messageId: 'mismatch',
      message: {
        zh: '“业务性专项经费”的预算执行率得分应为3.8分（分值10 × 执行率37.97%），表中为10分。',
        en: '“业务性专项经费”: the execution score should be 3.8 (weight 10 × rate 37.97%), but the form says 10.',
      },
    },
    formula: '得分 = 分值 × min(执行率, 100%)',
    params: {
      fullMarksRate: {
        default: 1,
        min: 0.01,
        max: 10,
        description: { zh: '得满分所需的执行率（1 = 100%）', en: 'Execution rate that earns full marks (1 = 100%)' },
      },
      decimals: {
        default: 2,
        min: 0,
        max: 6,
        integer: true,
        description: { zh: '得分保留的小数位数', en: 'Decimals a score is written with' },
      },
    },
    messages: {
      mismatch: {
        zh: '“{subject}”的预算执行率得分应为{expected}分（分值{weight} × 执行率{rate}%），表中为{actual}分。',
        en: '“{subject}”: the execution score should be {expected} (weight {weight} × rate {rate}%), but the form says {actual}.',
      },
    },
  },
  check(context) {
    const { meta } = formExecutionScore;
    const fullMarksRate = numberParam(context, meta, 'fullMarksRate');
    const decimals = numberParam(context, meta, 'decimals');
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      const total = moneyTotal(form);
      const weight = numberOf(total?.weight);
      const score = numberOf(total?.score);
      if (!total || weight === null || score === null) continue;
      const ratio = executionRatio(total);
      if (ratio === null) continue;
      const expected = roundTo(weight * Math.min(ratio / fullMarksRate, 1), decimals);
      if (sameTo(score, expected, decimals)) continue;
      reports.push({
        messageId: 'mismatch',
        ...at(form, total.row, [total.score?.address, total.weight?.address, total.rate?.address]),
        subject: form.subject,
        data: {
          subject: form.subject,
          expected: decimalText(expected, decimals),
          actual: decimalText(score, decimals),
          weight: decimalText(weight),
          rate: decimalText(ratio * 100),
        },
        expected: { kind: 'score', value: expected },
        actual: { kind: 'score', value: score },
      });
    }
    return reports;
  },
};

export default formExecutionScore;
