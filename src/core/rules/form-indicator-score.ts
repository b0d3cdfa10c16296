/**
 * Each indicator of a self-evaluation form scores at most its weight; a quantitative one scores
 * 权重 × min(完成值 ÷ 指标值, 1) for `≥` / `=` and 权重 × min(指标值 ÷ 完成值, 1) for `≤`, to two
 * decimals — so full marks for a missed target are caught. A quantitative indicator whose 完成值
 * is not a figure, or any indicator without a 完成值, is reported. An empty 得分 is left to
 * form-explanations.
 */
import { assessIndicator } from '../forms/indicator-ratio';
import { at, decimalText, formsOf, itemSubject, numberOf, numberParam, roundTo, sameTo } from '../forms/form-rule-support';
import type { Rule, RuleReport } from './types';

const formIndicatorScore: Rule = {
  meta: {
    id: 'form-indicator-score',
    severity: 'error',
    description: {
      zh: '自评表：指标得分不超过其权重；定量指标得分 = 权重 × min(完成值 ÷ 指标值, 1)（“≤”指标为 指标值 ÷ 完成值），保留两位小数；定量指标的完成值应为数值。',
      en: 'Self-evaluation form: an indicator scores at most its weight; a quantitative one scores weight × min(actual ÷ target, 1) (target ÷ actual for “≤”), to two decimals; its actual value must be a figure.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样：“代理记账服务覆盖率”指标值 100%，完成值 90%，却得满分 20。',
        en: 'forms-2023 as bundled: the indicator 代理记账服务覆盖率 has a target of 100% and an actual 90%, yet full marks (20).',
      },
      messageId: 'full-marks-missed',
      message: {
        zh: '“业务性专项经费：代理记账服务覆盖率”未达到指标值（完成值90%，指标值100%），却得满分20分；应为18分。',
        en: '“业务性专项经费：代理记账服务覆盖率” missed its target (actual 90%, target 100%) yet scores full marks (20); it should score 18.',
      },
    },
    formula: '得分 = 权重 × min(完成值 ÷ 指标值, 1)',
    params: {
      decimals: { default: 2, min: 0, max: 6, integer: true, description: { zh: '得分保留的小数位数', en: 'Decimals a score is written with' } },
    },
    messages: {
      'over-weight': {
        zh: '“{subject}”得分{actual}分超过其权重{weight}分。',
        en: '“{subject}” scores {actual}, more than its weight of {weight}.',
      },
      mismatch: {
        zh: '“{subject}”完成值{actualValue}、指标值{target}（{direction}），得分应为{expected}分（权重{weight}），表中为{actual}分。',
        en: '“{subject}”: actual {actualValue} against target {target} ({direction}) should score {expected} (weight {weight}), but the form says {actual}.',
      },
      'full-marks-missed': {
        zh: '“{subject}”未达到指标值（完成值{actualValue}，指标值{target}），却得满分{actual}分；应为{expected}分。',
        en: '“{subject}” missed its target (actual {actualValue}, target {target}) yet scores full marks ({actual}); it should score {expected}.',
      },
      'actual-missing': {
        zh: '“{subject}”未填写实际完成值。',
        en: '“{subject}” has no actual value.',
      },
      'actual-not-numeric': {
        zh: '“{subject}”是定量指标（指标值{target}），完成值“{text}”不是数值，无法计算得分。',
        en: '“{subject}” is quantitative (target {target}), but its actual value “{text}” is not a figure, so its score cannot be computed.',
      },
      'score-unreadable': {
        zh: '“{subject}”的得分“{text}”不是数值。',
        en: '“{subject}”: the score “{text}” is not a number.',
      },
    },
  },
  check(context) {
    const decimals = numberParam(context, formIndicatorScore.meta, 'decimals');
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      for (const indicator of form.indicators?.indicators ?? []) {
        const subject = itemSubject(form, indicator.name);
        const weight = numberOf(indicator.weight);
        const score = numberOf(indicator.score);
        const scoreCell = indicator.score?.address;
        if (indicator.score?.reading.kind === 'text') {
          reports.push({
            messageId: 'score-unreadable',
            severity: 'warning',
            ...at(form, indicator.row, [scoreCell]),
            subject,
            data: { subject, text: indicator.score.reading.text },
          });
        }
        if (score !== null && weight !== null && score > weight && !sameTo(score, weight, decimals)) {
          reports.push({
            messageId: 'over-weight',
            ...at(form, indicator.row, [scoreCell, indicator.weight?.address]),
            subject,
            data: { subject, actual: decimalText(score), weight: decimalText(weight) },
            expected: { kind: 'score', value: weight },
            actual: { kind: 'score', value: score },
          });
          continue;
        }
        const assessment = assessIndicator(indicator);
        const targetText = indicator.target?.text ?? '';
        if (assessment.kind === 'actual-missing') {
          reports.push({ messageId: 'actual-missing', severity: 'warning', ...at(form, indicator.row, [assessment.cell.address]), subject, data: { subject } });
          continue;
        }
        if (assessment.kind === 'actual-not-numeric') {
          const data = { subject, target: targetText, text: assessment.cell.text };
          reports.push({ messageId: 'actual-not-numeric', severity: 'warning', ...at(form, indicator.row, [assessment.cell.address]), subject, data });
          continue;
        }
        if (assessment.kind !== 'ratio' || weight === null || score === null) continue;
        const expected = roundTo(weight * assessment.ratio, decimals);
        if (sameTo(score, expected, decimals)) continue;
        const fullMarksForMiss = assessment.ratio < 1 && sameTo(score, weight, decimals);
        reports.push({
          messageId: fullMarksForMiss ? 'full-marks-missed' : 'mismatch',
          ...at(form, indicator.row, [scoreCell, indicator.actual?.address, indicator.target?.address, indicator.weight?.address]),
          subject,
          data: {
            subject,
            expected: decimalText(expected, decimals),
            actual: decimalText(score, decimals),
            weight: decimalText(weight),
            target: targetText,
            actualValue: indicator.actual?.text ?? '',
            direction: assessment.direction,
          },
          expected: { kind: 'score', value: expected },
          actual: { kind: 'score', value: score },
        });
      }
    }
    return reports;
  },
};

export default formIndicatorScore;
