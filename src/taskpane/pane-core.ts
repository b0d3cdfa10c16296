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
import type { DraftOptions } from '../core/report/draft-context';
import type { Draft } from '../core/report/draft-model';

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
  /** Every table kind the core recognises (src/core/tables/), for the empty state. */
  readonly tableKinds?: readonly { readonly id: string; readonly name: LocalizedText }[];
  /** The report drafting tools, loaded when the draft is first shown (not needed for the first paint). */
  loadReport(): Promise<ReportTools>;
}

export interface ReportTools {
  /** The 绩效自评报告 drafted from a check; `edits` (paragraph id → text) are the user's own paragraphs. */
  buildDraft(result: CheckResult, options?: DraftOptions): Draft;
  /** One paragraph per line, flagged text noted, as pasted into Word or written into a sheet. */
  draftToPlainText(draft: Draft): string;
  /** The draft as a .docx file, in the official document layout (the docx library loads on first use). */
  draftToDocxBlob(draft: Draft): Promise<Blob>;
}
