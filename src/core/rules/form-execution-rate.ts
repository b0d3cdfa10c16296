/**
 * On a self-evaluation form 执行率 = 全年执行数 ÷ 全年预算数: the adjusted budget (调整后预算数,
 * 全年(调整)预算数), never 年初预算数 — a rate that matches 年初预算 is named as that slip. A zero
 * budget makes the rate not computable: information, never a crash. Spending above the budget is
 * reported too.
 */
import { at, fenOf, formsOf, numberOf, numberParam } from '../forms/form-rule-support';
import { absFen } from '../money/fen';
import { money, outputUnit, percentOf, roundDivide } from './support/format';
import type { Rule, RuleReport } from './types';
import { RATE_TOLERANCE_PARAM } from './support/rate-tolerance';

/** |spent ÷ base − written| in percentage points, exact up to a millionth of a point. */
function percentGap(spent: bigint, base: bigint, writtenPercent: number): number {
  return Math.abs(Number(roundDivide(spent * 100_000_000n, base)) / 1e6 - writtenPercent);
}

const formExecutionRate: Rule = {
  meta: {
    id: 'form-execution-rate',
    severity: 'error',
    description: {
      zh: '自评表：执行率 = 全年执行数 ÷ 全年预算数（调整后预算数，不是年初预算数），百分比保留两位小数；全年预算数为0时无法计算。',
      en: 'Self-evaluation form: execution rate = full-year spending ÷ full-year (adjusted) budget, never the initial budget; percent, two decimals; a zero budget cannot be computed.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样：“业务性专项经费”自评表年初预算数 10、全年预算数 48.38、全年执行数 18.37，执行率却填 100%。',
        en: 'forms-2023 as bundled: the 业务性专项经费 form has 年初预算数 10, 全年预算数 48.38, 全年执行数 18.37, yet a rate of 100%.',
      },
      messageId: 'initial-budget',
      message: {
        zh: '“业务性专项经费”年度资金总额的执行率100%是按年初预算数10万元计算的；应按全年预算数48.38万元计算，为37.97%。',
        en: '“业务性专项经费” 年度资金总额: the rate 100% was computed over the initial budget 10 ×10k yuan; over the full-year budget 48.38 ×10k yuan it is 37.97%.',
      },
    },
    formula: '执行率 = 全年执行数 ÷ 全年预算数',
    params: {
      tolerancePercent: RATE_TOLERANCE_PARAM,
    },
    messages: {
      mismatch: {
        zh: '“{subject}”{label}的执行率应为{expected}%（全年执行数{spent}{unit} ÷ 全年预算数{budget}{unit}），表中为{actual}%。',
        en: '“{subject}” {label}: the execution rate should be {expected}% (spent {spent} {unit} ÷ full-year budget {budget} {unit}), but the form says {actual}%.',
      },
      'initial-budget': {
        zh: '“{subject}”{label}的执行率{actual}%是按年初预算数{initial}{unit}计算的；应按全年预算数{budget}{unit}计算，为{expected}%。',
        en: '“{subject}” {label}: the rate {actual}% was computed over the initial budget {initial} {unit}; over the full-year budget {budget} {unit} it is {expected}%.',
      },
      'not-computable': {
        zh: '“{subject}”{label}的全年预算数为0，执行率无法计算。',
        en: '“{subject}” {label}: the full-year budget is 0, so the execution rate cannot be computed.',
      },
      'over-budget': {
        zh: '“{subject}”{label}的全年执行数{spent}{unit}超过全年预算数{budget}{unit}。',
        en: '“{subject}” {label}: spending of {spent} {unit} exceeds the full-year budget of {budget} {unit}.',
      },
      unreadable: {
        zh: '“{subject}”{cell}的执行率“{text}”无法识别为百分比。',
        en: '“{subject}”: the execution rate “{text}” in {cell} is not a percentage.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const tolerance = numberParam(context, formExecutionRate.meta, 'tolerancePercent');
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      for (const row of form.money?.rows ?? []) {
        const { rate } = row;
        const budgetCell = row.amounts.全年预算数;
        const spentCell = row.amounts.全年执行数;
        const subject = form.subject;
        const label = row.label;
        if (rate?.reading.kind === 'text') {
          reports.push({
            messageId: 'unreadable',
            severity: 'warning',
            ...at(form, row.row, [rate.address]),
            subject,
            data: { subject, cell: rate.address, text: rate.reading.text },
          });
          continue;
        }
        const budget = fenOf(budgetCell);
        const spent = fenOf(spentCell);
        if (budget === null || spent === null) continue;
        const written = numberOf(rate);
        const base = { ...at(form, row.row, [rate?.address, spentCell?.address, budgetCell?.address]), subject };
        if (budget === 0n) {
          if (row.role === 'total' || spent !== 0n || (written !== null && written !== 0)) {
            reports.push({ ...base, messageId: 'not-computable', severity: 'info', data: { subject, label } });
          }
          continue;
        }
        const figures = { subject, label, spent: money(spent, unit), budget: money(budget, unit) };
        if (spent - budget > context.settings.toleranceFen) {
          reports.push({ ...base, messageId: 'over-budget', severity: 'warning', data: figures });
        }
        if (written === null || !rate) continue;
        const writtenPercent = written * 100;
        if (percentGap(spent, budget, writtenPercent) <= tolerance + 1e-9) continue;
        const expected = percentOf(spent, budget);
        const actual = String(Math.round(writtenPercent * 100) / 100);
        const initialCell = row.amounts.年初预算数;
        const initial = fenOf(initialCell);
        // the common slip: the rate over 年初预算, often capped at 100%
        const overInitial =
          initial !== null &&
          initial > 0n &&
          absFen(initial - budget) > context.settings.toleranceFen &&
          (percentGap(spent, initial, writtenPercent) <= tolerance + 1e-9 || (spent >= initial && Math.abs(writtenPercent - 100) <= tolerance));
        reports.push({
          ...base,
          ...(overInitial ? { messageId: 'initial-budget', cells: [...base.cells, initialCell?.address as string] } : { messageId: 'mismatch' }),
          data: { ...figures, expected: expected.text, actual, ...(overInitial ? { initial: money(initial, unit) } : {}) },
          expected: { kind: 'percent', value: expected.value },
          actual: { kind: 'percent', value: Number(actual) },
        });
      }
    }
    return reports;
  },
};

export default formExecutionRate;
