/**
 * The drafted 部门整体支出绩效自评报告 as data: sections of paragraphs, each paragraph a list of runs
 * that say where their text came from, so the pane can show what was computed and what is the
 * unit's own, and exporters can style placeholders and flagged text.
 */
import type { LocalizedText } from '../rules/types';

/**
 * Where a run's text came from:
 * - `computed`: a sentence built from the workbook's figures (amounts, counts, names in tables);
 * - `user`: the unit's own text (duties, achievements, problems, measures, purposes, ignore reasons);
 * - `placeholder`: text that is missing, shown as a visible 【请填写：…】, never an invented sentence;
 * - `template`: fixed wording of the template that carries no figure (e.g. `项目实施及绩效情况如下：`).
 */
export type RunKind = 'computed' | 'user' | 'placeholder' | 'template';

/** A cell a run was read from. */
export interface CellRef {
  readonly sheet: string;
  /** A1 address, e.g. `H5`. */
  readonly address: string;
}

/**
 * An open finding (error or warning) about a run: the cell a user text came from (e.g. a place name
 * of another district), or the cell a stated figure was read or computed from.
 */
export interface RunFlag {
  readonly rule: string;
  readonly messageId: string;
  readonly message: LocalizedText;
  /** The number of the finding in the draft's 核对提示 list (`Draft.checkNotes`). */
  readonly note?: number;
  /** The figure as the finding says it should be, written as the report writes it (e.g. `3.8`). */
  readonly corrected?: string;
}

/**
 * One open finding in the 核对提示 list, kept apart from the report's body: the pane lists them, the
 * Markdown and text exports append them, the .docx carries them as comments on the sentence.
 */
export interface CheckNote {
  /** 1-based, in the findings' reading order; flags point at it by `note`. */
  readonly number: number;
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  /** The finding's message with where to look, e.g. `…（见工作表“项目支出”H4单元格）`. */
  readonly text: LocalizedText;
  readonly sheet: string;
  readonly cells: readonly string[];
  /** The corrected figure, when the finding has an expected value. */
  readonly corrected?: string;
  /** Ids of the paragraphs with a run flagged by this finding; empty when no sentence states it. */
  readonly paragraphs: readonly string[];
  /** Present when the user ignored the finding: it flags nothing in the body and is listed as 已忽略. */
  readonly ignored?: { readonly reason: string };
}

export interface DraftRun {
  readonly kind: RunKind;
  readonly text: string;
  /** computed: every cell the sentence's figures came from; user: the cell the text came from. */
  readonly sources?: readonly CellRef[];
  /** placeholder (and user): the field the text is (or should be) about, e.g. `工作成效`. */
  readonly field?: string;
  /** Findings about this text; the text itself is never rewritten. */
  readonly flags?: readonly RunFlag[];
}

/** Paragraph styles, following GB/T 9704 levels: 一、 / （一） / body. */
export type ParagraphStyle = 'title' | 'heading1' | 'heading2' | 'body';

export interface DraftParagraph {
  /** Stable across regenerations (built from section and project names), used to keep edits. */
  readonly id: string;
  readonly style: ParagraphStyle;
  readonly runs: readonly DraftRun[];
  /** True when the text was typed over in the pane (then it is one `user` run). */
  readonly edited?: boolean;
}

export type SectionId = 'unit' | 'budget' | 'performance' | 'problems' | 'other';

export interface DraftSection {
  readonly id: SectionId;
  /** The heading paragraph followed by the section's paragraphs, in reading order. */
  readonly paragraphs: readonly DraftParagraph[];
}

export interface Draft {
  readonly title: DraftParagraph;
  readonly sections: readonly DraftSection[];
  /** Labels exporters need (footnote heading, …), from the template in force. */
  readonly labels: DraftLabels;
  /** Every open finding, outside the body (核对提示); absent in a draft made without a check. */
  readonly checkNotes?: readonly CheckNote[];
}

export interface DraftLabels {
  /** Heading of the notes that list flagged text in md/txt exports, e.g. `核对提示`. */
  readonly flagNotes: string;
}

export function paragraphText(paragraph: DraftParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Title first, then every section's paragraphs in reading order. */
export function draftParagraphs(draft: Draft): readonly DraftParagraph[] {
  return [draft.title, ...draft.sections.flatMap((section) => section.paragraphs)];
}

/** The placeholders still to fill in (the pane and the CLI report how many are left). */
export function draftPlaceholders(draft: Draft): readonly DraftRun[] {
  return draftParagraphs(draft).flatMap((paragraph) => paragraph.runs.filter((run) => run.kind === 'placeholder'));
}

/** Runs flagged by a finding (e.g. a place-name slip in the unit's text). */
export function draftFlaggedRuns(draft: Draft): readonly DraftRun[] {
  return draftParagraphs(draft).flatMap((paragraph) => paragraph.runs.filter((run) => (run.flags?.length ?? 0) > 0));
}
