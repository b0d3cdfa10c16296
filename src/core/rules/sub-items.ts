/**
 * Sub-items break a project's spending down: their 支出 may not add up to more than the project's
 * 实际支出 (an error), and when they add up to less the user is told how much they explain.
 */
import { absFen, type Fen } from '../money/fen';
import type { AmountColumn } from '../recognize/amount-column';
import type { ProjectRow } from '../recognize/model';
import { addressesOf, asNumberIfExact, PLAIN_SUM_LIMIT, rowFen, sumRows } from './support/field-values';
import { money, outputUnit, percentOf } from './support/format';
import { projectTables, subItemsByProject } from './support/project-rows';
import type { Rule, RuleReport } from './types';

const subItems: Rule = {
  meta: {
    id: 'sub-items',
    severity: 'error',
    description: {
      zh: '子项目支出之和不得超过所属项目的实际支出；少于时提示子项目说明了多少支出。',
      en: 'The sub-items’ spending may not exceed their project’s actual spending; when it is less, says how much of the spending they explain.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      given: {
        zh: '示例工作簿原样：“网格信息化建设项目”的子项目支出 64.76 + 1.25 + 0 = 66.01，项目实际支出 104.68（提示，不是错误）。',
        en: 'The example workbook as bundled: the sub-items of 网格信息化建设项目 spent 64.76 + 1.25 + 0 = 66.01 of the project’s 104.68 (information, not an error).',
      },
      messageId: 'partial',
      message: {
        zh: '项目“网格信息化建设项目”的子项目说明了实际支出104.68万元中的66.01万元（63.06%）。',
        en: 'The sub-items of “网格信息化建设项目” explain 66.01 of its 104.68 ×10k yuan of actual spending (63.06%).',
      },
    },
    formula: 'Σ 子项目支出 ≤ 实际支出',
    messages: {
      exceeds: {
        zh: '项目“{subject}”的子项目支出合计{part}{unit}，超过项目实际支出{whole}{unit}，多出{difference}{unit}。',
        en: 'The sub-items of “{subject}” add up to {part} {unit}, more than the project’s actual spending of {whole} {unit}, by {difference} {unit}.',
      },
      partial: {
        zh: '项目“{subject}”的子项目说明了实际支出{whole}{unit}中的{part}{unit}（{percent}%）。',
        en: 'The sub-items of “{subject}” explain {part} of its {whole} {unit} of actual spending ({percent}%).',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const reports: RuleReport[] = [];
    const tolerance = asNumberIfExact(context.settings.toleranceFen);
    for (const table of projectTables(context.workbook)) {
      const spent = table.amountColumns.实际支出;
      const itemsByProject = subItemsByProject(table);
      if (itemsByProject.size === 0) continue;
      for (const project of table.projects) {
        const items = itemsByProject.get(project.row);
        if (items === undefined) continue;
        if (spent && plainlyWithinTolerance(spent, project, items, tolerance)) continue;
        const whole = rowFen(table, project, '实际支出');
        if (whole === null) continue;
        const part = sumRows(table, items, '实际支出');
        if (part === null) continue;
        const diff = absFen(whole - part);
        if (diff <= context.settings.toleranceFen) continue;
        const cells = addressesOf(project.amounts.实际支出, ...items.map((item) => item.amounts.实际支出));
        reports.push({
          messageId: part > whole ? 'exceeds' : 'partial',
          data: { part: money(part, unit), whole: money(whole, unit), difference: money(diff, unit), percent: whole > 0n ? percentOf(part, whole).text : '—' },
          sheet: table.sheet,
          row: project.row,
          cells,
          subject: project.name,
          expected: { kind: 'money', fen: whole },
          actual: { kind: 'money', fen: part },
          ...(part > whole ? {} : { severity: 'info' as const }),
        });
      }
    }
    return reports;
  },
};

/**
 * Whether the sub-items add up to their project's spending within the tolerance, told by plain
 * numbers alone: no bigint for each of the many projects that agree (the first 10k calls run before
 * V8 optimises them). False when a cell is not a plain amount: the exact path then decides.
 */
function plainlyWithinTolerance(spent: AmountColumn, project: ProjectRow, items: readonly ProjectRow[], tolerance: Fen | number): boolean {
  if (typeof tolerance !== 'number') return false;
  const whole = spent.smallFen(project.row);
  if (whole === undefined) return false;
  let part = 0;
  for (const item of items) {
    const fen = spent.smallFen(item.row);
    if (fen === undefined) return false;
    part += fen;
    if (part > PLAIN_SUM_LIMIT || part < -PLAIN_SUM_LIMIT) return false; // the exact path adds it
  }
  return Math.abs(whole - part) <= tolerance;
}

export default subItems;
