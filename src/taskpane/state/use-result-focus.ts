import { useCallback, useEffect, useRef } from 'react';
import type { CheckPhase } from './use-check';

/**
 * Keeps keyboard focus on something visible: a Check button disabled while it runs would drop
 * focus to <body>, and so would an ignored card that disappears. Focus moves to the results heading
 * after a check the user asked for (not after a live re-check) and after an ignore or an undo.
 */
export function useResultFocus(phase: CheckPhase) {
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const focusWhenDone = useRef(false);
  const results = useCallback(() => {
    // After React has drawn the change (the card gone, the list re-drawn).
    requestAnimationFrame(() => headingRef.current?.focus());
  }, []);
  useEffect(() => {
    if (phase !== 'done' && phase !== 'idle') return;
    if (!focusWhenDone.current) return;
    focusWhenDone.current = false;
    // The findings panel loads on demand: wait for its heading to exist.
    let tries = 0;
    const attempt = () => {
      if (headingRef.current) headingRef.current.focus();
      else if (tries++ < 50) setTimeout(attempt, 50);
    };
    attempt();
  }, [phase]);
  const afterCheck = useCallback(() => {
    focusWhenDone.current = true;
  }, []);
  return { headingRef, results, afterCheck };
}
