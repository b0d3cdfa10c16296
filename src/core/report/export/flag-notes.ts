/**
 * The 核对提示 of a draft for text exports: the note numbers a run points at (its findings) and
 * the list of every open finding, in the draft's order, as the notes' texts say it (the message already names the expected figure).
 */
import type { Draft, DraftParagraph, DraftRun } from '../draft-model';

export interface FlagNote {
  readonly number: number;
  readonly text: string;
}

export interface FlagNumbering {
  /** The note numbers of a run's findings (empty for a run nothing flags). */
  readonly numbersOf: (run: DraftRun) => readonly number[];
  readonly notes: readonly FlagNote[];
}

export function numberFlags(draft: Draft, language: 'zh' | 'en' = 'zh'): FlagNumbering {
  const notes = (draft.checkNotes ?? []).map((note) => ({
    number: note.number,
    text: note.text[language],
  }));
  const numbersOf = (run: DraftRun): number[] => [...new Set((run.flags ?? []).flatMap((flag) => (flag.note === undefined ? [] : [flag.note])))];
  return { numbersOf, notes };
}

/** `［注1］［注3］` after a run. */
export function noteMarks(numbers: readonly number[]): string {
  return numbers.map((number) => `［注${number}］`).join('');
}

/** A unit or sign that belongs to the figure before it: a note mark goes after it (`1964.41万元［注1］`). */
const UNIT_AFTER_FIGURE = /^(?:万元|千元|亿元|元|%|％|‰|分|人|名|个|项|次|户|天|年)/;

/**
 * A paragraph's text with each flagged run's ［注n］ marks. A mark follows the figure's unit when the
 * next run starts with one (`1964.41万元［注1］`, not `1964.41［注1］万元`), so the figure and its unit
 * read as one; the runs themselves are not changed. `escape` is applied to the text, not the marks.
 */
export function markedParagraphText(
  paragraph: DraftParagraph,
  numbersOf: (run: DraftRun) => readonly number[],
  escape: (text: string) => string = (text) => text,
): string {
  let out = '';
  let pending = '';
  for (const run of paragraph.runs) {
    if (pending !== '') {
      const unit = UNIT_AFTER_FIGURE.exec(run.text)?.[0] ?? '';
      out += escape(unit) + pending;
      pending = '';
      out += escape(run.text.slice(unit.length));
    } else {
      out += escape(run.text);
    }
    pending = noteMarks(numbersOf(run));
  }
  return out + pending;
}
