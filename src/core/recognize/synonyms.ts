/**
 * Matching labels to canonical fields. The words themselves are data of each table kind (its file
 * in tables/kinds/ declares them, in the normalised form normalizeLabel produces: no spaces,
 * brackets, units or colons). Matching is exact, after one retry without a trailing 金额/数/额, so
 * `实际支出数` finds 实际支出 but a sentence never matches.
 */
import type { ProjectField, SummaryField, UnitInfoField } from './model';
import { normalizeLabel } from './normalize-label';

export type SynonymIndex<F extends string> = ReadonlyMap<string, F>;

/** Builds the normalised-word → field map; a word listed twice keeps its first field. */
export function synonymIndex<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>): SynonymIndex<F> {
  const index = new Map<string, F>();
  for (const field of Object.keys(synonyms) as F[]) {
    for (const word of synonyms[field]) {
      const key = normalizeLabel(word);
      if (!index.has(key)) index.set(key, field);
    }
  }
  return index;
}

/** The field an already normalised label names, or null. */
export function matchField<F extends string>(index: SynonymIndex<F>, label: string): F | null {
  if (label === '') return null;
  const exact = index.get(label);
  if (exact !== undefined) return exact;
  const shorter = label.replace(/(?:金额|数|额)$/, '');
  return shorter !== label && shorter !== '' ? (index.get(shorter) ?? null) : null;
}

/**
 * The label indexes of the seed's kinds (project table, summary, unit info), built from the
 * synonyms their kind files declare (tables/support/seed-labels.ts) and handed to recognition,
 * which must not import the kinds.
 */
export interface SeedLabels {
  readonly projects: SynonymIndex<ProjectField>;
  readonly summary: SynonymIndex<SummaryField>;
  readonly unitInfo: SynonymIndex<UnitInfoField>;
}
