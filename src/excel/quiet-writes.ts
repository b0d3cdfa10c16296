/**
 * Our own writes must not look like user edits (live re-check would loop). Where the host allows
 * (ExcelApi 1.8) change events are switched off for the add-in during the write, and the guard
 * only covers the write itself, so a user's edit right after it is seen. Older hosts raise our
 * events late: there the guard also keeps a quiet period after the write.
 */
import type { Capabilities } from './excel-host';
import type { OwnWriteGuard } from './own-writes';

export interface QuietWrite {
  /** Switches events back on (one sync); on hosts without that switch, starts the guard's quiet period. */
  end(): Promise<void>;
}

/** Queues "events off" with the caller's next sync; marks the sheets as being written. */
export function beginQuietWrite(context: Excel.RequestContext, capabilities: Capabilities, guard: OwnWriteGuard, sheetIds: Iterable<string>): QuietWrite {
  const release = guard.begin(sheetIds, { quietAfter: !capabilities.enableEvents });
  if (capabilities.enableEvents) context.runtime.enableEvents = false;
  return {
    async end() {
      try {
        if (capabilities.enableEvents) {
          context.runtime.enableEvents = true;
          await context.sync();
        }
      } finally {
        release();
      }
    },
  };
}
