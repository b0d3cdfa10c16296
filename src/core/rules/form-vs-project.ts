/**
 * A project's self-evaluation form and its row in the project table describe the same money:
 * the form's 全年执行数 = the row's 实际支出, and its 全年预算数 = 实际支出 + 结余结转. Forms and rows
 * are matched by project name (a leading project code such as `51000021R000000019951-` ignored).
 */
import { at, fenOf, formsOf, moneyTotal } from '../forms/form-rule-support';
import type { FormAmount } from '../forms/form-model';
import { projectKey } from '../forms/self-evaluation';
import { absFen, type Fen } from '../money/fen';
import type { ProjectRow, ProjectTable } from '../recognize/model';
import { cellFen } from './support/field-values';
import { money, outputUnit } from './support/format';
import type { Rule, RuleReport } from './types';

interface ProjectMatch {
  readonly table: ProjectTable;
  readonly row: ProjectRow;
}

function projectIndex(tables: readonly ProjectTable[]): Map<string, ProjectMatch[]> {
  const index = new Map<string, ProjectMatch[]>();
  for (const table of tables) {
    for (const row of table.projects) {
      const key = projectKey(row.name);
      index.set(key, [...(index.get(key) ?? []), { table, row }]);
    }
  }
  return index;
}

const formVsProject: Rule = {
  meta: {
    id: 'form-vs-project',
    severity: 'error',
    description: {
      zh: '同一项目的自评表与项目支出表应一致：全年执行数 = 实际支出，全年预算数 = 实际支出 + 结余结转。',
      en: 'A project’s self-evaluation form must agree with its row in the project table: spending = actual spending, full-year budget = actual spending + carry-over.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样：“网格信息化建设项目”自评表的全年执行数填 104.86（两位数字颠倒），项目支出表的实际支出为 104.68。',
        en: 'forms-2023 as bundled: the 网格信息化建设项目 form gives 104.86 as its spending (two digits swapped); the project table says 104.68.',
      },
      messageId: 'spending',
      message: {
        zh: '“网格信息化建设项目”自评表的全年执行数为104.86万元，但项目支出第4行的实际支出为104.68万元，相差0.18万元。',
        en: '“网格信息化建设项目”: the form’s spending is 104.86 ×10k yuan, but row 4 of 项目支出 shows actual spending of 104.68 ×10k yuan, a difference of 0.18 ×10k yuan.',
      },
    },
    formula: '全年执行数 = 实际支出；全年预算数 = 实际支出 + 结余结转',
    messages: {
      spending: {
        zh: '“{subject}”自评表的全年执行数为{actual}{unit}，但{sheet}第{row}行的实际支出为{expected}{unit}，相差{difference}{unit}。',
        en: '“{subject}”: the form’s spending is {actual} {unit}, but row {row} of {sheet} shows actual spending of {expected} {unit}, a difference of {difference} {unit}.',
      },
      budget: {
        zh: '“{subject}”自评表的全年预算数为{actual}{unit}，但{sheet}第{row}行的实际支出 + 结余结转为{expected}{unit}，相差{difference}{unit}。',
        en: '“{subject}”: the form’s full-year budget is {actual} {unit}, but row {row} of {sheet} gives spending + carry-over of {expected} {unit}, a difference of {difference} {unit}.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const tables = context.workbook.tables.filter((table): table is ProjectTable => table.kind === 'projects');
    const forms = formsOf(context.workbook).filter((form) => form.formKind === 'project');
    // the index of every project name is built only when there are forms to match
    if (tables.length === 0 || forms.length === 0) return [];
    const index = projectIndex(tables);
    const reports: RuleReport[] = [];
    for (const form of forms) {
      const total = moneyTotal(form);
      const matches = index.get(projectKey(form.subject)) ?? [];
      if (!total || matches.length !== 1) continue;
      const { table, row } = matches[0];
      const spent = cellFen(row.amounts.实际支出);
      const carried = cellFen(row.amounts.结余结转);
      const compare = (messageId: string, cell: FormAmount | undefined, expected: Fen | null): void => {
        const actual = fenOf(cell);
        if (!cell || actual === null || expected === null) return;
        const difference = absFen(expected - actual);
        if (difference <= context.settings.toleranceFen) return;
        reports.push({
          messageId,
          ...at(form, cell.row, [cell.address]),
          subject: form.subject,
          data: {
            subject: form.subject,
            sheet: table.sheet,
            row: row.row,
            expected: money(expected, unit),
            actual: money(actual, unit),
            difference: money(difference, unit),
          },
          expected: { kind: 'money', fen: expected },
          actual: { kind: 'money', fen: actual },
        });
      };
      compare('spending', total.amounts.全年执行数, spent);
      compare('budget', total.amounts.全年预算数, spent === null || carried === null || table.columns.结余结转 === undefined ? null : spent + carried);
    }
    return reports;
  },
};

export default formVsProject;
