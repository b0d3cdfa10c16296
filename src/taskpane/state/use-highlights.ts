import { useCallback, useRef, useState } from 'react';
import type { Finding } from '../../core/rules/types';
import type { HighlightOutcome, WorkbookGateway } from '../../excel/gateway';
import type { PaneStrings } from '../i18n/strings';
import { describeError } from '../view-model/describe-error';
import type { NoticeBoard } from './use-notices';

function outcomeText(outcome: HighlightOutcome) {
  return (s: PaneStrings) => {
    const done = s.highlighted(outcome.rowsHighlighted);
    if (outcome.skippedSheets.length === 0) return done;
    return `${done} ${s.protectedSheets(outcome.skippedSheets.join(s.listSeparator))}`;
  };
}

/**
 * Highlights on or off. Writes run one after another, each with the latest findings, so quick
 * clicks (ignore, undo, re-check) can never leave an older set of highlights behind.
 */
export function useHighlights(gateway: WorkbookGateway, board: NoticeBoard) {
  // Only `show` (stable): the board itself changes with every notice, and `apply` must not, or the
  // effect that re-applies highlights when findings change would run again after each notice.
  const { show } = board;
  const [on, setOn] = useState(false);
  // Highlights of an earlier session may be in the workbook until a clear finds none.
  const [mayHaveHighlights, setMayHaveHighlights] = useState(true);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const enqueue = useCallback(
    (write: () => Promise<void>) => {
      queue.current = queue.current.then(() =>
        write().catch((error: unknown) => {
          show('highlight', { intent: 'error', text: (s) => describeError(error, s) });
        }),
      );
      return queue.current;
    },
    [show],
  );

  /** Turns highlighting on; the pane then calls `apply` with the findings to mark. */
  const enable = useCallback(() => setOn(true), []);

  /** Marks the rows of the findings `findings()` returns when the write runs (replacing earlier highlights). */
  const apply = useCallback(
    (findings: () => readonly Finding[]) =>
      enqueue(async () => {
        try {
          const outcome = await gateway.highlight(findings());
          if (outcome.rowsHighlighted > 0) setMayHaveHighlights(true);
          show('highlight', { intent: outcome.skippedSheets.length > 0 ? 'warning' : 'success', text: outcomeText(outcome) });
        } catch (error) {
          setOn(false);
          throw error;
        }
      }),
    [gateway, enqueue, show],
  );

  const clear = useCallback(() => {
    setOn(false);
    return enqueue(async () => {
      const { removed } = await gateway.clearHighlights();
      setMayHaveHighlights(false);
      show('highlight', removed ? { intent: 'success', text: (s) => s.highlightsCleared } : { intent: 'info', text: (s) => s.nothingToClear });
    });
  }, [gateway, enqueue, show]);

  return { on, enable, apply, clear, canClear: on || mayHaveHighlights };
}
