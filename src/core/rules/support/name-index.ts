/**
 * Which of many names occur in a text, in time linear in the text: the names are indexed by their
 * first few characters, so a sentence is not compared with every project of a 10k-row table.
 */
const KEY_LENGTH = 4;

export interface NameIndex<T> {
  /** Every entry whose name occurs in `text`, each once, in the order the entries were given. */
  occurringIn(text: string): T[];
}

/** Indexes `entries` by `nameOf(entry)`; names shorter than {@link KEY_LENGTH} are never found. */
export function nameIndex<T>(entries: readonly T[], nameOf: (entry: T) => string): NameIndex<T> {
  const byKey = new Map<string, { entry: T; name: string; order: number }[]>();
  entries.forEach((entry, order) => {
    const name = nameOf(entry);
    if (name.length < KEY_LENGTH) return;
    const key = name.slice(0, KEY_LENGTH);
    const bucket = byKey.get(key);
    if (bucket) bucket.push({ entry, name, order });
    else byKey.set(key, [{ entry, name, order }]);
  });
  return {
    occurringIn(text) {
      const found = new Map<number, T>();
      for (let at = 0; at + KEY_LENGTH <= text.length; at++) {
        for (const candidate of byKey.get(text.slice(at, at + KEY_LENGTH)) ?? []) {
          if (!found.has(candidate.order) && text.startsWith(candidate.name, at)) found.set(candidate.order, candidate.entry);
        }
      }
      return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
    },
  };
}
