/**
 * What the form rules share: the forms of a workbook, their figures as numbers a rule can use
 * (money in fen, points and rates as decimals compared to two places), and finding subjects.
 */
import type { Fen } from '../money/fen';
import { usableFen } from '../money/read-amount';
import type { RecognizedWorkbook } from '../tables/model';
import type { RuleContext, RuleMeta } from '../rules/types';
import type { FormAmount, FormMoneyRow, FormNumber, FormTable } from './form-model';

export function formsOf(workbook: RecognizedWorkbook): FormTable[] {
  return workbook.tables.filter((table): table is FormTable => table.kind === 'form');
}

/** The 年度资金总额 (总额) row of a form's money block. */
export function moneyTotal(form: FormTable): FormMoneyRow | undefined {
  return form.money?.rows.find((row) => row.role === 'total');
}

/** Fen that may take part in sums; null for empty, `/` (not applicable) and unreadable cells. */
export function fenOf(cell: FormAmount | undefined): Fen | null {
  if (!cell || cell.reading.kind === 'not-applicable' || cell.reading.kind === 'empty') return null;
  return usableFen(cell.reading);
}

/** A score, weight or rate as a number; null unless the cell holds one. */
export function numberOf(cell: FormNumber | undefined): number | null {
  return cell?.reading.kind === 'number' ? cell.reading.value : null;
}

/** The execution ratio from the figures (全年执行数 ÷ 全年预算数), else the written rate; null when neither is usable or the budget is 0. */
export function executionRatio(row: FormMoneyRow): number | null {
  const budget = fenOf(row.amounts.全年预算数);
  const spent = fenOf(row.amounts.全年执行数);
  if (budget !== null && spent !== null) return budget === 0n ? null : Number(spent) / Number(budget);
  return numberOf(row.rate);
}

export function isEmpty(cell: FormNumber | undefined): boolean {
  return cell !== undefined && cell.reading.kind === 'empty';
}

/** Rounds half away from zero to `decimals` places (scores are written to two). */
export function roundTo(value: number, decimals = 2): number {
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  // 1e-9 absorbs float noise such as 57.035 stored as 57.034999…
  const rounded = Math.floor(scaled + 0.5 + 1e-9) / scale;
  return value < 0 ? -rounded : rounded;
}

/** Two written figures agree when they are equal once rounded to `decimals` places. */
export function sameTo(a: number, b: number, decimals = 2): boolean {
  return Math.abs(roundTo(a, decimals) - roundTo(b, decimals)) < 0.5 / 10 ** decimals;
}

/** `8.5`, `10`, `57.03`: a decimal as messages write it. */
export function decimalText(value: number, decimals = 2): string {
  return String(roundTo(value, decimals));
}

/** The subject of a finding about one item of a form: `工资性支出：发放(缴纳)覆盖率`. */
export function itemSubject(form: FormTable, item: string): string {
  return item ? `${form.subject}：${item}` : form.subject;
}

/** A rulebook param, else the default the rule's meta declares for it. */
function param(context: RuleContext, meta: RuleMeta, name: string): unknown {
  return context.options.params?.[name] ?? meta.params?.[name]?.default;
}

export function numberParam(context: RuleContext, meta: RuleMeta, name: string): number {
  const value = Number(param(context, meta, name));
  if (!Number.isFinite(value)) throw new Error(`Rule ${meta.id}: the param ${name} must be a number`);
  return value;
}

export function stringParam(context: RuleContext, meta: RuleMeta, name: string): string {
  const value = param(context, meta, name);
  return typeof value === 'string' ? value : '';
}

/** Where a finding points: the form's sheet, the row, the cells read (first = the one selected). */
export function at(form: FormTable, row: number, cells: readonly (string | undefined)[]): { sheet: string; row: number; cells: string[] } {
  return { sheet: form.sheet, row, cells: cells.filter((cell): cell is string => cell !== undefined) };
}
