/**
 * An amount the unit's text states for a figure the tables hold, with another value: “项目支出
 * 1964.4万元” in 工作成效 while 收支总表 says 1964.41, or “网格信息化建设项目…实际支出100万元” while
 * the project table says 104.68. Read sentence by sentence: one naming a single project speaks of
 * that project; one naming none (outside a 主要用途, where “项目支出” is the project's own) speaks of
 * the unit's summary. Exact in fen, within the check's tolerance.
 */
import { decimalToFen, type Fen, type MoneyUnit } from '../money/fen';
import { usableFen } from '../money/read-amount';
import type { ProjectAmountField, ProjectRow, ProjectTable, SummaryField, SummaryTable } from '../recognize/model';
import { money, outputUnit } from './support/format';
import { nameIndex, type NameIndex } from './support/name-index';
import { projectTables } from './support/project-rows';
import { unitTextRuns, type UnitTextCell } from './support/unit-texts';
import type { Rule, RuleReport } from './types';

const AMOUNT = String.raw`\s*(?:为|共|合计|达|是)?\s*([0-9]+(?:\.[0-9]+)?)\s*(万元|元)`;
const SUMMARY_LABELS: readonly (readonly [string, SummaryField])[] = [
  ['预算收入合计', '预算收入合计'],
  ['预算收入', '预算收入合计'],
  ['年初预算', '年初预算'],
  ['调整追加', '调整追加'],
  ['支出合计', '支出合计'],
  ['基本支出', '基本支出'],
  ['项目支出', '项目支出'],
  ['结余结转', '结余结转'],
];
const SUMMARY_STATEMENT = new RegExp(`(${SUMMARY_LABELS.map(([label]) => label).join('|')})(?:资金|金额|总额)?${AMOUNT}`, 'g');
const PROJECT_FIELDS: Readonly<Record<string, ProjectAmountField>> = { 实际支出: '实际支出', 年初预算: '年初预算', 结余结转: '结余结转' };
const STATES_AN_AMOUNT = new RegExp(AMOUNT);
const PROJECT_STATEMENT = new RegExp(`(实际支出|年初预算|结余结转)(?:资金|金额)?${AMOUNT}`, 'g');

interface Stated {
  readonly label: string;
  readonly fen: Fen;
}

function statedFen(value: string, unit: string): Fen | null {
  return decimalToFen(value, unit as MoneyUnit);
}

const textAmounts: Rule = {
  meta: {
    id: 'text-amounts',
    severity: 'warning',
    description: {
      zh: '单位文字中写的金额与表中同一数字不一致时提醒（例如工作成效写“项目支出1964.4万元”，收支总表为1964.41万元）。',
      en: 'Warns when an amount in the unit’s text differs from the same figure in the tables (e.g. the text says 项目支出 1964.4, the summary 1964.41).',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '基本情况', cell: 'B18', value: '2023年结余结转300万元，由于上级政策、全区资金统一安排等客观原因，结转金额较大。' }],
      given: {
        zh: '基本情况的问题（B18）写“结余结转300万元”，收支总表的结余结转（B11）为303.36万元。',
        en: 'The problems text (基本情况 B18) says 结余结转 300, the summary’s carry-over (B11) is 303.36.',
      },
      messageId: 'differs',
      message: {
        zh: 'B18（问题）写结余结转300万元，而表中为303.36万元（收支总表B11），相差3.36万元：请核对。',
        en: 'B18 (问题) states 结余结转 300 万元, but the table holds 303.36 万元 (收支总表B11), 3.36 万元 apart: please check.',
      },
    },
    messages: {
      differs: {
        zh: '{cell}（{field}）写{label}{stated}{unit}，而表中为{table}{unit}（{tableCell}），相差{difference}{unit}：请核对。',
        en: '{cell} ({field}) states {label} {stated} {unit}, but the table holds {table} {unit} ({tableCell}), {difference} {unit} apart: please check.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const reports: RuleReport[] = [];
    const summary = context.workbook.tables.find((table): table is SummaryTable => table.kind === 'summary');
    const compare = (text: UnitTextCell, stated: Stated, tableFen: Fen | null, tableSheet: string, tableCell: string) => {
      if (tableFen === null) return;
      const difference = stated.fen > tableFen ? stated.fen - tableFen : tableFen - stated.fen;
      if (difference <= context.settings.toleranceFen) return;
      reports.push({
        messageId: 'differs',
        data: {
          cell: text.cell,
          field: text.field,
          label: stated.label,
          stated: money(stated.fen, unit),
          table: money(tableFen, unit),
          tableCell: `${tableSheet}${tableCell}`,
          difference: money(difference, unit),
          unit,
        },
        sheet: text.sheet,
        row: text.row,
        cells: [text.cell, `'${tableSheet.replace(/'/g, "''")}'!${tableCell}`],
        subject: text.subject,
        expected: { kind: 'money', fen: tableFen },
        actual: { kind: 'money', fen: stated.fen },
      });
    };
    // indexed only when a sentence states an amount: most texts state none
    let projects: NameIndex<{ table: ProjectTable; project: ProjectRow }> | undefined;
    // a name shorter than four characters is too likely to occur by chance: the index skips it
    const projectIndex = () =>
      nameIndex(
        projectTables(context.workbook).flatMap((table) => table.projects.map((project) => ({ table, project }))),
        ({ project }) => project.name,
      );
    // an amount is in 元 or 万元: a run of texts without 元 is not split into sentences at all
    const cells = unitTextRuns(context.workbook, { forms: false }).flatMap((run) => (run.text.includes('元') ? run.cells : []));
    for (const text of cells) {
      // sentence by sentence: a sentence naming one project speaks of it, one naming none of the unit
      for (const sentence of text.text.split(/[。；;\n]/)) {
        // most sentences state no amount at all: only those that do are searched for project names
        if (!STATES_AN_AMOUNT.test(sentence)) continue;
        projects ??= projectIndex();
        const named = projects.occurringIn(sentence);
        if (named.length === 1) {
          const { table, project } = named[0];
          for (const match of sentence.matchAll(PROJECT_STATEMENT)) {
            const cell = project.amounts[PROJECT_FIELDS[match[1]]];
            const fen = statedFen(match[2], match[3]);
            if (!cell || fen === null) continue;
            compare(
              text,
              { label: `“${project.name}”${match[1]}`, fen },
              cell.reading.kind === 'empty' ? 0n : usableFen(cell.reading),
              table.sheet,
              cell.address,
            );
          }
        } else if (named.length === 0 && summary && text.field !== '主要用途' && !/项目[“"]/.test(sentence)) {
          for (const match of sentence.matchAll(SUMMARY_STATEMENT)) {
            const field = SUMMARY_LABELS.find(([label]) => label === match[1])![1];
            const cell = summary.fields[field];
            const fen = statedFen(match[2], match[3]);
            if (!cell || fen === null) continue;
            compare(text, { label: match[1], fen }, usableFen(cell.reading), summary.sheet, cell.address);
          }
        }
      }
    }
    return reports;
  },
};

export default textAmounts;
