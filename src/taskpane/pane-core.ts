/**
 * What the pane needs from the core, passed in as a prop so the pane never imports rules directly
 * and tests can hand it anything that keeps this contract.
 */
import type { CheckOptions, CheckResult } from '../core/check-api';
import type { findingKey } from '../core/findings/finding-key';
import type { Rulebook } from '../core/rulebook/rulebook-types';
import type { LocalizedText } from '../core/rules/types';
import type { TemplateSheet } from '../core/template/template-sheets';
import type { Workbook } from '../core/grid/types';

export type RulebookParse = { readonly rulebook: Rulebook } | { readonly problems: readonly LocalizedText[] };

export interface PaneCore {
  checkWorkbook(workbook: Workbook, options?: CheckOptions): CheckResult;
  findingKey: typeof findingKey;
  /** The one-sentence description of a rule, by id (undefined for an unknown id). */
  describeRule(ruleId: string): LocalizedText | undefined;
  /** Validates a rulebook's JSON text: the rulebook, or every problem with it in both languages. */
  parseRulebook(json: string): RulebookParse;
  /** The bundled rulebook's name, shown before the first check. */
  readonly bundledRulebook: Pick<Rulebook, 'id' | 'version' | 'name'>;
  readonly templateSheets: readonly TemplateSheet[];
}
