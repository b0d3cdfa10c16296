/**
 * The core's public contract, used by the CLI and the add-in alike:
 * grid in → recognised tables → findings (→ draft, in report/).
 * Implemented in check-workbook.ts.
 */
import type { CellRange } from './grid/types';
import type { IndicatorResult } from './indicators/types';
import type { MoneyUnit } from './money/fen';
import type { RecognizedWorkbook } from './tables/model';
import type { Finding, LocalizedText, Severity } from './rules/types';
import type { Rulebook } from './rulebook/rulebook-types';

export interface CheckOptions {
  /** Rounding tolerance in 万元 (default: the rulebook's, else 0.005). */
  readonly toleranceWan?: number;
  /** The rulebook in force (default: the bundled one). */
  readonly rulebook?: Rulebook;
  /** The indicators' scoring profile (default: the rulebook's `indicatorProfile`, else `national`). */
  readonly profile?: string;
}

export interface TableSummary {
  readonly kind: string;
  readonly sheet: string;
  /** A1 range, e.g. `A3:I12`. */
  readonly range: string;
  readonly cellRange: CellRange;
  /** Data rows checked (projects, sub-items and totals, or labelled values). */
  readonly rows: number;
}

export interface CheckResult {
  /** The workbook's main unit: findings' money amounts are shown in it. */
  readonly unit: MoneyUnit;
  readonly tables: readonly TableSummary[];
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly recognized: RecognizedWorkbook;
  /** Rulebook id and version in force. */
  readonly rulebook: { readonly id: string; readonly version: string };
  /** The common indicators of the selected profile, computed exactly, with the cells read. */
  readonly indicators: readonly IndicatorResult[];
  /** The scoring profile in force. */
  readonly profile: { readonly id: string; readonly name: LocalizedText };
  /** The rounding tolerance the figures were compared with, in 万元 (summaries show it when not the default). */
  readonly toleranceWan?: number;
}
