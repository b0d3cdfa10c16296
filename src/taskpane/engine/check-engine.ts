/**
 * The check and the draft as the pane runs them: the same core as the CLI, run in a Web Worker
 * (check-worker.ts) or, on a host without workers, on the pane's thread (engine-client.ts).
 * The full CheckResult (recognised tables with their column stores) stays here; the pane receives
 * only what it shows, and asks for the draft by the result's handle.
 */
import type { CheckOptions, CheckResult, TableSummary } from '../../core/check-api';
import { checkWorkbook } from '../../core/check-workbook';
import type { Workbook } from '../../core/grid/types';
import type { MoneyUnit } from '../../core/money/fen';
import { buildDraft } from '../../core/report/build-draft';
import type { DraftOptions } from '../../core/report/draft-context';
import type { Draft } from '../../core/report/draft-model';
import type { Finding, Severity } from '../../core/rules/types';

/** What the pane shows of a check: plain data, cheap to pass between threads. */
export interface PaneCheckResult {
  /** Names the check inside the engine, for the draft of exactly this result. */
  readonly handle: number;
  readonly unit: MoneyUnit;
  readonly tables: readonly TableSummary[];
  readonly findings: readonly Finding[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly rulebook: { readonly id: string; readonly version: string };
  readonly indicators: CheckResult['indicators'];
  readonly profile: CheckResult['profile'];
  readonly toleranceWan?: CheckResult['toleranceWan'];
}

export interface CheckEngine {
  check(workbook: Workbook, options: CheckOptions): PaneCheckResult;
  /** The draft of the check `handle` names; a newer check replaces an older one. */
  draft(handle: number, options: DraftOptions): Draft;
}

export function createCheckEngine(): CheckEngine {
  let last: { readonly handle: number; readonly result: CheckResult } | null = null;
  let handles = 0;
  return {
    check(workbook, options) {
      const result = checkWorkbook(workbook, options);
      last = { handle: ++handles, result };
      const { unit, tables, findings, counts, rulebook, indicators, profile, toleranceWan } = result;
      return { handle: last.handle, unit, tables, findings, counts, rulebook, indicators, profile, toleranceWan };
    },
    draft(handle, options) {
      if (!last || last.handle !== handle) throw new Error(`The check ${handle} has been replaced by a newer one`);
      return buildDraft(last.result, options);
    },
  };
}
