/**
 * The project table and the summary describe the same money: Σ project 实际支出 = summary 项目支出;
 * Σ project 结余结转 ≤ summary 结余结转, the rest being basic-expenditure carry-over (or a project
 * missing from the table) — reported as information so the user can confirm it.
 */
import { absFen } from '../money/fen';
import type { LabelledAmount, ProjectAmountField, SummaryTable } from '../recognize/model';
import type { RecognizedWorkbook } from '../tables/model';
import { cellFen, projectColumnSum } from './support/field-values';
import { money, outputUnit } from './support/format';
import { projectTables } from './support/project-rows';
import type { Rule, RuleReport } from './types';

/** Σ of a field over every project row of every project table; null when a cell is unreadable or no table has the column. */
function projectSum(workbook: RecognizedWorkbook, field: ProjectAmountField): bigint | null {
  const tables = projectTables(workbook).filter((table) => table.columns[field] !== undefined);
  if (tables.length === 0) return null;
  let sum = 0n;
  for (const table of tables) {
    const tableSum = projectColumnSum(table, field);
    if (tableSum === null) return null;
    sum += tableSum;
  }
  return sum;
}

function summaryAmount(cell: LabelledAmount | undefined): bigint | null {
  return cell ? cellFen(cell) : null;
}

const projectsVsSummary: Rule = {
  meta: {
    id: 'projects-vs-summary',
    severity: 'error',
    description: {
      zh: '项目支出表与收支总表一致：各项目实际支出之和 = 收支总表的项目支出；各项目结余结转之和 ≤ 收支总表的结余结转，差额（基本支出结转或遗漏的项目）作为提示列出。',
      en: 'Project table and summary agree: Σ project spending = summary project spending; Σ project carry-over ≤ summary carry-over, the rest (basic-expenditure carry-over or a missing project) is reported as information.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      given: {
        zh: '示例工作簿原样（数字出自已发布的报告）：四个项目的实际支出之和为 1964.40，收支总表的项目支出为 1964.41。',
        en: 'The example workbook as bundled (figures of the published report): the four projects spent 1964.40 in all; the summary says 1964.41.',
      },
      messageId: 'spending-mismatch',
      message: {
        zh: '各项目实际支出之和为1964.4万元，收支总表的“项目支出”为1964.41万元，相差0.01万元。',
        en: 'The projects’ actual spending adds up to 1964.4 ×10k yuan, but the summary’s project spending is 1964.41 ×10k yuan, a difference of 0.01 ×10k yuan.',
      },
    },
    formula: 'Σ 实际支出 = 项目支出；Σ 结余结转 ≤ 结余结转',
    messages: {
      'spending-mismatch': {
        zh: '各项目实际支出之和为{expected}{unit}，收支总表的“项目支出”为{actual}{unit}，相差{difference}{unit}。',
        en: 'The projects’ actual spending adds up to {expected} {unit}, but the summary’s project spending is {actual} {unit}, a difference of {difference} {unit}.',
      },
      'carry-over-exceeds': {
        zh: '各项目结余结转之和为{expected}{unit}，超过收支总表的“结余结转”{actual}{unit}，多出{difference}{unit}。',
        en: 'The projects’ carry-over adds up to {expected} {unit}, more than the summary’s carry-over of {actual} {unit}, by {difference} {unit}.',
      },
      'carry-over-unexplained': {
        zh: '收支总表的结余结转{actual}{unit}中，有{difference}{unit}不能由各项目的结余结转（合计{expected}{unit}）解释：可能是基本支出的结转，或有项目未列入项目支出表。',
        en: '{difference} {unit} of the summary’s carry-over ({actual} {unit}) is not explained by the projects’ carry-over ({expected} {unit}): basic-expenditure carry-over, or a project missing from the table.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const reports: RuleReport[] = [];
    const summaries = context.workbook.tables.filter((table): table is SummaryTable => table.kind === 'summary');
    for (const summary of summaries) {
      const compare = (field: '项目支出' | '结余结转', projectField: ProjectAmountField): void => {
        const cell = summary.fields[field];
        const written = summaryAmount(cell);
        const sum = projectSum(context.workbook, projectField);
        if (!cell || written === null || sum === null) return;
        const diff = absFen(sum - written);
        if (diff <= context.settings.toleranceFen) return;
        const messageId = field === '项目支出' ? 'spending-mismatch' : sum > written ? 'carry-over-exceeds' : 'carry-over-unexplained';
        reports.push({
          messageId,
          data: { expected: money(sum, unit), actual: money(written, unit), difference: money(diff, unit) },
          sheet: summary.sheet,
          row: cell.row,
          cells: [cell.address],
          subject: field,
          expected: { kind: 'money', fen: sum },
          actual: { kind: 'money', fen: written },
          ...(messageId === 'carry-over-unexplained' ? { severity: 'info' as const } : {}),
        });
      };
      compare('项目支出', '实际支出');
      compare('结余结转', '结余结转');
    }
    return reports;
  },
};

export default projectsVsSummary;
