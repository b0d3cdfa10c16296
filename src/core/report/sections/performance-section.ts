/**
 * 三、资金使用及绩效情况: （一）the overall spending and execution rate with the unit's account of its
 * work; （二）one numbered paragraph per project (with its self-evaluation result when a 项目支出绩效自评表
 * of the same name is in the workbook), then one （n） title and paragraph per sub-item.
 */
import { ParagraphSink, type DraftContext } from '../draft-context';
import type { DraftParagraph, DraftRun } from '../draft-model';
import { placeholderRun, type Piece } from '../fill-template';
import { rowPiece, rowTextRef, summaryPiece } from '../figures';
import { formatPercent, formatWan } from '../format';
import { overallExecution } from '../overall-figures';
import { adjustmentPiece, projectFigures } from '../project-figures';
import { selfEvaluationOf, selfEvaluationRuns, type TableRate } from '../self-evaluation-figures';
import type { ProjectRow, ProjectTable } from '../../recognize/model';
import { goalsSection } from './goals-section';
import { overallExtraRuns } from './overall-extras';
import { addUserParagraphs } from './user-paragraphs';

export function performanceSection(context: DraftContext): DraftParagraph[] {
  const sink = new ParagraphSink();
  sink.add('performance.heading', 'heading1', context.fill('heading.performance', {}));
  sink.add('overall.heading', 'heading2', context.fill('heading.overall', {}));
  addOverall(context, sink);
  sink.add('projects.heading', 'heading2', context.fill('heading.projects', {}));
  addProjects(context, sink);
  return [...sink.paragraphs, ...goalsSection(context)];
}

function addOverall(context: DraftContext, sink: ParagraphSink): void {
  const { summary } = context;
  const money = (field: Parameters<typeof summaryPiece>[1]) => summaryPiece(summary, field);
  const runs: DraftRun[] = context.fill('overall.spending', {
    支出合计: money('支出合计'),
    基本支出: money('基本支出'),
    项目支出: money('项目支出'),
    结余结转: money('结余结转'),
  });
  const execution = overallExecution(context);
  if (execution) {
    const sources = [...execution.spent.sources, ...execution.income.sources];
    runs.push(
      ...context.fill('overall.executionRate', {
        执行率: { kind: 'figure', text: formatPercent(execution.basisPoints), sources },
        已支出: { kind: 'figure', text: formatWan(execution.spent.fen), sources: execution.spent.sources },
        预算收入合计: { kind: 'figure', text: formatWan(execution.income.fen), sources: execution.income.sources },
      }),
    );
  }
  sink.add('overall.spending', 'body', runs);
  const extras = overallExtraRuns(context);
  if (extras.length > 0) sink.add('overall.indicators', 'body', extras);
  addUserParagraphs(context, sink, 'overall.achievements', '工作成效');
}

function addProjects(context: DraftContext, sink: ParagraphSink): void {
  const { template } = context;
  let number = 0;
  for (const table of context.projectTables) {
    const subItemsOf = groupSubItems(table);
    for (const project of table.projects) {
      number += 1;
      addProject(context, sink, table, project, number, subItemsOf.get(project.row) ?? []);
    }
  }
  if (number === 0) sink.add('projects.none', 'body', [placeholderRun(template, '项目支出绩效情况')]);
}

/** Sub-item rows by the row of their project, in sheet order. */
function groupSubItems(table: ProjectTable): Map<number, ProjectRow[]> {
  const groups = new Map<number, ProjectRow[]>();
  for (const item of [...table.subItems].sort((a, b) => a.row - b.row)) {
    if (item.parentRow === undefined) continue;
    const group = groups.get(item.parentRow);
    if (group) group.push(item);
    else groups.set(item.parentRow, [item]);
  }
  return groups;
}

function addProject(
  context: DraftContext,
  sink: ParagraphSink,
  table: ProjectTable,
  project: ProjectRow,
  number: number,
  subItems: readonly ProjectRow[],
): void {
  const figures = projectFigures(table, project);
  const money = (field: Parameters<typeof rowPiece>[2]) => rowPiece(table, project, field);
  const nameRef = rowTextRef(table, project, '项目名称');
  const runs: DraftRun[] = context.fill('project.sentence', {
    序号: { kind: 'literal', text: String(number) },
    项目名称: { kind: 'figure', text: project.name, sources: nameRef ? [nameRef] : [] },
    年初预算: money('年初预算'),
    上级转移支付: money('上级转移支付'),
    年中调整: adjustmentPiece(context, figures),
    追加: money('追加'),
    实际支出: money('实际支出'),
    结余结转: money('结余结转'),
  });
  // a project without a form says nothing about one: the form is optional, a placeholder would invent a duty
  const evaluation = selfEvaluationOf(context.selfEvaluations, project.name);
  if (evaluation) runs.push(...selfEvaluationRuns(context, evaluation, tableRate(figures)));
  const purpose = purposePiece(context, table, project);
  if (subItems.length === 0) {
    runs.push(...context.fill('project.purpose', { 主要用途: purpose }));
  } else {
    // the project's own text, if any, then its sub-items
    if (purpose.kind === 'user') runs.push(...context.fill('project.purposeBeforeItems', { 主要用途: purpose }));
    runs.push(...context.fill('project.detailsFollow', {}));
  }
  const id = `project:${project.name}`;
  sink.add(id, 'body', runs);

  subItems.forEach((item, index) => {
    const itemId = `${id}/${item.name}`;
    const itemNameRef = rowTextRef(table, item, '项目名称') ?? rowTextRef(table, item, '子项目');
    sink.add(
      `${itemId}/title`,
      'body',
      context.fill('project.subItemTitle', {
        序号: { kind: 'literal', text: String(index + 1) },
        子项目: { kind: 'figure', text: item.name, sources: itemNameRef ? [itemNameRef] : [] },
      }),
    );
    sink.add(
      `${itemId}/spending`,
      'body',
      context.fill('project.subItemSpending', {
        支出: rowPiece(table, item, '实际支出', '支出'),
        主要用途: purposePiece(context, table, item),
      }),
    );
  });
}

function tableRate(figures: ReturnType<typeof projectFigures>): TableRate | undefined {
  const spent = figures.money('实际支出');
  const budget = figures.fullYearBudget;
  if (figures.executionBasisPoints === null || !spent || !budget) return undefined;
  return { basisPoints: figures.executionBasisPoints, sources: [...spent.sources, ...budget.sources] };
}

/** A row's 主要用途 as the unit wrote it (without a final 。, which the sentence supplies). */
function purposePiece(context: DraftContext, table: ProjectTable, row: ProjectRow): Piece {
  const text = (row.purpose ?? '').trim().replace(/[。．.；;]+$/, '');
  if (text === '') return { kind: 'missing', field: '主要用途' };
  const source = rowTextRef(table, row, '主要用途');
  const flags = context.flagsAt(source);
  return { kind: 'user', text, field: '主要用途', ...(source ? { source } : {}), ...(flags.length ? { flags } : {}) };
}
