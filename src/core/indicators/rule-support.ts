/** What the indicator rules share: the profile in force and the indicators computed under it. */
import type { RecognizedWorkbook } from '../tables/model';
import type { RuleContext } from '../rules/types';
import { computeIndicators } from './compute';
import { selectProfile } from './profiles';
import type { IndicatorResult, ScoringProfile } from './types';

/** The rule's `profile` param when set, else the profile of the check, else the bundled default. */
export function profileOf(context: RuleContext): ScoringProfile {
  const asked = context.options.params?.profile;
  const named = typeof asked === 'string' && asked !== '' ? selectProfile(undefined, asked) : undefined;
  const profile = named ?? context.profile ?? selectProfile(undefined);
  if (!profile) throw new Error('no scoring profile');
  return profile;
}

const computed = new WeakMap<RecognizedWorkbook, Map<ScoringProfile, IndicatorResult[]>>();

/** The indicators of a workbook under a profile, computed once per check however many rules ask. */
export function indicatorsOf(workbook: RecognizedWorkbook, profile: ScoringProfile): IndicatorResult[] {
  let byProfile = computed.get(workbook);
  if (!byProfile) computed.set(workbook, (byProfile = new Map()));
  let results = byProfile.get(profile);
  if (!results) byProfile.set(profile, (results = computeIndicators(workbook, profile)));
  return results;
}
