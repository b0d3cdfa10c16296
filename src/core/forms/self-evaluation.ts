/**
 * What a form says about its project's self-evaluation, for the report's 三（二）: the execution
 * rate (from the form's figures), the execution score and the total score as written, found by
 * project name (a leading project code ignored).
 */
import { percentOf } from '../rules/support/format';
import type { RecognizedWorkbook } from '../tables/model';
import { foldWidth } from '../recognize/normalize-label';
import { pointsReading } from './read-form-cell';
import { fenOf, formsOf, moneyTotal, numberOf } from './form-rule-support';
import type { FormTable } from './form-model';

export interface SelfEvaluation {
  readonly form: FormTable;
  /** 执行率 in percent, two decimals: 全年执行数 ÷ 全年预算数, else the written rate; null if neither. */
  readonly ratePercent: number | null;
  /** The execution score and the total score as the form writes them; null when blank. */
  readonly executionScore: number | null;
  readonly totalScore: number | null;
}

/** `51000021R000000019951-工资性支出` and `“工资性支出”` both name 工资性支出. */
export function projectKey(name: string): string {
  return foldWidth(name)
    .replace(/\s+/g, '')
    .replace(/^[0-9A-Za-z]{6,}[-_—–.:]+/, '')
    .replace(/["“”'‘’《》「」]/g, '');
}

/** The total score as written: the 合计 / 总分 row's 得分, else a 自评总分 field. */
export function writtenTotalScore(form: FormTable): { value: number; address: string; row: number } | null {
  const cell = form.indicators?.total?.score;
  const value = numberOf(cell);
  if (cell && value !== null) return { value, address: cell.address, row: cell.row };
  const field = form.fields.自评总分;
  if (!field) return null;
  const reading = pointsReading(field.value);
  return reading.kind === 'number' ? { value: reading.value, address: field.address, row: field.row } : null;
}

export function selfEvaluation(form: FormTable): SelfEvaluation {
  const total = moneyTotal(form);
  const budget = fenOf(total?.amounts.全年预算数);
  const spent = fenOf(total?.amounts.全年执行数);
  const written = numberOf(total?.rate);
  const ratePercent =
    budget !== null && spent !== null && budget !== 0n ? percentOf(spent, budget).value : written === null ? null : Math.round(written * 10_000) / 100;
  return { form, ratePercent, executionScore: numberOf(total?.score), totalScore: writtenTotalScore(form)?.value ?? null };
}

/** Each project form's self-evaluation, by project key; a name with two forms keeps the first. */
export function selfEvaluationsByProject(workbook: RecognizedWorkbook): Map<string, SelfEvaluation> {
  const found = new Map<string, SelfEvaluation>();
  for (const form of formsOf(workbook)) {
    const key = projectKey(form.subject);
    if (form.formKind === 'project' && !found.has(key)) found.set(key, selfEvaluation(form));
  }
  return found;
}
