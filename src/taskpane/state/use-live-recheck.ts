import { useEffect, useRef, useState } from 'react';
import type { WorkbookGateway } from '../../excel/gateway';
import { debounce } from '../view-model/debounce';

/** Long enough to cover a burst of typing or a paste, short enough to feel live. */
export const RECHECK_DELAY_MS = 800;

export interface LiveRecheckOptions {
  readonly enabled: boolean;
  /** Whether an edit on this sheet can change the result (it holds a recognised table). */
  readonly affects: (sheet: string) => boolean;
  readonly recheck: () => void;
}

/** Re-checks, debounced, when the user edits a sheet that matters; true while edits are watched. */
export function useLiveRecheck(gateway: WorkbookGateway, options: LiveRecheckOptions): boolean {
  const latest = useRef(options);
  latest.current = options;
  const [watching, setWatching] = useState(false);

  useEffect(() => {
    if (!options.enabled) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    let stopped = false;
    const recheck = debounce(() => latest.current.recheck(), RECHECK_DELAY_MS);
    gateway
      .watchEdits((sheet) => {
        // The gateway drops events caused by the add-in's own writes, so a re-check cannot loop.
        if (!latest.current.affects(sheet)) return;
        recheck();
      })
      .then(
        (stop) => {
          if (stopped) {
            void stop();
            return;
          }
          unsubscribe = stop;
          setWatching(true);
        },
        // Live re-check is a convenience: without it the Check button still works.
        () => undefined,
      );
    return () => {
      stopped = true;
      recheck.cancel();
      setWatching(false);
      void unsubscribe?.();
    };
  }, [gateway, options.enabled]);
  return watching;
}
