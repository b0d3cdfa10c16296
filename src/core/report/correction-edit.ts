/**
 * What "use the corrected figure" does in the pane: the paragraph's text with the flagged figure
 * replaced by the finding's expected value, as an ordinary edit (kept by paragraph id, undone by
 * restoring the paragraph). Only a figure that is a cell's value itself carries a correction.
 */
import { draftParagraphs, type Draft } from './draft-model';

export interface CorrectionEdit {
  readonly paragraphId: string;
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

export function correctionEdit(draft: Draft, note: number): CorrectionEdit | null {
  for (const paragraph of draftParagraphs(draft)) {
    if (paragraph.edited) continue;
    const index = paragraph.runs.findIndex((run) => run.flags?.some((flag) => flag.note === note && flag.corrected !== undefined));
    if (index < 0) continue;
    const run = paragraph.runs[index];
    const to = run.flags!.find((flag) => flag.note === note)!.corrected!;
    const text = paragraph.runs.map((other, i) => (i === index ? to : other.text)).join('');
    return { paragraphId: paragraph.id, text, from: run.text, to };
  }
  return null;
}
