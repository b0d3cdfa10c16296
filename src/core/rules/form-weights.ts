/**
 * The weights of a self-evaluation form add up: Σ indicator weights + the execution weight = 100
 * (national: 产出 50, 效益 30, 满意度 10, 预算执行率 10; Sichuan: 绩效指标 90 + 预算执行 10). Each
 * section or 一级 group that states its points (`产出指标(50分)`, `绩效指标(90分)`) must hold them;
 * a rulebook may require group points of its own (`groupPoints`) and its execution weight.
 */
import { at, decimalText, formsOf, isEmpty, itemSubject, moneyTotal, numberOf, numberParam, sameTo, stringParam } from '../forms/form-rule-support';
import type { FormIndicator, FormTable } from '../forms/form-model';
import { normalizeLabel } from '../recognize/normalize-label';
import type { Rule, RuleReport, Severity } from './types';

/** `产出指标=50,效益指标=30` → { 产出指标: 50, 效益指标: 30 }. */
export function parseGroupPoints(text: string): Map<string, number> {
  const points = new Map<string, number>();
  for (const pair of text.split(/[,，;；]/)) {
    const [name, value] = pair.split(/[=:：]/).map((part) => part.trim());
    if (name && value !== undefined && Number.isFinite(Number(value))) points.set(normalizeLabel(name), Number(value));
  }
  return points;
}

function weightSum(indicators: readonly FormIndicator[]): number {
  return indicators.reduce((sum, indicator) => sum + (numberOf(indicator.weight) ?? 0), 0);
}

function weightCells(indicators: readonly FormIndicator[]): string[] {
  return indicators.flatMap((indicator) => (numberOf(indicator.weight) === null || !indicator.weight ? [] : [indicator.weight.address]));
}

const formWeights: Rule = {
  meta: {
    id: 'form-weights',
    severity: 'error',
    description: {
      zh: '自评表：各绩效指标权重之和加预算执行率权重应为100分；注明分值的部分（如“产出指标(50分)”“绩效指标(90分)”）应与其指标权重之和相符。',
      en: 'Self-evaluation form: indicator weights plus the execution weight must total 100; each part that states its points (e.g. “产出指标(50分)”) must match its indicators’ weights.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样：重庆式部门整体自评表的指标权重 20 + 15 + 10 + 30 + 10 = 85，加执行率权重 10 只有 95。',
        en: 'forms-2023 as bundled: the Chongqing unit form’s indicator weights 20 + 15 + 10 + 30 + 10 = 85, plus the execution weight 10, make only 95.',
      },
      messageId: 'sum',
      message: {
        zh: '“石峰区网格化管理服务中心”各指标权重之和85分加预算执行率权重10分为95分，应为100分。',
        en: '“石峰区网格化管理服务中心”: indicator weights (85) plus the execution weight (10) make 95, not 100.',
      },
    },
    formula: 'Σ 指标权重 + 预算执行率权重 = 100',
    params: {
      totalPoints: { default: 100, min: 1, max: 10_000, description: { zh: '自评总分值', en: 'Total points of the form' } },
      executionWeight: { default: 10, min: 0, max: 10_000, description: { zh: '预算执行率的权重（分值）', en: 'Weight of the execution rate' } },
      groupPoints: {
        default: '',
        description: {
          zh: '一级指标应有的分值，如“产出指标=50,效益指标=30,满意度指标=10”（留空则只核对表中注明的分值）',
          en: 'Points each 一级 group must hold, e.g. “产出指标=50,效益指标=30,满意度指标=10” (empty: only points stated on the form)',
        },
      },
    },
    messages: {
      sum: {
        zh: '“{subject}”各指标权重之和{indicators}分加预算执行率权重{execution}分为{actual}分，应为{expected}分。',
        en: '“{subject}”: indicator weights ({indicators}) plus the execution weight ({execution}) make {actual}, not {expected}.',
      },
      'indicators-stated': {
        zh: '“{subject}”注明绩效指标{expected}分，但各指标权重之和为{actual}分。',
        en: '“{subject}” states {expected} points for its indicators, but their weights add up to {actual}.',
      },
      group: {
        zh: '“{subject}”注明{group}{expected}分，但其下指标权重之和为{actual}分。',
        en: '“{subject}” states {expected} points for {group}, but its indicators’ weights add up to {actual}.',
      },
      'group-rulebook': {
        zh: '“{subject}”的{group}权重之和为{actual}分，规则库要求{expected}分。',
        en: '“{subject}”: {group} weighs {actual}, the rulebook requires {expected}.',
      },
      'execution-stated': {
        zh: '“{subject}”注明预算执行{expected}分，但其分值（权重）填为{actual}分。',
        en: '“{subject}” states {expected} points for budget execution, but its weight is written as {actual}.',
      },
      'execution-weight': {
        zh: '“{subject}”的预算执行率权重为{actual}分，规则库要求{expected}分。',
        en: '“{subject}”: the execution weight is {actual}, the rulebook requires {expected}.',
      },
      'total-row': {
        zh: '“{subject}”{label}行的分值为{actual}分，但各项权重之和为{expected}分。',
        en: '“{subject}”: the {label} row gives {actual} points, but the weights add up to {expected}.',
      },
      'weight-missing': {
        zh: '“{subject}”的指标未填写权重（分值）。',
        en: '“{subject}”: the indicator has no weight.',
      },
    },
  },
  check(context) {
    const { meta } = formWeights;
    const totalPoints = numberParam(context, meta, 'totalPoints');
    const rulebookExecution = numberParam(context, meta, 'executionWeight');
    const rulebookGroups = parseGroupPoints(stringParam(context, meta, 'groupPoints'));
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      const block = form.indicators;
      if (!block || block.indicators.length === 0) continue;
      const report: Report = ({ messageId, row, cells, expected, actual, data = {}, severity }) => {
        reports.push({
          messageId,
          ...(severity ? { severity } : {}),
          ...at(form, row, cells),
          subject: form.subject,
          data: { subject: form.subject, expected: decimalText(expected), actual: decimalText(actual), ...data },
          expected: { kind: 'score', value: expected },
          actual: { kind: 'score', value: actual },
        });
      };
      for (const indicator of block.indicators) {
        if (!isEmpty(indicator.weight)) continue;
        const subject = itemSubject(form, indicator.name);
        reports.push({ messageId: 'weight-missing', severity: 'warning', ...at(form, indicator.row, [indicator.weight?.address]), subject, data: { subject } });
      }
      const execution = executionWeight(form, rulebookExecution, report);
      const indicators = weightSum(block.indicators);
      const cells = weightCells(block.indicators);
      if (cells.length === 0) continue;
      const withExecution = indicators + execution.weight;
      if (!sameTo(withExecution, totalPoints)) {
        const data = { indicators: decimalText(indicators), execution: decimalText(execution.weight) };
        report({ messageId: 'sum', row: block.headerRow, cells: [...cells, execution.address], expected: totalPoints, actual: withExecution, data });
      }
      const stated = block.statedPoints;
      if (stated && !sameTo(indicators, stated.points)) {
        report({ messageId: 'indicators-stated', row: stated.row, cells: [stated.address, ...cells], expected: stated.points, actual: indicators });
      }
      const totalWeight = numberOf(block.total?.weight);
      // a 合计 row may total the indicators alone or the whole form with the execution weight
      if (block.total && totalWeight !== null && !sameTo(totalWeight, withExecution) && !sameTo(totalWeight, indicators)) {
        const { row, label } = block.total;
        report({ messageId: 'total-row', row, cells: [block.total.weight?.address, ...cells], expected: withExecution, actual: totalWeight, data: { label } });
      }
      for (const group of block.groups) {
        const members = block.indicators.filter((indicator) => group.rows.includes(indicator.row));
        const sum = weightSum(members);
        const required = rulebookGroups.get(group.name);
        const where = { row: group.row, cells: [group.address, ...weightCells(members)], actual: sum, data: { group: group.name } };
        if (group.statedPoints !== null && !sameTo(sum, group.statedPoints)) {
          report({ ...where, messageId: 'group', expected: group.statedPoints });
        } else if (group.statedPoints === null && required !== undefined && !sameTo(sum, required)) {
          report({ ...where, messageId: 'group-rulebook', expected: required, severity: 'warning' });
        }
      }
    }
    return reports;
  },
};

interface WeightReport {
  readonly messageId: string;
  readonly row: number;
  readonly cells: readonly (string | undefined)[];
  readonly expected: number;
  readonly actual: number;
  readonly data?: Readonly<Record<string, string>>;
  readonly severity?: Severity;
}
type Report = (report: WeightReport) => void;

/** The execution weight the form gives (its 分值 / 权重 cell, else its stated points), checked against both. */
function executionWeight(form: FormTable, rulebookWeight: number, report: Report): { weight: number; address?: string } {
  const total = moneyTotal(form);
  const written = numberOf(total?.weight);
  const stated = form.money?.statedPoints;
  if (written !== null && stated && !sameTo(written, stated.points)) {
    report({
      messageId: 'execution-stated',
      row: total?.row ?? stated.row,
      cells: [total?.weight?.address, stated.address],
      expected: stated.points,
      actual: written,
    });
  }
  const weight = written ?? stated?.points ?? rulebookWeight;
  if ((written !== null || stated) && !sameTo(weight, rulebookWeight)) {
    const row = total?.row ?? stated?.row ?? form.range.top;
    report({
      messageId: 'execution-weight',
      row,
      cells: [total?.weight?.address ?? stated?.address],
      expected: rulebookWeight,
      actual: weight,
      severity: 'warning',
    });
  }
  return { weight, address: total?.weight?.address };
}

export default formWeights;
