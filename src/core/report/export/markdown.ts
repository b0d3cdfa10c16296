/**
 * The draft as Markdown: `#` title, `##` for 一、…, `###` for （一）…, one paragraph per block.
 * Sheet text is escaped so it stays text; flagged text keeps its wording and gets a ［注n］ mark,
 * and the 核对提示 (every open finding) follow the report as an appendix, apart from its body.
 */
import type { Draft, DraftParagraph } from '../draft-model';
import { draftParagraphs } from '../draft-model';
import { markedParagraphText, numberFlags } from './flag-notes';

export interface TextExportOptions {
  /** Mark flagged text and append the 核对提示 list (default true). */
  readonly flagNotes?: boolean;
}

const HEADING_MARK: Record<DraftParagraph['style'], string> = { title: '# ', heading1: '## ', heading2: '### ', body: '' };

export function draftToMarkdown(draft: Draft, options: TextExportOptions = {}): string {
  const flags = numberFlags(draft);
  const showFlags = options.flagNotes ?? true;
  const blocks = draftParagraphs(draft).map((paragraph) => {
    const text = markedParagraphText(paragraph, showFlags ? flags.numbersOf : () => [], escapeMarkdown);
    return HEADING_MARK[paragraph.style] + escapeLineStart(text);
  });
  if (showFlags && flags.notes.length > 0) {
    blocks.push('---', `## ${escapeMarkdown(draft.labels.flagNotes)}`, flags.notes.map((note) => `${note.number}. ${escapeMarkdown(note.text)}`).join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}

/** Backslash-escapes the characters Markdown gives a meaning inside a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
}

/** A line that would start a heading, quote, list or rule is escaped at its start. */
function escapeLineStart(text: string): string {
  return text.replace(/^(#|>|[-+=]|\d+(?=[.)]))/, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}
