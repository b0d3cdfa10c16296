/**
 * A rulebook is data a finance bureau can replace or extend without a new build: which rules run,
 * their severities, formulas, thresholds, and extra formula rules of its own.
 */
import type { ScoringProfile } from '../indicators/types';
import type { LocalizedText, RuleOptions, Severity } from '../rules/types';

/** A rule the rulebook adds: a formula over the fields of one table kind. */
export interface CustomFormulaRule {
  readonly id: string;
  readonly severity: Severity;
  /**
   * Where the formula applies: each project row (`project-row`), the summary, the unit info, or the
   * tables of an official kind by its id (`budget-summary`, `final-accounts`…) — the scopes of the
   * kind registry (tables/scopes.ts).
   */
  readonly scope: string;
  /** e.g. `实际支出 <= 全年预算数`; names are the canonical field names of the scope's kind. */
  readonly formula: string;
  readonly description: LocalizedText;
  /**
   * Shown when the formula does not hold; `{expected}`, `{actual}`, `{difference}` are filled in,
   * and `{left}` / `{right}` (each side's value), `{subject}` (the project or label), `{unit}`.
   * A side that is a single field is the actual value; otherwise the left side is the expected one.
   */
  readonly message: LocalizedText;
}

export interface Rulebook {
  readonly id: string;
  readonly version: string;
  readonly name: LocalizedText;
  /** Rounding tolerance in 万元. */
  readonly tolerance: number;
  /** Options per built-in rule id; a rule not listed runs with its defaults. */
  readonly rules: Readonly<Record<string, RuleOptions>>;
  readonly custom?: readonly CustomFormulaRule[];
  /** Scoring profiles of the common indicators (a rulebook without any uses the bundled ones). */
  readonly profiles?: readonly ScoringProfile[];
  /** The profile in force (default `national`). */
  readonly indicatorProfile?: string;
}
