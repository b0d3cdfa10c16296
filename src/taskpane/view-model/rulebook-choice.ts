import type { Rulebook } from '../../core/rulebook/rulebook-types';
import type { LocalizedText } from '../../core/rules/types';
import type { WorkbookSettings } from '../../excel/gateway';
import type { RulebookParse } from '../pane-core';

export type RulebookSource = 'bundled' | 'workbook' | 'url';

export function rulebookSource(settings: WorkbookSettings): RulebookSource {
  const source = settings.rulebookSource ?? 'bundled';
  if (source === 'bundled' || source === 'workbook') return source;
  return /^https:\/\//i.test(source) ? 'url' : 'bundled';
}

export type RulebookProblem = { readonly kind: 'missing' } | { readonly kind: 'invalid'; readonly problems: readonly LocalizedText[] };

export interface RulebookChoice {
  /** The rulebook to pass to the check; undefined means the bundled one. */
  readonly rulebook?: Rulebook;
  /** Why the chosen rulebook could not be used (the bundled one is used instead). */
  readonly problem?: RulebookProblem;
}

/** The rulebook the settings ask for; a missing or broken one falls back to the bundled rules, saying why. */
export function chooseRulebook(settings: WorkbookSettings, parse: (json: string) => RulebookParse): RulebookChoice {
  if (rulebookSource(settings) !== 'workbook') return {};
  if (!settings.rulebookJson) return { problem: { kind: 'missing' } };
  const parsed = parse(settings.rulebookJson);
  return 'rulebook' in parsed ? { rulebook: parsed.rulebook } : { problem: { kind: 'invalid', problems: parsed.problems } };
}
