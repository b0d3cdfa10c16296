/**
 * What the pane needs from the core, passed in as a prop so the pane never imports rules directly
 * and tests can hand it anything that keeps this contract.
 */
import type { CheckOptions } from '../core/check-api';
import type { findingKey } from '../core/findings/finding-key';
import type { IndicatorResult, ScoringProfile } from '../core/indicators/types';
import type { Rulebook } from '../core/rulebook/rulebook-types';
import type { LocalizedText } from '../core/rules/types';
import type { TemplateSheet } from '../core/template/template-sheets';
import type { Workbook } from '../core/grid/types';
import type { DraftOptions } from '../core/report/draft-context';
import type { Draft } from '../core/report/draft-model';
import type { PaneCheckResult } from './engine/check-engine';

export type { PaneCheckResult };

export type RulebookParse = { readonly rulebook: Rulebook } | { readonly problems: readonly LocalizedText[] };

export interface PaneCore {
  /** Runs off the pane's thread where the host allows (engine/engine-client.ts). */
  checkWorkbook(workbook: Workbook, options: CheckOptions): Promise<PaneCheckResult>;
  /** The 绩效自评报告 drafted from the check `result`; `edits` (paragraph id → text) are the user's own paragraphs. */
  buildDraft(result: PaneCheckResult, options: DraftOptions): Promise<Draft>;
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
  /** Starts the check engine (its worker) ahead of the first check, when the pane is idle. */
  warmUp?(): void;
  /** The draft's exports, loaded when the draft is first shown (not needed for the first paint). */
  loadReport(): Promise<ReportTools>;
  /** The scoring profiles of the common indicators: the bundled ones and the rulebook's (the 指标 tab offers them). */
  indicatorProfiles(rulebook?: Rulebook): readonly Pick<ScoringProfile, 'id' | 'name'>[];
  /** The indicator table as text rows, for a new sheet. */
  indicatorTableRows(indicators: readonly IndicatorResult[], profile: Pick<ScoringProfile, 'id' | 'name'>, language: 'zh' | 'en'): string[][];
}

export interface ReportTools {
  /** One paragraph per line, flagged text noted, as pasted into Word or written into a sheet. */
  draftToPlainText(draft: Draft): string;
  /** The draft as a .docx file, in the official document layout (the docx library loads on first use). */
  draftToDocxBlob(draft: Draft): Promise<Blob>;
}
