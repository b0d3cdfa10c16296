import { useEffect, useRef } from 'react';
import type { Finding } from '../../core/rules/types';
import type { useHighlights } from './use-highlights';

/** Re-highlights whenever the open findings change while highlighting is on (a check, an ignore, an undo). */
export function useSyncedHighlights(highlights: ReturnType<typeof useHighlights>, targets: readonly Finding[]) {
  const latest = useRef(targets);
  latest.current = targets;
  const signature = targets.map((finding) => `${finding.sheet}!${finding.row}:${finding.severity}`).join('\n');
  const { on, apply } = highlights;
  useEffect(() => {
    if (on) void apply(() => latest.current);
  }, [on, apply, signature]);
}
