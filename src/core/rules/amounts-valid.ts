/**
 * Every amount is a number that may be summed: text that looks like a number is used but named,
 * Excel errors and other text are never summed, negatives only where a column may be signed, and
 * no project spends more than its full-year budget. Head counts in the unit info must be counts.
 */
import { PROJECT_AMOUNT_FIELDS, SUMMARY_FIELDS, type AmountCell, type UnitInfoField } from '../recognize/model';
import type { RecognizedWorkbook } from '../tables/model';
import { COUNT_FIELDS } from '../tables/kinds/unit-info';
import { NOT_CALCULATED } from '../formulas/compute-formulas';
import { usableFen } from '../money/read-amount';
import { addressesOf, asNumberIfExact, readCount, rowFen } from './support/field-values';
import { money, outputUnit } from './support/format';
import { projectTables } from './support/project-rows';
import type { Rule, RuleContext, RuleReport } from './types';

interface PlacedAmount {
  readonly sheet: string;
  readonly field: string;
  readonly subject: string;
  readonly cell: AmountCell;
}

/** Amount cells that are not plain numbers, or that are negative: the only ones that can be findings. */
function suspectCells(workbook: RecognizedWorkbook): PlacedAmount[] {
  const cells: PlacedAmount[] = [];
  const suspect = (cell: AmountCell | undefined): cell is AmountCell =>
    cell !== undefined && (cell.reading.kind === 'number' ? cell.reading.fen < 0n : cell.reading.kind !== 'empty');
  for (const table of workbook.tables) {
    if (table.kind === 'projects') {
      // in any order (findings are sorted at the end): no sorting of 100k rows here, and a cell record only for a suspect
      // only the columns holding a remarkable cell: most hold plain figures only
      const columns = PROJECT_AMOUNT_FIELDS.flatMap((field) => {
        const column = table.amountColumns[field];
        return column && !column.allUnremarkable() ? [{ field, column }] : [];
      });
      if (columns.length === 0) continue;
      for (const rows of [table.projects, table.subItems, table.totals]) {
        for (const row of rows) {
          for (const { field, column } of columns) {
            if (column.isUnremarkable(row.row)) continue;
            cells.push({ sheet: table.sheet, field, subject: `${row.name}·${field}`, cell: column.cell(row.row) });
          }
        }
      }
    } else if (table.kind === 'summary') {
      for (const field of SUMMARY_FIELDS) {
        const cell = table.fields[field];
        if (suspect(cell)) cells.push({ sheet: table.sheet, field, subject: field, cell });
      }
    }
  }
  return cells;
}

function readingReports(amount: PlacedAmount, signed: ReadonlySet<string>, context: RuleContext): RuleReport[] {
  const { cell, sheet, field, subject } = amount;
  const base = { sheet, row: cell.row, cells: [cell.address], subject };
  const where = { cell: cell.address, field };
  const unit = outputUnit(context);
  const reading = cell.reading;
  const reports: RuleReport[] = [];
  if (reading.kind === 'text-number') {
    reports.push({ ...base, messageId: 'text-number', severity: 'warning', data: { ...where, text: reading.text, value: money(reading.fen, unit) } });
  } else if (reading.kind === 'dash') {
    reports.push({ ...base, messageId: 'dash', severity: 'info', data: { ...where, text: reading.text } });
  } else if (reading.kind === 'error' && reading.error !== NOT_CALCULATED) {
    // a formula not calculated is named, with its formula, by formula-values
    reports.push({ ...base, messageId: 'excel-error', data: { ...where, error: reading.error } });
  } else if (reading.kind === 'text' || reading.kind === 'boolean') {
    const text = reading.kind === 'text' ? reading.text : reading.value ? 'TRUE' : 'FALSE';
    reports.push({ ...base, messageId: 'not-a-number', data: { ...where, text } });
  }
  const fen = usableFen(reading);
  if (fen !== null && fen < 0n && !signed.has(field)) {
    reports.push({ ...base, messageId: 'negative', data: { ...where, value: money(fen, unit) } });
  }
  return reports;
}

/** 实际支出 above 全年预算数 (beyond rounding), where the table has that column. */
function overBudget(context: RuleContext): RuleReport[] {
  const reports: RuleReport[] = [];
  const unit = outputUnit(context);
  for (const table of projectTables(context.workbook)) {
    if (table.columns.全年预算数 === undefined) continue;
    const [spentColumn, budgetColumn] = [table.amountColumns.实际支出, table.amountColumns.全年预算数];
    const tolerance = asNumberIfExact(context.settings.toleranceFen);
    for (const row of table.projects) {
      // plain amounts (the usual case) are compared as numbers, without a bigint per row
      const smallSpent = spentColumn ? spentColumn.smallFen(row.row) : 0;
      const smallBudget = budgetColumn ? budgetColumn.smallFen(row.row) : 0;
      if (smallSpent !== undefined && smallBudget !== undefined && smallSpent - smallBudget <= tolerance) continue;
      const spent = rowFen(table, row, '实际支出');
      const budget = rowFen(table, row, '全年预算数');
      if (spent === null || budget === null || spent - budget <= context.settings.toleranceFen) continue;
      const cells = addressesOf(row.amounts.实际支出, row.amounts.全年预算数);
      reports.push({
        messageId: 'over-budget',
        data: { spent: money(spent, unit), budget: money(budget, unit) },
        sheet: table.sheet,
        row: row.row,
        cells,
        subject: row.name,
        expected: { kind: 'money', fen: budget },
        actual: { kind: 'money', fen: spent },
      });
    }
  }
  return reports;
}

function headCounts(workbook: RecognizedWorkbook): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const table of workbook.tables) {
    if (table.kind !== 'unit-info') continue;
    for (const field of COUNT_FIELDS) {
      const cell = table.fields[field as UnitInfoField];
      if (!cell || readCount(cell.value) !== null) continue;
      reports.push({
        messageId: 'not-a-count',
        severity: 'warning',
        data: { cell: cell.address, field, text: typeof cell.value === 'object' && cell.value !== null ? cell.value.error : String(cell.value) },
        sheet: table.sheet,
        row: cell.row,
        cells: [cell.address],
        subject: field,
      });
    }
  }
  return reports;
}

const amountsValid: Rule = {
  meta: {
    id: 'amounts-valid',
    severity: 'error',
    description: {
      zh: '金额必须是可计算的数值：文本格式的数字会被使用但要指出，错误值和文字不参与计算，只有调整类列可以为负数，实际支出不得超过全年预算数；人数必须是整数。',
      en: 'Amounts must be numbers: numbers stored as text are used but named, errors and text are never summed, only adjustment columns may be negative, spending may not exceed the full-year budget; head counts must be whole numbers.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '项目支出', cell: 'H4', value: '104.68 ' }],
      given: {
        zh: '“网格信息化建设项目”的实际支出（H4）存成了文本“104.68 ”（数字后多了一个空格）。',
        en: 'The actual spending of 网格信息化建设项目 (H4) is stored as the text “104.68 ” (a trailing space).',
      },
      messageId: 'text-number',
      message: {
        zh: 'H4（实际支出）的“104.68 ”是文本格式的数字，已按104.68万元计算；请改为数值格式。',
        en: 'H4 (实际支出) holds “104.68 ” as text; it was read as 104.68 ×10k yuan. Store it as a number.',
      },
    },
    params: {
      signedFields: {
        default: '年中调整,年中调增,年中调减,调整追加',
        description: { zh: '允许为负数的列（逗号分隔）', en: 'Columns that may hold negative amounts (comma-separated)' },
      },
    },
    messages: {
      'text-number': {
        zh: '{cell}（{field}）的“{text}”是文本格式的数字，已按{value}{unit}计算；请改为数值格式。',
        en: '{cell} ({field}) holds “{text}” as text; it was read as {value} {unit}. Store it as a number.',
      },
      dash: {
        zh: '{cell}（{field}）的“{text}”按 0 计算。',
        en: '{cell} ({field}) holds “{text}”, read as 0.',
      },
      'excel-error': {
        zh: '{cell}（{field}）是错误值 {error}，未参与计算；请修正其公式。',
        en: '{cell} ({field}) is the error {error} and was left out of every sum; fix its formula.',
      },
      'not-a-number': {
        zh: '{cell}（{field}）应为金额，却是“{text}”，未参与计算。',
        en: '{cell} ({field}) should be an amount but holds “{text}”; it was left out of every sum.',
      },
      negative: {
        zh: '{cell}（{field}）为负数{value}{unit}；该列不应为负。',
        en: '{cell} ({field}) is negative ({value} {unit}); this column may not be negative.',
      },
      'over-budget': {
        zh: '项目“{subject}”实际支出{spent}{unit}超过全年预算数{budget}{unit}。',
        en: 'Project “{subject}” spent {spent} {unit}, more than its full-year budget of {budget} {unit}.',
      },
      'not-a-count': {
        zh: '{cell}（{field}）应为人数（整数），却是“{text}”，未能核对人数。',
        en: '{cell} ({field}) should be a head count (a whole number) but holds “{text}”; head counts were not checked.',
      },
    },
  },
  check(context) {
    const signedParam = context.options.params?.signedFields ?? amountsValid.meta.params?.signedFields.default;
    const signed = new Set(
      String(signedParam)
        .split(/[,，、\s]+/)
        .filter(Boolean),
    );
    const reports: RuleReport[] = [];
    for (const amount of suspectCells(context.workbook)) {
      reports.push(...readingReports(amount, signed, context));
    }
    return [...reports, ...overBudget(context), ...headCounts(context.workbook)];
  },
};

export default amountsValid;
