/** The bundled rulebook, validated like any other so a slip in it fails the tests, not a user. */
import bundled from './default-rulebook.json';
import { loadRulebook } from './load-rulebook';
import type { Rulebook } from './rulebook-types';

export const DEFAULT_RULEBOOK: Rulebook = loadRulebook(bundled);
