/**
 * Where a table has an 执行率 column, each rate must be 实际支出 ÷ 全年预算数 (in percent, to two
 * decimals). Without a 全年预算数 column the budget is its parts' sum. A zero budget makes the rate
 * not computable: said as information, never a crash.
 */
import type { ProjectRow, ProjectTable } from '../recognize/model';
import { addressesOf, cellFen, projectFieldValue } from './support/field-values';
import { money, outputUnit, percentOf, roundDivide } from './support/format';
import { projectTables } from './support/project-rows';
import type { Rule, RuleReport } from './types';

const BUDGET_PARTS: ReadonlyArray<readonly [string, 1n | -1n]> = [
  ['年初预算', 1n],
  ['上级转移支付', 1n],
  ['年中调增', 1n],
  ['年中调减', -1n],
  ['追加', 1n],
];

/** The full-year budget of a row: its 全年预算数 cell, else the sum of its parts; null if unreadable. */
function budgetOf(table: ProjectTable, row: ProjectRow): { fen: bigint; cell?: string } | null {
  if (table.columns.全年预算数 !== undefined) {
    const fen = cellFen(row.amounts.全年预算数);
    return fen === null ? null : { fen, cell: row.amounts.全年预算数?.address };
  }
  let fen = 0n;
  for (const [field, sign] of BUDGET_PARTS) {
    const part = projectFieldValue(table, row, field);
    if (part.kind === 'unavailable') return null;
    if (part.kind === 'value') fen += sign * part.value;
  }
  return { fen };
}

const executionRate: Rule = {
  meta: {
    id: 'execution-rate',
    severity: 'error',
    description: {
      zh: '有“执行率”列时：执行率 = 实际支出 ÷ 全年预算数（百分比，保留两位小数）；全年预算数为 0 时无法计算。',
      en: 'Where an execution-rate column exists: rate = actual spending ÷ full-year budget (percent, two decimals); a zero budget cannot be computed.',
    },
    formula: '执行率 = 实际支出 ÷ 全年预算数',
    params: {
      tolerancePercent: {
        default: 0.01,
        description: { zh: '执行率允许的误差（百分点）', en: 'Allowed difference of a rate, in percentage points' },
      },
    },
    messages: {
      mismatch: {
        zh: '“{subject}”的执行率应为{expected}%（实际支出{spent}{unit} ÷ 全年预算数{budget}{unit}），表中为{actual}%。',
        en: '“{subject}”: the execution rate should be {expected}% (spent {spent} {unit} ÷ budget {budget} {unit}), but the table says {actual}%.',
      },
      'not-computable': {
        zh: '“{subject}”的全年预算数为 0，执行率无法计算。',
        en: '“{subject}” has a full-year budget of 0, so its execution rate cannot be computed.',
      },
      unreadable: {
        zh: '{cell}的执行率“{text}”无法识别为百分比。',
        en: '{cell}: the execution rate “{text}” is not a percentage.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const tolerance = Number(context.options.params?.tolerancePercent ?? executionRate.meta.params?.tolerancePercent.default);
    const reports: RuleReport[] = [];
    for (const table of projectTables(context.workbook)) {
      if (table.columns.执行率 === undefined) continue;
      for (const row of [...table.projects, ...table.totals]) {
        const rate = row.rate;
        const spent = cellFen(row.amounts.实际支出);
        const budget = budgetOf(table, row);
        const base = { sheet: table.sheet, row: row.row, subject: row.name };
        if (rate && rate.value !== null && rate.ratio === null) {
          reports.push({ ...base, messageId: 'unreadable', severity: 'warning', cells: [rate.address], data: { cell: rate.address, text: String(typeof rate.value === 'object' ? rate.value.error : rate.value) } });
          continue;
        }
        if (spent === null || budget === null) continue;
        if (budget.fen === 0n) {
          if (spent !== 0n || (rate && rate.value !== null)) {
            reports.push({ ...base, messageId: 'not-computable', severity: 'info', cells: rate ? [rate.address] : [], data: { subject: row.name } });
          }
          continue;
        }
        if (!rate || rate.ratio === null) continue;
        // exact rate in millionths of a percent, so only the cell's own rounding is compared
        const expectedMicro = roundDivide(spent * 100_000_000n, budget.fen);
        const actualPercent = rate.ratio * 100;
        if (Math.abs(Number(expectedMicro) / 1e6 - actualPercent) <= tolerance + 1e-9) continue;
        const expected = percentOf(spent, budget.fen);
        const actualText = String(Math.round(actualPercent * 100) / 100);
        const cells = [rate.address, ...addressesOf(row.amounts.实际支出), ...(budget.cell ? [budget.cell] : [])];
        reports.push({
          ...base,
          messageId: 'mismatch',
          cells,
          data: { subject: row.name, expected: expected.text, actual: actualText, spent: money(spent, unit), budget: money(budget.fen, unit) },
          expected: { kind: 'percent', value: expected.value },
          actual: { kind: 'percent', value: Number(actualText) },
        });
      }
    }
    return reports;
  },
};

export default executionRate;
