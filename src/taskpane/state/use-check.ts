import { startTransition, useCallback, useRef, useState } from 'react';
import type { ReadProgress, WorkbookGateway, WorkbookSettings } from '../../excel/gateway';
import type { PaneCheckResult, PaneCore } from '../pane-core';
import type { RulebookChoice, RulebookInForce, RulebookProblem } from '../view-model/rulebook-choice';

export type CheckPhase = 'idle' | 'reading' | 'checking' | 'done';

export interface CheckState {
  readonly phase: CheckPhase;
  readonly progress: ReadProgress | null;
  readonly result: PaneCheckResult | null;
  readonly checkedAt: Date | null;
  readonly error: unknown;
  /** The rules the last check ran with: name, id, version, where from. */
  readonly rulebookInForce?: RulebookInForce;
  readonly rulebookProblem?: RulebookProblem;
}

const INITIAL: CheckState = { phase: 'idle', progress: null, result: null, checkedAt: null, error: null };

/**
 * Read → recognise → check. A check asked for while one runs (a live edit during a check) runs once
 * more right after, so the result always reflects the latest edit.
 */
export function useCheck(
  gateway: WorkbookGateway,
  core: PaneCore,
  settings: () => WorkbookSettings,
  chooseRulebook: (settings: WorkbookSettings) => Promise<RulebookChoice>,
) {
  const [state, setState] = useState<CheckState>(INITIAL);
  const running = useRef(false);
  const again = useRef(false);

  const run = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        setState((s) => ({ ...s, phase: 'reading', progress: null, error: null }));
        try {
          const workbook = await gateway.readSnapshot((progress) => setState((s) => ({ ...s, progress })));
          // Marks for the bench (test/bench/sections/pane-browser.ts): where a check's time goes.
          performance.mark('budget-check:read');
          setState((s) => ({ ...s, phase: 'checking', progress: null }));
          const current = settings();
          const choice = await chooseRulebook(current);
          // In the check worker: the pane stays responsive (and the progress moves) while the rules run.
          // a profile chosen in the 指标 tab that the rulebook in force does not know (the workbook moved to
          // another rulebook) gives way to the rulebook's own, rather than failing the check
          const profile = core.indicatorProfiles(choice.rulebook).some((known) => known.id === current.indicatorProfile) ? current.indicatorProfile : undefined;
          const result = await core.checkWorkbook(workbook, { toleranceWan: current.toleranceWan, rulebook: choice.rulebook, profile });
          performance.mark('budget-check:checked');
          // A transition: React draws 10,000 findings (grouping, the list's first screen) in slices
          // between which the pane answers input, rather than in one long task.
          startTransition(() =>
            setState({
              phase: 'done',
              progress: null,
              result,
              checkedAt: new Date(),
              error: null,
              rulebookInForce: choice.inForce,
              rulebookProblem: choice.problem,
            }),
          );
        } catch (error) {
          setState((s) => ({ ...s, phase: s.result ? 'done' : 'idle', progress: null, error }));
        }
      } while (again.current);
    } finally {
      running.current = false;
    }
  }, [gateway, core, settings, chooseRulebook]);

  const busy = state.phase === 'reading' || state.phase === 'checking';
  return { ...state, busy, run };
}
