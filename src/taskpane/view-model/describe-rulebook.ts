/** The words for the rules in force and for a rulebook that cannot be used. */
import { localized } from '../i18n/language';
import type { Language, PaneStrings } from '../i18n/strings';
import type { OrganisationRulebookFailure } from './organisation-rulebook';
import type { RulebookInForce, RulebookProblem } from './rulebook-choice';

export function describeRulebookInForce(rulebook: RulebookInForce, strings: PaneStrings, language: Language): string {
  return strings.rulebookInForce(localized(rulebook.name, language), rulebook.id, rulebook.version, strings.rulebookSources[rulebook.source]);
}

/** What is wrong with the organisation rulebook: the server's answer, no answer, or every problem in it. */
export function describeOrganisationFailure(failure: OrganisationRulebookFailure, strings: PaneStrings, language: Language): string {
  switch (failure.kind) {
    case 'http-status':
      return strings.organisationHttpStatus(failure.status);
    case 'unreachable':
      return failure.detail === 'timeout' ? strings.organisationTimeout : strings.organisationUnreachable(failure.detail);
    case 'invalid':
      return failure.problems.map((problem) => localized(problem, language)).join(strings.listSeparator);
  }
}

/** Why the chosen rules were not used, ending with what was used instead. */
export function describeRulebookProblem(problem: RulebookProblem, strings: PaneStrings, language: Language): string {
  switch (problem.kind) {
    case 'missing':
      return strings.rulebookWorkbookMissing;
    case 'invalid':
      return strings.rulebookFallback(problem.problems.map((text) => localized(text, language)).join(strings.listSeparator));
    case 'organisation':
      return strings.rulebookOrganisationFallback(problem.failure.url, describeOrganisationFailure(problem.failure, strings, language));
  }
}
