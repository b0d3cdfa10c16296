/**
 * A self-evaluation form's 自评总分 (the 合计 / 总分 row's 得分, or a 自评总分 field) is the sum of
 * its scores — every indicator's and the execution score — and at most 100. Where the 合计 row
 * totals the indicators alone (its weight is their sum), it is compared with their scores alone.
 * An empty total is left to form-explanations.
 */
import { at, decimalText, formsOf, moneyTotal, numberOf, numberParam, sameTo } from '../forms/form-rule-support';
import { writtenTotalScore } from '../forms/self-evaluation';
import type { Rule, RuleReport } from './types';

const formTotalScore: Rule = {
  meta: {
    id: 'form-total-score',
    severity: 'error',
    description: {
      zh: '自评表：自评总分应等于各指标得分与预算执行率得分之和，且不超过100分。',
      en: 'Self-evaluation form: the total score must equal the indicator scores plus the execution score, and be at most 100.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      changes: [{ sheet: '项目自评-网格信息化', cell: 'H18', value: 95 }],
      given: {
        zh: '“网格信息化建设项目”自评表的总分（H18）改为 95，而执行率得分 5.71 + 各指标得分 90 = 95.71。',
        en: 'The 网格信息化建设项目 form’s total (H18) is set to 95, while the execution score 5.71 + indicator scores 90 = 95.71.',
      },
      messageId: 'mismatch',
      message: {
        zh: '“网格信息化建设项目”的自评总分为95分，但各项得分之和为95.71分。',
        en: '“网格信息化建设项目”: the total score is 95, but the scores add up to 95.71.',
      },
    },
    formula: '自评总分 = Σ 得分 ≤ 100',
    params: {
      totalPoints: { default: 100, min: 1, max: 10_000, description: { zh: '自评总分值（满分）', en: 'Full marks of the form' } },
    },
    messages: {
      mismatch: {
        zh: '“{subject}”的自评总分为{actual}分，但各项得分之和为{expected}分。',
        en: '“{subject}”: the total score is {actual}, but the scores add up to {expected}.',
      },
      'over-maximum': {
        zh: '“{subject}”的自评总分{actual}分超过满分{expected}分。',
        en: '“{subject}”: the total score {actual} exceeds full marks of {expected}.',
      },
    },
  },
  check(context) {
    const totalPoints = numberParam(context, formTotalScore.meta, 'totalPoints');
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      const total = writtenTotalScore(form);
      if (!total) continue;
      const indicators = form.indicators?.indicators ?? [];
      const indicatorScores = indicators.flatMap((indicator) => {
        const value = numberOf(indicator.score);
        return value === null || !indicator.score ? [] : [{ value, address: indicator.score.address }];
      });
      const execution = moneyTotal(form)?.score;
      const executionScore = numberOf(execution);
      const weightTotal = numberOf(form.indicators?.total?.weight);
      const indicatorWeights = indicators.reduce((sum, indicator) => sum + (numberOf(indicator.weight) ?? 0), 0);
      const indicatorsOnly = weightTotal !== null && indicatorWeights > 0 && sameTo(weightTotal, indicatorWeights);
      const parts = [
        ...indicatorScores,
        ...(executionScore !== null && execution && !indicatorsOnly ? [{ value: executionScore, address: execution.address }] : []),
      ];
      const subject = form.subject;
      if (total.value > totalPoints && !sameTo(total.value, totalPoints)) {
        reports.push({
          messageId: 'over-maximum',
          ...at(form, total.row, [total.address]),
          subject,
          data: { subject, expected: decimalText(totalPoints), actual: decimalText(total.value) },
          expected: { kind: 'score', value: totalPoints },
          actual: { kind: 'score', value: total.value },
        });
      }
      if (parts.length === 0) continue;
      const sum = parts.reduce((acc, part) => acc + part.value, 0);
      if (sameTo(sum, total.value)) continue;
      reports.push({
        messageId: 'mismatch',
        ...at(form, total.row, [total.address, ...parts.map((part) => part.address)]),
        subject,
        data: { subject, expected: decimalText(sum), actual: decimalText(total.value) },
        expected: { kind: 'score', value: Number(decimalText(sum)) },
        actual: { kind: 'score', value: total.value },
      });
    }
    return reports;
  },
};

export default formTotalScore;
