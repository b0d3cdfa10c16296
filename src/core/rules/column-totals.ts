/** Each amount in a 合计 row equals the sum of the table's project rows (sub-items are not added again). */
import { absFen } from '../money/fen';
import { PROJECT_AMOUNT_FIELDS } from '../recognize/model';
import { cellFen, projectColumnSum } from './support/field-values';
import { money, outputUnit } from './support/format';
import { projectTables } from './support/project-rows';
import type { Rule, RuleReport } from './types';

const columnTotals: Rule = {
  meta: {
    id: 'column-totals',
    severity: 'error',
    description: {
      zh: '项目支出表的合计行：每一列金额应等于各项目行（不含子项目）之和。',
      en: 'In a project table, each amount of a total row must equal the sum of the project rows (sub-items excluded).',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '项目支出', cell: 'H15', value: 1921.45 }],
      given: {
        zh: '合计行的实际支出（H15）原为公式，改为手工输入的 1921.45（漏了最后一个项目的 42.95）。',
        en: 'The 合计 row’s 实际支出 (H15), a formula, is replaced by a typed 1921.45 (the last project’s 42.95 left out).',
      },
      messageId: 'mismatch',
      message: {
        zh: '合计行的“实际支出”为1921.45万元，但各项目之和为1964.4万元，相差42.95万元。',
        en: 'The 合计 row’s “实际支出” is 1921.45 ×10k yuan, but the projects add up to 1964.4 ×10k yuan, a difference of 42.95 ×10k yuan.',
      },
    },
    formula: '合计 = Σ 项目行',
    messages: {
      mismatch: {
        zh: '{total}行的“{field}”为{actual}{unit}，但各项目之和为{expected}{unit}，相差{difference}{unit}。',
        en: 'The {total} row’s “{field}” is {actual} {unit}, but the projects add up to {expected} {unit}, a difference of {difference} {unit}.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const reports: RuleReport[] = [];
    for (const table of projectTables(context.workbook)) {
      if (table.totals.length === 0) continue;
      for (const field of PROJECT_AMOUNT_FIELDS) {
        if (table.columns[field] === undefined) continue;
        const sum = projectColumnSum(table, field);
        if (sum === null) continue; // an unreadable project cell: amounts-valid names it
        for (const total of table.totals) {
          const cell = total.amounts[field];
          const written = cellFen(cell);
          if (!cell || written === null) continue;
          const diff = absFen(written - sum);
          if (diff <= context.settings.toleranceFen) continue;
          reports.push({
            messageId: 'mismatch',
            data: { total: total.name, field, expected: money(sum, unit), actual: money(written, unit), difference: money(diff, unit) },
            sheet: table.sheet,
            row: total.row,
            cells: [cell.address],
            subject: `${total.name}·${field}`,
            expected: { kind: 'money', fen: sum },
            actual: { kind: 'money', fen: written },
          });
        }
      }
    }
    return reports;
  },
};

export default columnTotals;
