/**
 * The 核对提示 of a draft for text exports: the note numbers a run points at (its findings) and
 * the list of every open finding, in the draft's order, as the notes' texts say it (the message already names the expected figure).
 */
import type { Draft, DraftRun } from '../draft-model';

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
