/**
 * What "use the corrected figure" does in the pane: the paragraph's text with the flagged figure
 * replaced by the finding's expected value, as an ordinary edit (kept by paragraph id, undone by
 * restoring the paragraph). Only a figure that is a cell's value itself carries a correction.
 */
import { draftParagraphs, type Draft, type DraftParagraph } from './draft-model';

export interface CorrectionEdit {
  readonly paragraphId: string;
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Every check note's correction, looked up by note number after one pass over the draft: the first
 * paragraph (not typed over) and run in reading order whose flag for that note carries a corrected
 * figure. A draft of 10,000 projects has as many notes; looking each up in the whole draft was
 * quadratic. The edited text is made when asked for, so a list shows only what it draws.
 */
export function correctionEdits(draft: Draft): (note: number) => CorrectionEdit | null {
  const places = new Map<number, { readonly paragraph: DraftParagraph; readonly run: number; readonly to: string }>();
  for (const paragraph of draftParagraphs(draft)) {
    if (paragraph.edited) continue;
    paragraph.runs.forEach((run, index) => {
      for (const flag of run.flags ?? []) {
        if (flag.note !== undefined && flag.corrected !== undefined && !places.has(flag.note))
          places.set(flag.note, { paragraph, run: index, to: flag.corrected });
      }
    });
  }
  return (note) => {
    const place = places.get(note);
    if (!place) return null;
    const { paragraph, run, to } = place;
    const text = paragraph.runs.map((other, index) => (index === run ? to : other.text)).join('');
    return { paragraphId: paragraph.id, text, from: paragraph.runs[run].text, to };
  };
}

/** The correction of one check note, or null when no sentence states its figure as the cell's value. */
export function correctionEdit(draft: Draft, note: number): CorrectionEdit | null {
  return correctionEdits(draft)(note);
}
