/** 二、预算收支情况: the income and spending sentences of the summary table. */
import { ParagraphSink, type DraftContext } from '../draft-context';
import type { DraftParagraph } from '../draft-model';
import { summaryPiece } from '../figures';

export function budgetSection(context: DraftContext): DraftParagraph[] {
  const { summary, year } = context;
  const money = (field: Parameters<typeof summaryPiece>[1]) => summaryPiece(summary, field);
  const sink = new ParagraphSink();
  sink.add('budget.heading', 'heading1', context.fill('heading.budget', {}));
  sink.add('budget.income', 'body', [
    ...context.fill('budget.income', {
      年度: year,
      预算收入合计: money('预算收入合计'),
      年初预算: money('年初预算'),
      调整追加: money('调整追加'),
    }),
    ...context.fill('budget.otherFunds', { 其他资金: money('其他资金') }),
  ]);
  sink.add(
    'budget.spending',
    'body',
    context.fill('budget.spending', {
      年度: year,
      支出合计: money('支出合计'),
      基本支出: money('基本支出'),
      项目支出: money('项目支出'),
      结余结转: money('结余结转'),
    }),
  );
  return sink.paragraphs;
}
