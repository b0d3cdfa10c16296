/**
 * Table kinds in words for the CLI's output: apart from cli-text.ts, because the official layouts'
 * names come from the core's kind files, and --help/--version must not load the core.
 */
import { tableKindById } from '../core/tables';
import { hasText, say, type Lang } from './cli-text';

/**
 * A table kind in words; a form by its type (`project` / `unit`) when known. Falls back to the
 * kind's general name, then to the kind itself for kinds added later.
 */
export function tableKindName(lang: Lang, kind: string, formKind?: string): string {
  for (const candidate of [formKind && `kind-${kind}-${formKind}`, `kind-${kind}`]) {
    if (candidate && hasText(candidate)) return say(lang, candidate);
  }
  // the official layouts' names come from their kind files (src/core/tables/kinds/)
  return tableKindById(kind)?.name[lang] ?? kind;
}
