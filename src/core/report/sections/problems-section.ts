/**
 * 四、绩效管理存在的问题及下一步改进措施, drafted from the figures: a large carry-over, execution
 * rates under the threshold; then the unit's own account of its problems and its measures. Prose
 * only: findings, open or ignored, are the draft's 核对提示 (check-notes.ts), never this section's
 * text. Every paragraph is editable in the pane.
 */
import { ParagraphSink, type DraftContext } from '../draft-context';
import type { DraftParagraph } from '../draft-model';
import { runsOf, type Piece } from '../fill-template';
import { moneyPiece, rowTextRef, summaryMoney } from '../figures';
import { formatPercent, formatWan, ratioBasisPoints } from '../format';
import { overallExecution } from '../overall-figures';
import { projectFigures } from '../project-figures';
import { addUserParagraphs } from './user-paragraphs';

export function problemsSection(context: DraftContext): DraftParagraph[] {
  const sink = new ParagraphSink();
  sink.add('problems.heading', 'heading1', context.fill('heading.problems', {}));
  addCarryOver(context, sink);
  addExecutionRates(context, sink);
  addUserParagraphs(context, sink, 'problems.unit', '问题');
  addMeasures(context, sink);
  return sink.paragraphs;
}

/** `下一步改进措施：` and the unit's measures, one paragraph per line. */
function addMeasures(context: DraftContext, sink: ParagraphSink): void {
  const { template } = context;
  const [first, ...rest] = context.userLines('改进措施');
  sink.add('problems.measures', 'body', context.fill('problems.measures', { 改进措施: first ?? { kind: 'missing', field: '改进措施' } }));
  rest.forEach((line, index) => sink.add(`problems.measures.${index + 2}`, 'body', runsOf(template, line)));
}

function addCarryOver(context: DraftContext, sink: ParagraphSink): void {
  const carryOver = summaryMoney(context.summary, '结余结转');
  const spending = summaryMoney(context.summary, '支出合计');
  if (!carryOver || !spending) return;
  const share = ratioBasisPoints(carryOver.fen, spending.fen);
  if (share === null || share < context.largeCarryOverBasisPoints) return;
  sink.add(
    'problems.carry-over',
    'body',
    context.fill('problems.carryOver', {
      年度: context.year,
      结余结转: moneyPiece(carryOver, '结余结转'),
      支出合计: moneyPiece(spending, '支出合计'),
      比例: { kind: 'figure', text: formatPercent(share), sources: [...carryOver.sources, ...spending.sources] },
    }),
  );
}

function addExecutionRates(context: DraftContext, sink: ParagraphSink): void {
  const { minExecutionBasisPoints } = context;
  const threshold: Piece = { kind: 'literal', text: formatPercent(minExecutionBasisPoints) };
  const overall = overallExecution(context);
  if (overall && overall.basisPoints < minExecutionBasisPoints) {
    sink.add(
      'problems.overall-rate',
      'body',
      context.fill('problems.overallRate', {
        执行率: { kind: 'figure', text: formatPercent(overall.basisPoints), sources: [...overall.spent.sources, ...overall.income.sources] },
        标准: threshold,
      }),
    );
  }
  for (const table of context.projectTables) {
    for (const project of table.projects) {
      const figures = projectFigures(table, project);
      const spent = figures.money('实际支出');
      const budget = figures.fullYearBudget;
      if (figures.executionBasisPoints === null || !spent || !budget || figures.executionBasisPoints >= minExecutionBasisPoints) continue;
      const nameRef = rowTextRef(table, project, '项目名称');
      sink.add(
        `problems.rate:${project.name}`,
        'body',
        context.fill('problems.projectRate', {
          项目名称: { kind: 'figure', text: project.name, sources: nameRef ? [nameRef] : [] },
          执行率: { kind: 'figure', text: formatPercent(figures.executionBasisPoints), sources: [...spent.sources, ...budget.sources] },
          实际支出: moneyPiece(spent, '实际支出'),
          全年预算数: { kind: 'figure', text: formatWan(budget.fen), sources: budget.sources },
          标准: threshold,
          结余结转: moneyPiece(figures.money('结余结转'), '结余结转'),
        }),
      );
    }
  }
}
