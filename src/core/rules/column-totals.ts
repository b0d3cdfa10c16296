/** Each amount in a 合计 row equals the sum of the table's project rows (sub-items are not added again). */
import { absFen } from '../money/fen';
import { PROJECT_AMOUNT_FIELDS } from '../recognize/model';
import { cellFen, sumCells } from './support/field-values';
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
      for (const field of PROJECT_AMOUNT_FIELDS) {
        if (table.columns[field] === undefined) continue;
        const sum = sumCells(table.projects.map((project) => project.amounts[field]));
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
