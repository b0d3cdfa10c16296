/**
 * Common indicators a reviewer marks down, said with their figures: a control rate above 100%
 * (三公经费 or 公用经费 above budget), a change rate above 0, and an indicator the profile in force
 * scores 0 (an adjustment in the worst band). Over-establishment (在职人员控制率 > 100%) is
 * staffing-control's, with the head counts.
 */
import { splitCell } from '../indicators/cell-ref';
import { indicatorsOf, profileOf } from '../indicators/rule-support';
import { exactOf, percentText } from '../indicators/scoring';
import { indicatorById } from '../indicators';
import { compare } from '../rulebook/exact';
import type { Rule, RuleReport } from './types';

const LEFT_TO_OTHER_RULES = new Set(['staff-control-rate']);

const indicatorLimits: Rule = {
  meta: {
    id: 'indicator-limits',
    severity: 'warning',
    description: {
      zh: '共性指标超出限度（三公经费、公用经费超预算，三公经费比上年增加）或在评分方案中得0分（如预算调整率落在最低档）时提示，并给出数值。',
      en: 'A common indicator past its limit (三公 or running costs above budget, 三公 up on last year) or scoring 0 under the profile (an adjustment in the worst band) is reported with its figures.',
    },
    formula: '控制率 ≤ 100%；变动率 ≤ 0；评分方案中得分 > 0',
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      profile: 'hunan',
      given: {
        zh: '按湖南评分方案：预算完成率 (1865.39 + 522.68 − 303.36) ÷ (1865.39 + 522.68) = 87.30%，比100%低12.7个百分点，每低5%扣2分。',
        en: 'Under the Hunan profile: 预算完成率 (1,865.39 + 522.68 − 303.36) ÷ (1,865.39 + 522.68) = 87.30%, 12.7 points below 100%, 2 points off per 5%.',
      },
      messageId: 'worst-band',
      message: {
        zh: '预算完成率为87.30%（收支总表!B5、收支总表!B6、收支总表!B11），按“湖南 部门整体支出绩效评价指标表（雨花区）”评分（100% − 12.7pp）得0分（满分5分）。',
        en: '预算完成率 is 87.30% (收支总表!B5、收支总表!B6、收支总表!B11); under “湖南 部门整体支出绩效评价指标表（雨花区）” (100% − 12.7pp) it scores 0 of 5.',
      },
    },
    params: {
      profile: { default: '', description: { zh: '评分方案 id（空 = 本次核对所用的方案）', en: 'Scoring profile id (empty: the one the check uses)' } },
    },
    messages: {
      'over-limit': {
        zh: '{indicator}为{value}（{formula}；{cells}），超过{limit}%。',
        en: '{indicator} is {value} ({formula}; {cells}), above {limit}%.',
      },
      'worst-band': {
        zh: '{indicator}为{value}（{cells}），按“{profile}”评分（{band}）得0分（满分{points}分）。',
        en: '{indicator} is {value} ({cells}); under “{profile}” ({band}) it scores 0 of {points}.',
      },
    },
  },
  check(context) {
    const profile = profileOf(context);
    const reports: RuleReport[] = [];
    for (const result of indicatorsOf(context.workbook, profile)) {
      const first = result.cells[0];
      if (!result.ratio || !first || LEFT_TO_OTHER_RULES.has(result.id)) continue;
      const { sheet, address } = splitCell(first);
      const row = Number(/\d+$/.exec(address)?.[0] ?? 1);
      const base = {
        sheet,
        row,
        cells: result.cells.filter((cell) => splitCell(cell).sheet === sheet).map((cell) => splitCell(cell).address),
        subject: result.name,
      };
      const common = { indicator: result.name, value: result.display, formula: result.formula, cells: result.cells.join('、') };
      const max = indicatorById(result.id)?.limit?.max;
      if (max !== undefined && compare(result.ratio, exactOf(max)) > 0) {
        reports.push({
          ...base,
          messageId: 'over-limit',
          data: { ...common, limit: percentText(exactOf(max)) },
          expected: { kind: 'percent', value: max * 100 },
          actual: { kind: 'percent', value: Number(result.display.replace('%', '')) },
        });
      }
      if (result.score === 0 && result.points) {
        reports.push({
          ...base,
          messageId: 'worst-band',
          data: { ...common, profile: profile.name.zh, band: result.band ?? '', points: String(result.points) },
        });
      }
    }
    return reports;
  },
};

export default indicatorLimits;
