/** Numbers the flagged runs of a draft so text exports can point at notes listed at the end. */
import type { Draft, DraftRun } from '../draft-model';
import { draftParagraphs } from '../draft-model';

export interface FlagNote {
  readonly number: number;
  readonly text: string;
}

export interface FlagNumbering {
  /** The note number of a flagged run (by identity), undefined for others. */
  readonly numberOf: (run: DraftRun) => number | undefined;
  readonly notes: readonly FlagNote[];
}

export function numberFlags(draft: Draft, language: 'zh' | 'en' = 'zh'): FlagNumbering {
  const numbers = new Map<DraftRun, number>();
  const notes: FlagNote[] = [];
  for (const paragraph of draftParagraphs(draft)) {
    for (const run of paragraph.runs) {
      if (!run.flags || run.flags.length === 0) continue;
      const number = notes.length + 1;
      numbers.set(run, number);
      notes.push({ number, text: run.flags.map((flag) => flag.message[language]).join(' ') });
    }
  }
  return { numberOf: (run) => numbers.get(run), notes };
}
