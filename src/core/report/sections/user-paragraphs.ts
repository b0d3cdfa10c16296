/** The unit's own text for a field: one paragraph per line, or one placeholder paragraph. */
import type { DraftContext, ParagraphSink, UnitTextField } from '../draft-context';
import { placeholderRun, runsOf } from '../fill-template';

export function addUserParagraphs(context: DraftContext, sink: ParagraphSink, id: string, field: UnitTextField): void {
  const lines = context.userLines(field);
  if (lines.length === 0) sink.add(id, 'body', [placeholderRun(context.template, field)]);
  lines.forEach((line, index) => sink.add(`${id}.${index + 1}`, 'body', runsOf(context.template, line)));
}
