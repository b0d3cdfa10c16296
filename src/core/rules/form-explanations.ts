/**
 * What a self-evaluation form must explain in words: an execution rate below 90% and a budget
 * adjusted during the year (全年预算数 ≠ 年初预算数) need a reason; an indicator that lost points
 * needs its 偏差原因. An empty 得分, an empty narrative field, or the template's own hint left in a
 * text field (`对照年度目标,说明…(100字以内)`) is reported. The threshold and the hint pattern are
 * rulebook params.
 */
import {
  at,
  decimalText,
  executionRatio,
  fenOf,
  formsOf,
  isEmpty,
  itemSubject,
  moneyTotal,
  numberOf,
  numberParam,
  sameTo,
  stringParam,
} from '../forms/form-rule-support';
import type { FormTable } from '../forms/form-model';
import { absFen } from '../money/fen';
import type { ReadCell } from '../recognize/model';
import { safeRegex } from '../rulebook/safe-regex';
import { money, outputUnit } from './support/format';
import type { Rule, RuleReport, Severity } from './types';

/** The instructions printed in the official templates, which a unit must replace with its own text. */
export const TEMPLATE_HINTS = String.raw`[(（]\s*\d+\s*字(?:以内|左右)\s*[)）]|^\s*(?:对照年度目标|结合自评情况|针对(?:项目)?自评中|请(?:填写|输入|简要|说明)|在此(?:填写|输入)|此处填写)|^\s*指标\s*\d+\s*[:：]?\s*$|^\s*(?:X{3,}|×{3,})`;

function textOf(cell: ReadCell | undefined): string {
  const value = cell?.value;
  return typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value);
}

const formExplanations: Rule = {
  meta: {
    id: 'form-explanations',
    severity: 'warning',
    description: {
      zh: '自评表：执行率低于90%或年中调整预算须说明原因；扣分指标须分析偏差原因；得分不能空着，文字栏不能空着或只留填表说明。',
      en: 'Self-evaluation form: a rate under 90% or a budget adjusted during the year needs a reason; an indicator that lost points needs its deviation reason; no score may be blank, and no text field blank or left with the template’s hint.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样（四川省公开的表）：年初预算 238.93，调整后预算 251.89，原因栏只有模板的填表说明。',
        en: 'forms-2023 as bundled (the Sichuan form as published): initial budget 238.93, adjusted 251.89, and the reason field holds only the template’s instructions.',
      },
      messageId: 'adjustment-reason-missing',
      message: {
        zh: '“51000021R000000019951-工资性支出”年中调增预算12.96万元（年初预算数238.93万元，全年预算数251.89万元），原因栏未说明调整理由。',
        en: '“51000021R000000019951-工资性支出”: the budget changed by 12.96 ×10k yuan during the year (调增, 238.93 → 251.89 ×10k yuan) and the reason field does not explain why.',
      },
    },
    params: {
      minRateWithoutReason: {
        default: 0.9,
        min: 0,
        max: 10,
        description: { zh: '低于此执行率须说明原因（0.9 = 90%）', en: 'Below this execution rate a reason is required (0.9 = 90%)' },
      },
      templateHints: {
        default: TEMPLATE_HINTS,
        regex: true,
        description: { zh: '识别模板填表说明的正则表达式', en: 'Regular expression recognising the template’s instructions' },
      },
    },
    messages: {
      'rate-reason-missing': {
        zh: '“{subject}”的执行率为{rate}%，低于{threshold}%，原因栏未说明原因。',
        en: '“{subject}”: the execution rate is {rate}%, below {threshold}%, and the reason field gives no reason.',
      },
      'rate-reason-nowhere': {
        zh: '“{subject}”的执行率为{rate}%，低于{threshold}%；表中没有原因栏，请在偏差原因分析或自评报告中说明。',
        en: '“{subject}”: the execution rate is {rate}%, below {threshold}%; the form has no reason field, so explain it in the deviation analysis or the report.',
      },
      'adjustment-reason-missing': {
        zh: '“{subject}”年中{direction}预算{change}{unit}（年初预算数{initial}{unit}，全年预算数{budget}{unit}），原因栏未说明调整理由。',
        en: '“{subject}”: the budget changed by {change} {unit} during the year ({direction}, {initial} → {budget} {unit}) and the reason field does not explain why.',
      },
      'adjustment-reason-nowhere': {
        zh: '“{subject}”年中{direction}预算{change}{unit}（年初预算数{initial}{unit}，全年预算数{budget}{unit}）；表中没有原因栏，请在自评报告中说明调整理由。',
        en: '“{subject}”: the budget changed by {change} {unit} during the year ({direction}, {initial} → {budget} {unit}); the form has no reason field, so explain it in the report.',
      },
      'indicator-reason-missing': {
        zh: '“{subject}”得分{score}分，低于权重{weight}分，未分析偏差原因。',
        en: '“{subject}” scores {score} of {weight} but gives no reason for the deviation.',
      },
      'score-empty': {
        zh: '“{subject}”的{label}未填写。',
        en: '“{subject}”: the {label} is blank.',
      },
      'text-empty': {
        zh: '“{subject}”的“{label}”未填写。',
        en: '“{subject}”: “{label}” is blank.',
      },
      'template-hint': {
        zh: '“{subject}”的“{label}”仍是模板的填表说明（“{text}”），未填写实际内容。',
        en: '“{subject}”: “{label}” still holds the template’s instruction (“{text}”) instead of the unit’s own text.',
      },
    },
  },
  check(context) {
    const { meta } = formExplanations;
    const minRate = numberParam(context, meta, 'minRateWithoutReason');
    // run under RE2: a rulebook's pattern cannot backtrack for minutes
    const hint = safeRegex(stringParam(context, meta, 'templateHints') || TEMPLATE_HINTS, TEMPLATE_HINTS);
    const unit = outputUnit(context);
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      const push = (
        messageId: string,
        row: number,
        cells: readonly (string | undefined)[],
        data: Record<string, string>,
        subject = form.subject,
        severity?: Severity,
      ): void => {
        reports.push({ messageId, ...(severity ? { severity } : {}), ...at(form, row, cells), subject, data: { subject, ...data } });
      };
      const explained = new Set<string>();
      const isHint = (text: string): boolean => text !== '' && hint.test(text);
      checkReasons(form, { minRate, isHint, unit, tolerance: context.settings.toleranceFen, explained, push });
      checkScores(form, push);
      for (const indicator of form.indicators?.indicators ?? []) {
        const weight = numberOf(indicator.weight);
        const score = numberOf(indicator.score);
        const reason = textOf(indicator.reason);
        if (!indicator.reason || weight === null || score === null || score >= weight || sameTo(score, weight)) continue;
        if (reason !== '' && !isHint(reason)) continue;
        explained.add(indicator.reason.address);
        const subject = itemSubject(form, indicator.name);
        push(
          'indicator-reason-missing',
          indicator.row,
          [indicator.reason.address, indicator.score?.address],
          { score: decimalText(score), weight: decimalText(weight) },
          subject,
        );
      }
      for (const text of form.texts) {
        if (text.text === '') push('text-empty', text.row, [text.address, text.labelAddress], { label: text.label });
        else if (isHint(text.text)) push('template-hint', text.row, [text.address], { label: text.label, text: shorten(text.text) });
      }
      // hints left in the other text cells: reasons and indicator names (`指标1：`)
      const reasonLabel = form.money?.columns.原因 !== undefined ? '原因' : '';
      const others = [
        ...(form.money?.rows ?? []).map((row) => ({ cell: row.reason, label: reasonLabel })),
        ...(form.indicators?.indicators ?? []).flatMap((indicator) => [
          { cell: indicator.reason, label: '偏差原因分析' },
          { cell: { row: indicator.row, address: indicator.nameAddress, value: indicator.name }, label: '三级指标' },
        ]),
      ];
      for (const { cell, label } of others) {
        const text = textOf(cell as ReadCell | undefined);
        if (!cell || explained.has(cell.address) || !isHint(text)) continue;
        push('template-hint', cell.row, [cell.address], { label, text: shorten(text) });
      }
    }
    return reports;
  },
};

type Push = (
  messageId: string,
  row: number,
  cells: readonly (string | undefined)[],
  data: Record<string, string>,
  subject?: string,
  severity?: Severity,
) => void;

interface ReasonCheck {
  readonly minRate: number;
  readonly isHint: (text: string) => boolean;
  readonly unit: Parameters<typeof money>[1];
  readonly tolerance: bigint;
  /** Reason cells already reported as missing a reason (their hint is not reported again). */
  readonly explained: Set<string>;
  readonly push: Push;
}

/** A low rate and an adjusted budget need a reason in the money block's 原因 cell. */
function checkReasons(form: FormTable, check: ReasonCheck): void {
  const total = moneyTotal(form);
  if (!total) return;
  const reasonCell = total.reason;
  const reason = textOf(reasonCell);
  if (reason !== '' && !check.isHint(reason)) return;
  const hasReasonField = reasonCell !== undefined;
  const severity: Severity | undefined = hasReasonField ? undefined : 'info';
  const report = (missing: string, nowhere: string, cells: readonly (string | undefined)[], data: Record<string, string>): void => {
    if (reasonCell) check.explained.add(reasonCell.address);
    check.push(hasReasonField ? missing : nowhere, total.row, hasReasonField ? [reasonCell?.address, ...cells] : cells, data, form.subject, severity);
  };
  const ratio = executionRatio(total);
  if (ratio !== null && ratio < check.minRate && !sameTo(ratio * 100, check.minRate * 100)) {
    report('rate-reason-missing', 'rate-reason-nowhere', [total.rate?.address], {
      rate: decimalText(ratio * 100),
      threshold: decimalText(check.minRate * 100),
    });
  }
  const initial = fenOf(total.amounts.年初预算数);
  const budget = fenOf(total.amounts.全年预算数);
  if (initial === null || budget === null || absFen(budget - initial) <= check.tolerance) return;
  report('adjustment-reason-missing', 'adjustment-reason-nowhere', [total.amounts.全年预算数?.address, total.amounts.年初预算数?.address], {
    direction: budget > initial ? '调增' : '调减',
    change: money(absFen(budget - initial), check.unit),
    initial: money(initial, check.unit),
    budget: money(budget, check.unit),
  });
}

/** Every 得分 the form asks for must be filled: the execution score, each indicator's, the total. */
function checkScores(form: FormTable, push: Push): void {
  const total = moneyTotal(form);
  if (total && isEmpty(total.score)) push('score-empty', total.row, [total.score?.address], { label: '预算执行率得分' });
  for (const indicator of form.indicators?.indicators ?? []) {
    if (isEmpty(indicator.score)) push('score-empty', indicator.row, [indicator.score?.address], { label: '得分' }, itemSubject(form, indicator.name));
  }
  const scoreTotal = form.indicators?.total;
  if (scoreTotal && isEmpty(scoreTotal.score)) push('score-empty', scoreTotal.row, [scoreTotal.score?.address], { label: `${scoreTotal.label}得分` });
}

/** Long hints are quoted by their start. */
function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

export default formExplanations;
