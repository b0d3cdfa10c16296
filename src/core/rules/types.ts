/**
 * Rules work like ESLint rules: each file exports one `Rule` — its `meta` (id, severity, texts in
 * zh and en) and one pure `check` that reads the recognised workbook and returns what it found.
 * The runner (check-workbook.ts) turns those reports into `Finding`s with final texts.
 */
import type { LocalizedText, Quantity, Severity } from '../findings/finding-types';
import type { Fen, MoneyUnit } from '../money/fen';
import type { ScoringProfile } from '../indicators/types';
import type { RecognizedWorkbook } from '../tables/model';

export type { Finding, LocalizedText, OutputOptions, Quantity, Severity } from '../findings/finding-types';

export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  /** One sentence a finance officer understands: what the rule checks. */
  readonly description: LocalizedText;
  /** The formula as written in the default rulebook (documentation and the rulebook's default). */
  readonly formula?: string;
  /** Message templates by id; `{name}` placeholders are filled from a report's `data`. */
  readonly messages: Readonly<Record<string, LocalizedText>>;
  /** Where the rule's formula applies, for rules whose formula a rulebook may replace. */
  readonly formulaScope?: FormulaScope;
  /** The rulebook params the rule reads, with their defaults (documentation and validation). */
  readonly params?: Readonly<Record<string, RuleParam>>;
  /** A worked example for docs/rules.md; test/docs checks the rule really reports it. */
  readonly example?: RuleExample;
}

/**
 * One of the bundled example workbooks, with a few cells changed (or none), and a finding the rule
 * then reports, word for word — so the documentation shows what a user will really read.
 */
export interface RuleExample {
  /** e.g. `examples/shifeng-grid-2023.xlsx`. */
  readonly workbook: string;
  /** Cells changed before the check; none means the workbook as bundled. */
  readonly changes?: readonly CellChange[];
  /** The figures, in words. */
  readonly given: LocalizedText;
  readonly messageId: string;
  /** The finding's message, exactly as the rule writes it. */
  readonly message: LocalizedText;
  /** The indicators' scoring profile the example is checked under (default: the rulebook's). */
  readonly profile?: string;
}

export interface CellChange {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  /** The new value (a constant: any formula in the cell is removed), or the cached result of `formula` (null: the file holds none). */
  readonly value: string | number | null;
  /** A formula written into the cell, with its `=` (e.g. to make a circular reference). */
  readonly formula?: string;
}

/**
 * Where a formula is checked and the fields it may name: a scope of the kind registry
 * (tables/scopes.ts) — `project-row`, `summary`, `unit-info`, or an official kind's id.
 */
export type FormulaScope = string;

export interface RuleParam {
  readonly default: number | string | boolean;
  readonly description: LocalizedText;
  /** Bounds a rulebook's value must keep (numbers), checked when the rulebook is loaded. */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** The text is a regular expression: compiled at load, run under RE2 (rulebook/safe-regex.ts). */
  readonly regex?: boolean;
}

/** What a rule's check returns for one problem. */
export interface RuleReport {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly sheet: string;
  /** The row to highlight. */
  readonly row: number;
  /** A1 addresses of the cells read, the first being the one to select. */
  readonly cells: readonly string[];
  /** Project name or label the finding is about. */
  readonly subject: string;
  readonly expected?: Quantity;
  readonly actual?: Quantity;
  /** Overrides the rule's severity for this report (e.g. sub-items: less is info, more is error). */
  readonly severity?: Severity;
}

/** Settings a check runs with. */
export interface CheckSettings {
  /** Largest difference that is rounding, in fen (default 0.005 万元 = 5,000 fen). */
  readonly toleranceFen: Fen;
  /** The unit figures in messages are written in (the workbook's main unit; default 万元). */
  readonly outputUnit?: MoneyUnit;
}

/** Per-rule options from the rulebook. */
export interface RuleOptions {
  readonly severity?: Severity;
  readonly enabled?: boolean;
  /** The formula in force (the rulebook's, else meta.formula). */
  readonly formula?: string;
  /** Thresholds and steps, e.g. `{ "minExecutionRate": 0.9 }`. */
  readonly params?: Readonly<Record<string, number | string | boolean>>;
}

export interface RuleContext {
  readonly workbook: RecognizedWorkbook;
  readonly settings: CheckSettings;
  readonly options: RuleOptions;
  /** The indicators' scoring profile in force (the bundled default when not given). */
  readonly profile?: ScoringProfile;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): readonly RuleReport[];
}
