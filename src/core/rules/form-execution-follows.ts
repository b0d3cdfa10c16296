/**
 * When a form's 全年执行数 is contradicted — by its own split by the nature of the spending
 * (按支出性质分: 基本支出 + 项目支出) or by the project table's 实际支出 for the same project — its
 * 执行率 and 得分 are wrong too. This says what they would be on the other figure, so a reviewer
 * sees the score at stake; form-income-split and form-vs-project report the contradiction itself.
 */
import { fenOf, formsOf, moneyTotal, numberOf } from '../forms/form-rule-support';
import type { FormTable } from '../forms/form-model';
import { projectKey } from '../forms/self-evaluation';
import { exactOf, percentFixed, pointsNumber } from '../indicators/scoring';
import { absFen, type Fen } from '../money/fen';
import type { ProjectTable } from '../recognize/model';
import { compare, divide, exact, multiply } from '../rulebook/exact';
import { cellFen } from './support/field-values';
import { money, outputUnit } from './support/format';
import type { Rule, RuleReport } from './types';

const formExecutionFollows: Rule = {
  meta: {
    id: 'form-execution-follows',
    severity: 'info',
    description: {
      zh: '自评表的全年执行数与其按支出性质分的合计或项目支出表不一致时，按另一数字计算执行率和得分应是多少。',
      en: 'When a form’s spending is contradicted by its own split or by the project table, the execution rate and score that would follow from the other figure.',
    },
    formula: '执行率 = 另一执行数 ÷ 全年预算数；得分 = 分值 × min(执行率, 100%)',
    messages: {
      'follows-split': {
        zh: '“{subject}”的全年执行数若按“按支出性质分”的合计为{other}{unit}，执行率应为{rate}%，得分应为{score}分（表中为{writtenRate}、{writtenScore}分）。',
        en: '“{subject}”: with the spending of {other} {unit} its split by nature adds up to, the execution rate would be {rate}% and the score {score} (the form says {writtenRate}, {writtenScore}).',
      },
      'follows-project': {
        zh: '“{subject}”的全年执行数若按{sheet}第{row}行的实际支出为{other}{unit}，执行率应为{rate}%，得分应为{score}分（表中为{writtenRate}、{writtenScore}分）。',
        en: '“{subject}”: with the spending of {other} {unit} from {sheet} row {row}, the execution rate would be {rate}% and the score {score} (the form says {writtenRate}, {writtenScore}).',
      },
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样：“网格信息化建设项目”自评表的全年执行数填 104.86，项目支出表的实际支出为 104.68，全年预算数 183.54，分值 10。',
        en: 'forms-2023 as bundled: the 网格信息化建设项目 form gives 104.86 spent; the project table 104.68; the budget is 183.54, the weight 10.',
      },
      messageId: 'follows-project',
      message: {
        zh: '“网格信息化建设项目”的全年执行数若按项目支出第4行的实际支出为104.68万元，执行率应为57.03%，得分应为5.7分（表中为57.13%、5.71分）。',
        en: '“网格信息化建设项目”: with the spending of 104.68 ×10k yuan from 项目支出 row 4, the execution rate would be 57.03% and the score 5.7 (the form says 57.13%, 5.71).',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const tables = context.workbook.tables.filter((table): table is ProjectTable => table.kind === 'projects');
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      const total = moneyTotal(form);
      const spent = fenOf(total?.amounts.全年执行数);
      const budget = fenOf(total?.amounts.全年预算数);
      if (!total || spent === null || budget === null || budget <= 0n) continue;
      for (const other of otherSpending(form, tables)) {
        if (absFen(other.fen - spent) <= context.settings.toleranceFen) continue;
        const rate = divide(exact(other.fen), exact(budget))!;
        const weight = numberOf(total.weight);
        const capped = compare(rate, exact(1n)) > 0 ? exact(1n) : rate;
        const score = weight === null ? '—' : String(pointsNumber(multiply(capped, exactOf(weight))));
        const written = numberOf(total.rate);
        reports.push({
          messageId: other.project ? 'follows-project' : 'follows-split',
          data: {
            subject: form.subject,
            ...(other.project ?? {}),
            other: money(other.fen, unit),
            rate: percentFixed(rate),
            score,
            writtenRate: written === null ? '—' : `${percentFixed(exactOf(written))}%`,
            writtenScore: String(numberOf(total.score) ?? '—'),
          },
          sheet: form.sheet,
          row: total.row,
          cells: [total.amounts.全年执行数!.address, ...(total.rate ? [total.rate.address] : []), ...(total.score ? [total.score.address] : [])],
          subject: form.subject,
          expected: { kind: 'percent', value: Number(percentFixed(rate)) },
          ...(written === null ? {} : { actual: { kind: 'percent', value: Number(percentFixed(exactOf(written))) } }),
        });
      }
    }
    return reports;
  },
};

/** The other figures for the form's spending: its own 按支出性质 split, and the same project's 实际支出. */
interface OtherSpending {
  readonly fen: Fen;
  /** Where the project table gives it; none for the form's own split. */
  readonly project?: { readonly sheet: string; readonly row: number };
}

function otherSpending(form: FormTable, tables: readonly ProjectTable[]): OtherSpending[] {
  const found: OtherSpending[] = [];
  const parts = (form.money?.rows ?? []).filter((row) => row.role === 'expenditure').map((row) => fenOf(row.amounts.全年执行数));
  if (parts.length > 0 && parts.every((part) => part !== null)) {
    found.push({ fen: parts.reduce<Fen>((sum, part) => sum + part!, 0n) });
  }
  if (form.formKind === 'project') {
    const key = projectKey(form.subject);
    const matches = tables.flatMap((table) => table.projects.filter((row) => projectKey(row.name) === key).map((row) => ({ table, row })));
    const spent = matches.length === 1 ? cellFen(matches[0].row.amounts.实际支出) : null;
    if (spent !== null && spent !== undefined) {
      found.push({ fen: spent, project: { sheet: matches[0].table.sheet, row: matches[0].row.row } });
    }
  }
  return found;
}

export default formExecutionFollows;
