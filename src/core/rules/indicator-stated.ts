/**
 * A common indicator the workbook states itself — on a unit's self-evaluation form, in the
 * Chongqing indicator block (全年完成值) or a Hunan 指标表 (实际完成值), or in a sentence of the
 * unit's own text — must be what its tables give. Both values are reported, the difference, and
 * the score it changes under the profile in force. A form's 在职人员控制率 is left to
 * staffing-control, which checks it against the form's own head counts.
 */
import { indicatorsOf, profileOf } from '../indicators/rule-support';
import { percentFixed, pointsNumber, scoreIndicator } from '../indicators/scoring';
import { statedIndicators } from '../indicators/stated-values';
import { absolute, compare, exact, multiply, parseDecimal, roundExact, subtract } from '../rulebook/exact';
import type { Rule, RuleReport } from './types';

/** Indicators another rule checks where a form states them. */
const CHECKED_ON_FORMS_BY_OTHER_RULES = new Set(['staff-control-rate']);

const indicatorStated: Rule = {
  meta: {
    id: 'indicator-stated',
    severity: 'error',
    description: {
      zh: '自评表、指标表（重庆部门整体绩效自评表的全年完成值、湖南指标表的实际完成值）或文字中写出的共性指标（预算完成率、预算调整率、结转结余率、在职人员控制率等）须与按表计算的值一致；不一致时给出两个值、差额和影响的得分。',
      en: 'A common indicator the workbook states (on a form, in an indicator table such as the Chongqing block or a Hunan 指标表, or in its text) must equal the value its tables give; both values, the difference and the score it changes are reported.',
    },
    formula: '写出的指标值 = 按表计算的指标值（按写出的小数位数四舍五入）',
    params: {
      tolerancePercent: { default: 0, description: { zh: '允许的差额（百分点）', en: 'Difference allowed, in percentage points' } },
      profile: { default: '', description: { zh: '评分方案 id（空 = 本次核对所用的方案）', en: 'Scoring profile id (empty: the one the check uses)' } },
    },
    messages: {
      mismatch: {
        zh: '“{subject}”写的{indicator}为{stated}%，按表计算为{computed}%（{formula}；{cells}），相差{difference}个百分点。',
        en: '“{subject}” states {indicator} as {stated}%, but the tables give {computed}% ({formula}; {cells}), {difference} percentage points apart.',
      },
      'mismatch-score': {
        zh: '“{subject}”写的{indicator}为{stated}%，按表计算为{computed}%（{formula}；{cells}），相差{difference}个百分点；按“{profile}”评分应得{computedScore}分（满分{points}分），而不是按写的值得{statedScore}分。',
        en: '“{subject}” states {indicator} as {stated}%, but the tables give {computed}% ({formula}; {cells}), {difference} percentage points apart; under “{profile}” it scores {computedScore} of {points}, not the {statedScore} the stated value would.',
      },
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '基本情况', cell: 'B20', value: '全年预算完成率为95%。' }],
      given: {
        zh: '基本情况的“其他说明”（B20）写“全年预算完成率为95%”，而收支总表的支出 2084.71 ÷ 预算 2388.07 = 87.30%。',
        en: 'The unit info’s 其他说明 (B20) says 预算完成率 is 95%, while the summary gives 2,084.71 ÷ 2,388.07 = 87.30%.',
      },
      messageId: 'mismatch',
      message: {
        zh: '“其他说明”写的预算完成率为95%，按表计算为87.30%（预算完成率 = (基本支出 + 项目支出) ÷ 预算收入合计；收支总表!B9、收支总表!B10、收支总表!B4），相差7.7个百分点。',
        en: '“其他说明” states 预算完成率 as 95%, but the tables give 87.30% (预算完成率 = (基本支出 + 项目支出) ÷ 预算收入合计; 收支总表!B9、收支总表!B10、收支总表!B4), 7.7 percentage points apart.',
      },
    },
  },
  check(context) {
    const profile = profileOf(context);
    const computed = new Map(indicatorsOf(context.workbook, profile).map((result) => [result.id, result]));
    const tolerance = parseDecimal(String(context.options.params?.tolerancePercent ?? 0)) ?? exact(0n);
    const reports: RuleReport[] = [];
    for (const stated of statedIndicators(context.workbook)) {
      const result = computed.get(stated.indicator.id);
      if ((stated.source === 'form' && CHECKED_ON_FORMS_BY_OTHER_RULES.has(stated.indicator.id)) || !result?.ratio) continue;
      // the computed value rounded as far as the stated one is written
      const scale = exact(100n * 10n ** BigInt(stated.decimals));
      const rounded = exact(roundExact(multiply(result.ratio, scale)), scale.n / 100n);
      const statedPercent = multiply(stated.ratio, exact(100n));
      const difference = absolute(subtract(statedPercent, multiply(result.ratio, exact(100n))));
      if (compare(rounded, statedPercent) === 0 || compare(difference, tolerance) <= 0) continue;
      const entry = profile.indicators.find((candidate) => candidate.indicator === stated.indicator.id);
      const scoring = entry?.scoring && entry.points !== undefined ? entry.scoring : undefined;
      const statedScore = scoring && scoreIndicator(scoring, stated.ratio, entry!.points!);
      const data = {
        indicator: result.name,
        stated: stated.percentText,
        computed: percentFixed(result.ratio),
        formula: result.formula,
        cells: result.cells.join('、'),
        difference: String(Number(roundExact(multiply(difference, exact(100n)))) / 100),
      };
      const changesScore = statedScore && result.score !== null && pointsNumber(statedScore.score) !== result.score;
      reports.push({
        messageId: changesScore ? 'mismatch-score' : 'mismatch',
        data: changesScore
          ? {
              ...data,
              profile: profile.name.zh,
              computedScore: String(result.score),
              statedScore: String(pointsNumber(statedScore.score)),
              points: String(result.points),
            }
          : data,
        sheet: stated.sheet,
        row: stated.row,
        cells: [stated.address],
        subject: stated.subject,
        expected: { kind: 'percent', value: Number(percentFixed(result.ratio)) },
        actual: { kind: 'percent', value: Number(stated.percentText) },
      });
    }
    return reports;
  },
};

export default indicatorStated;
