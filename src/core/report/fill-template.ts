/**
 * The whole template "engine": splits a sentence at its `{placeholders}` and puts in pieces that
 * know where they came from. Nothing in a template is evaluated; an unknown placeholder is an error.
 */
import type { CellRef, DraftRun, RunFlag } from './draft-model';
import { placeholdersOf, type ReportTemplate, type SentenceKey, type SlotName } from './template-types';

/** A value put into a sentence. */
export type Piece =
  /** From figures: amounts, counts, names read from tables; `flags` when a finding says it is wrong. */
  | { readonly kind: 'figure'; readonly text: string; readonly sources: readonly CellRef[]; readonly flags?: readonly RunFlag[] }
  /** The unit's own text. */
  | { readonly kind: 'user'; readonly text: string; readonly field: string; readonly source?: CellRef; readonly flags?: readonly RunFlag[] }
  /** Text the template itself supplies for a placeholder (e.g. a number), no figure behind it. */
  | { readonly kind: 'literal'; readonly text: string }
  /** Missing or unreadable (then `sources` names the cell): becomes a visible placeholder. */
  | { readonly kind: 'missing'; readonly field: string; readonly sources?: readonly CellRef[] }
  /** A sub-sentence already filled (e.g. `年中调减0.13万元`). */
  | { readonly kind: 'runs'; readonly runs: readonly DraftRun[] };

export type Pieces<K extends SentenceKey> = { readonly [name in SlotName<K>]: Piece };

const SPLIT = /(\{[^{}]*\})/;

/** The findings that say a figure read or computed from `sources` is wrong. */
export type FigureFlags = (sources: readonly CellRef[]) => RunFlag[];

/**
 * Fills sentence `key` of the template. The sentence's own wording is `computed` when any figure
 * went into it (and then carries the sources of all its figures), otherwise `template`. A figure
 * that `flagsOf` flags becomes a run of its own, with its own cells and the flags.
 */
export function fillSentence<K extends SentenceKey>(template: ReportTemplate, key: K, pieces: Pieces<K>, flagsOf?: FigureFlags): DraftRun[] {
  const text = template.sentences[key];
  const byName = Object.fromEntries(
    Object.entries(pieces as Readonly<Record<string, Piece>>).map(([name, piece]) => [name, flagsOf ? withFlags(piece, flagsOf) : piece]),
  );
  const used = placeholdersOf(text).map((name) => {
    const piece = byName[name];
    if (piece === undefined) throw new Error(`Template sentence ${key} uses unknown placeholder {${name}}`);
    return piece;
  });
  const sources = dedupeSources(used.flatMap(pieceSources));
  const wordingKind = sources.length > 0 || used.some(isComputedRuns) ? 'computed' : 'template';
  const runs: DraftRun[] = [];
  let wording = '';
  for (const part of text.split(SPLIT)) {
    if (part === '') continue;
    const name = /^\{([^{}]*)\}$/.exec(part)?.[1];
    if (name === undefined) {
      wording = part;
      runs.push(wordingKind === 'computed' ? { kind: 'computed', text: part, sources } : { kind: 'template', text: part });
    } else {
      runs.push(...pieceRuns(template, withoutRepeatedLead(byName[name], wording), sources));
      wording = '';
    }
  }
  return mergeRuns(runs);
}

function withFlags(piece: Piece, flagsOf: FigureFlags): Piece {
  if (piece.kind !== 'figure' || piece.flags) return piece;
  const flags = flagsOf(piece.sources);
  return flags.length > 0 ? { ...piece, flags } : piece;
}

/**
 * The unit often types the sentence's own lead-in (`主要用于…` after `，主要用于`, `下一步改进措施：…`):
 * it is said once, by the template, so the sentence reads as the unit wrote it.
 */
function withoutRepeatedLead(piece: Piece, wordingBefore: string): Piece {
  if (piece.kind !== 'user') return piece;
  for (let length = Math.min(wordingBefore.length, piece.text.length - 1); length >= 2; length--) {
    if (wordingBefore.endsWith(piece.text.slice(0, length))) return { ...piece, text: piece.text.slice(length) };
  }
  return piece;
}

/** The runs of one piece standing alone (a line of the unit's text, a placeholder). */
export function runsOf(template: ReportTemplate, piece: Piece): DraftRun[] {
  return pieceRuns(template, piece, []);
}

/** A visible placeholder asking for `field`; `sources` names the unreadable cell it stands for. */
export function placeholderRun(template: ReportTemplate, field: string, sources?: readonly CellRef[]): DraftRun {
  const label = template.placeholderLabels[field] ?? field;
  const text = template.sentences.placeholder.replace('{名称}', label);
  return sources && sources.length > 0 ? { kind: 'placeholder', text, field, sources } : { kind: 'placeholder', text, field };
}

function pieceRuns(template: ReportTemplate, piece: Piece, sentenceSources: readonly CellRef[]): DraftRun[] {
  switch (piece.kind) {
    case 'figure':
      return piece.flags && piece.flags.length > 0
        ? [{ kind: 'computed', text: piece.text, sources: piece.sources, flags: piece.flags }]
        : [{ kind: 'computed', text: piece.text, sources: sentenceSources }];
    case 'literal':
      return sentenceSources.length > 0 ? [{ kind: 'computed', text: piece.text, sources: sentenceSources }] : [{ kind: 'template', text: piece.text }];
    case 'user':
      return [
        {
          kind: 'user',
          text: piece.text,
          field: piece.field,
          ...(piece.source ? { sources: [piece.source] } : {}),
          ...(piece.flags && piece.flags.length > 0 ? { flags: piece.flags } : {}),
        },
      ];
    case 'missing':
      return [placeholderRun(template, piece.field, piece.sources)];
    case 'runs':
      // a filled sub-sentence's figures belong to the whole sentence
      return piece.runs.map((run) => (run.kind === 'computed' && !run.flags ? { ...run, sources: sentenceSources } : run));
  }
}

function pieceSources(piece: Piece): readonly CellRef[] {
  if (piece.kind === 'figure') return piece.sources;
  if (piece.kind === 'missing') return piece.sources ?? [];
  if (piece.kind === 'runs') return piece.runs.flatMap((run) => (run.kind === 'computed' ? (run.sources ?? []) : []));
  return [];
}

function isComputedRuns(piece: Piece): boolean {
  return piece.kind === 'runs' && piece.runs.some((run) => run.kind === 'computed');
}

export function dedupeSources(sources: readonly CellRef[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const source of sources) seen.set(`${source.sheet}!${source.address}`, source);
  return [...seen.values()];
}

/** Joins neighbouring runs of the same kind and origin, so a sentence reads as few runs. */
export function mergeRuns(runs: readonly DraftRun[]): DraftRun[] {
  const merged: DraftRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && canMerge(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

function canMerge(a: DraftRun, b: DraftRun): boolean {
  if (a.kind !== b.kind || a.kind === 'user' || a.kind === 'placeholder' || a.flags || b.flags) return false;
  return a.kind === 'template' || a.sources === b.sources || sameSources(a.sources, b.sources);
}

function sameSources(a: readonly CellRef[] = [], b: readonly CellRef[] = []): boolean {
  return a.length === b.length && a.every((ref, i) => ref.sheet === b[i].sheet && ref.address === b[i].address);
}
