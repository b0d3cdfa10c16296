import type { Rulebook } from '../../core/rulebook/rulebook-types';
import type { LocalizedText } from '../../core/rules/types';
import type { WorkbookSettings } from '../../excel/gateway';
import type { RulebookParse } from '../pane-core';
import type { OrganisationRulebookFailure, OrganisationRulebookLoad } from './organisation-rulebook';

/**
 * Where the rules come from: built into the add-in, stored in the workbook, or hosted by the
 * organisation beside the add-in. A workbook may only pick one of these by name: it can never
 * point the pane at an address of its own choosing (an old `https://…` value counts as no choice).
 */
export type RulebookSource = 'bundled' | 'workbook' | 'organisation';

export function rulebookSource(settings: WorkbookSettings, defaultSource: RulebookSource = 'bundled'): RulebookSource {
  const source = settings.rulebookSource;
  return source === 'bundled' || source === 'workbook' || source === 'organisation' ? source : defaultSource;
}

/** Why the chosen rulebook could not be used (the bundled one is used instead). */
export type RulebookProblem =
  | { readonly kind: 'missing' }
  | { readonly kind: 'invalid'; readonly problems: readonly LocalizedText[] }
  | { readonly kind: 'organisation'; readonly failure: OrganisationRulebookFailure };

/** What the pane shows as the rules in force. */
export interface RulebookInForce {
  readonly source: RulebookSource;
  readonly id: string;
  readonly version: string;
  readonly name: LocalizedText;
  /** Where an organisation rulebook was fetched from. */
  readonly url?: string;
}

export interface RulebookChoice {
  /** The rulebook to pass to the check; undefined means the bundled one. */
  readonly rulebook?: Rulebook;
  readonly inForce: RulebookInForce;
  /** Why the chosen rulebook could not be used. */
  readonly problem?: RulebookProblem;
}

export interface RulebookSources {
  readonly parse: (json: string) => RulebookParse;
  readonly bundled: Pick<Rulebook, 'id' | 'version' | 'name'>;
  /** The source of a workbook that chose none: the organisation's when the build was given one. */
  readonly defaultSource: RulebookSource;
  readonly loadOrganisation: () => Promise<OrganisationRulebookLoad>;
}

/** The rulebook stored in the workbook, or why it cannot be used. */
export function workbookRulebook(settings: WorkbookSettings, parse: (json: string) => RulebookParse): { rulebook: Rulebook } | { problem: RulebookProblem } {
  if (!settings.rulebookJson) return { problem: { kind: 'missing' } };
  const parsed = parse(settings.rulebookJson);
  return 'rulebook' in parsed ? { rulebook: parsed.rulebook } : { problem: { kind: 'invalid', problems: parsed.problems } };
}

function inForce(rulebook: Pick<Rulebook, 'id' | 'version' | 'name'>, source: RulebookSource, url?: string): RulebookInForce {
  return { source, id: rulebook.id, version: rulebook.version, name: rulebook.name, ...(url ? { url } : {}) };
}

/** The rulebook the settings ask for; a missing or broken one falls back to the bundled rules, saying why. */
export async function chooseRulebook(settings: WorkbookSettings, sources: RulebookSources): Promise<RulebookChoice> {
  const bundled: RulebookChoice = { inForce: inForce(sources.bundled, 'bundled') };
  switch (rulebookSource(settings, sources.defaultSource)) {
    case 'bundled':
      return bundled;
    case 'workbook': {
      const stored = workbookRulebook(settings, sources.parse);
      return 'rulebook' in stored ? { rulebook: stored.rulebook, inForce: inForce(stored.rulebook, 'workbook') } : { ...bundled, problem: stored.problem };
    }
    case 'organisation': {
      const load = await sources.loadOrganisation();
      if (load.kind === 'loaded') return { rulebook: load.rulebook, inForce: inForce(load.rulebook, 'organisation', load.url) };
      return { ...bundled, problem: { kind: 'organisation', failure: load } };
    }
  }
}
