/**
 * What the user is told, shared by every part of the core (rules, table kinds, the draft, the
 * pane and the CLI): severities, texts in both languages, the quantities a finding compares.
 * Kept out of rules/ so table kinds and indicators can import them without importing the rules.
 */
import type { Fen, MoneyUnit } from '../money/fen';

export type Severity = 'error' | 'warning' | 'info';

export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

/** A quantity a finding compares: money in fen, a percentage, a head count or a score. */
export type Quantity =
  | { readonly kind: 'money'; readonly fen: Fen }
  | { readonly kind: 'percent'; readonly value: number }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'score'; readonly value: number };

/** What the user is told: one finding, with its texts in both languages. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly string[];
  readonly subject: string;
  readonly messageId: string;
  readonly message: LocalizedText;
  readonly expected?: Quantity;
  readonly actual?: Quantity;
  /** |expected − actual|, of the same kind. */
  readonly difference?: Quantity;
}

/** The unit findings are shown in (the workbook's main unit). */
export interface OutputOptions {
  readonly unit: MoneyUnit;
}
