/** The draft as plain text: one paragraph per line, flagged text noted as ［注1］, the 核对提示 at the end. */
import type { Draft } from '../draft-model';
import { draftParagraphs } from '../draft-model';
import { markedParagraphText, numberFlags } from './flag-notes';
import type { TextExportOptions } from './markdown';

export function draftToPlainText(draft: Draft, options: TextExportOptions = {}): string {
  const flags = numberFlags(draft);
  const showFlags = options.flagNotes ?? true;
  const lines = draftParagraphs(draft).map((paragraph) => markedParagraphText(paragraph, showFlags ? flags.numbersOf : () => []));
  lines.splice(1, 0, '');
  if (showFlags && flags.notes.length > 0) {
    lines.push('', `${draft.labels.flagNotes}：`, ...flags.notes.map((note) => `［注${note.number}］${note.text}`));
  }
  return lines.join('\n') + '\n';
}
