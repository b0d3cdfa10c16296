/**
 * Where a table has an 执行率 column, each rate must be 实际支出 ÷ 全年预算数 (in percent, to two
 * decimals). Without a 全年预算数 column the budget is its parts' sum. A zero budget makes the rate
 * not computable: said as information, never a crash.
 */
import { toA1 } from '../grid/a1';
import type { AmountColumn } from '../recognize/amount-column';
import { budgetTerms, fullYearBudget } from '../recognize/full-year-budget';
import type { ProjectTable } from '../recognize/model';
import { addressesOf, rowFen } from './support/field-values';
import { money, outputUnit, percentOf, roundDivide } from './support/format';
import { projectTables } from './support/project-rows';
import type { Rule, RuleReport } from './types';
import { RATE_TOLERANCE_PARAM } from './support/rate-tolerance';

/**
 * The full-year budget of a row as a plain number of fen, as fullYearBudget adds it up (its
 * 全年预算数 cell, else its parts; an absent column 0), or undefined when a cell is no plain amount.
 * The columns are looked up once per table.
 */
function smallBudget(table: ProjectTable): (row: number) => number | undefined {
  const terms = budgetTerms(table);
  const columns: (AmountColumn | undefined)[] = terms.map(([field]) => table.amountColumns[field]);
  const signs: number[] = terms.map(([, sign]) => Number(sign));
  // an indexed loop: called for each of 100k rows, mostly before V8 optimises it, where a
  // destructuring for-of goes through the iterator protocol
  return (row) => {
    let fen = 0;
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k];
      const part = column ? column.smallFen(row) : 0;
      if (part === undefined) return undefined;
      fen += signs[k] * part;
    }
    return fen;
  };
}

/**
 * Whether a rate surely agrees with spent ÷ budget, told in doubles: the exact comparison (the
 * rate in millionths of a percent, rounded) can differ from the double one by half a millionth and
 * float noise, so only a row within the tolerance by more than that is passed here. False means
 * "ask the exact way", which also says why a row does not agree. Plain amounts (below 2^50 fen) only.
 */
export function surelyAgrees(spent: number | undefined, budget: number | undefined, ratio: number, tolerance: number): boolean {
  if (spent === undefined || budget === undefined || budget === 0) return false;
  const expectedPercent = (spent * 100) / budget;
  const actualPercent = ratio * 100;
  const margin = 1e-6 + (Math.abs(expectedPercent) + Math.abs(actualPercent) + tolerance) * 1e-12;
  return Math.abs(expectedPercent - actualPercent) <= tolerance + 1e-9 - margin;
}

const executionRate: Rule = {
  meta: {
    id: 'execution-rate',
    severity: 'error',
    description: {
      zh: '有“执行率”列时：执行率 = 实际支出 ÷ 全年预算数（百分比，保留两位小数）；全年预算数为 0 时无法计算。',
      en: 'Where an execution-rate column exists: rate = actual spending ÷ full-year budget (percent, two decimals); a zero budget cannot be computed.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [
        { sheet: '项目支出', cell: 'K3', value: '全年预算数' },
        { sheet: '项目支出', cell: 'K4', value: 183.54 },
        { sheet: '项目支出', cell: 'K8', value: 48.38 },
        { sheet: '项目支出', cell: 'K11', value: 1988.53 },
        { sheet: '项目支出', cell: 'K13', value: 45.81 },
        { sheet: '项目支出', cell: 'K15', value: 2266.26 },
        { sheet: '项目支出', cell: 'L3', value: '执行率' },
        { sheet: '项目支出', cell: 'L4', value: '116.31%' },
      ],
      given: {
        zh: '项目支出表加“全年预算数”（K 列）和“执行率”（L 列）；第一个项目的执行率按年初预算算成 104.68 ÷ 90 = 116.31%。',
        en: '全年预算数 (K) and 执行率 (L) columns are added; the first project’s rate was computed over the initial budget: 104.68 ÷ 90 = 116.31%.',
      },
      messageId: 'mismatch',
      message: {
        zh: '“网格信息化建设项目”的执行率应为57.03%（实际支出104.68万元 ÷ 全年预算数183.54万元），表中为116.31%。',
        en: '“网格信息化建设项目”: the execution rate should be 57.03% (spent 104.68 ×10k yuan ÷ budget 183.54 ×10k yuan), but the table says 116.31%.',
      },
    },
    formula: '执行率 = 实际支出 ÷ 全年预算数',
    params: {
      tolerancePercent: RATE_TOLERANCE_PARAM,
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
      const rates = table.rateColumn;
      if (!rates) continue;
      const spentColumn = table.amountColumns.实际支出;
      const budgetOf = smallBudget(table);
      for (const row of [...table.projects, ...table.totals]) {
        const ratio = rates.ratio(row.row);
        const smallSpent = spentColumn ? spentColumn.smallFen(row.row) : 0;
        if (ratio !== null && surelyAgrees(smallSpent, budgetOf(row.row), ratio, tolerance)) continue;
        // no cell record for the rate: its address is spelled only for a finding
        const rateValue = rates.value(row.row);
        const spent = rowFen(table, row, '实际支出');
        const budget = fullYearBudget(table, row);
        const base = { sheet: table.sheet, row: row.row, subject: row.name };
        if (rateValue !== null && ratio === null) {
          const text = String(typeof rateValue === 'object' ? rateValue.error : rateValue);
          reports.push({
            ...base,
            messageId: 'unreadable',
            severity: 'warning',
            cells: [toA1(row.row, rates.column)],
            data: { cell: toA1(row.row, rates.column), text },
          });
          continue;
        }
        if (spent === null || budget === null) continue;
        if (budget.fen === 0n) {
          if (spent !== 0n || rateValue !== null) {
            reports.push({ ...base, messageId: 'not-computable', severity: 'info', cells: [toA1(row.row, rates.column)], data: { subject: row.name } });
          }
          continue;
        }
        if (ratio === null) continue;
        // exact rate in millionths of a percent, so only the cell's own rounding is compared
        const expectedMicro = roundDivide(spent * 100_000_000n, budget.fen);
        const actualPercent = ratio * 100;
        if (Math.abs(Number(expectedMicro) / 1e6 - actualPercent) <= tolerance + 1e-9) continue;
        const expected = percentOf(spent, budget.fen);
        // a rate beyond any float (absurd amounts) has no percentage to show; amounts-valid
        // already reports 实际支出 above 全年预算 on this row
        if (!Number.isFinite(expected.value)) continue;
        const actualText = String(Math.round(actualPercent * 100) / 100);
        const cells = [toA1(row.row, rates.column), ...addressesOf(row.amounts.实际支出), ...(budget.fromCell ? addressesOf(row.amounts.全年预算数) : [])];
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
