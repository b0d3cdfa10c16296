import { useCallback, useMemo, useState } from 'react';
import type { PaneStrings } from '../i18n/strings';

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

/** A message bar; its text is made from the strings in force so it follows a language switch. */
export interface Notice {
  readonly intent: NoticeIntent;
  readonly text: (strings: PaneStrings) => string;
}

/** Notices by topic ('highlight', 'settings'…): a new notice on a topic replaces the old one. */
export function useNotices() {
  const [notices, setNotices] = useState<ReadonlyMap<string, Notice>>(new Map());
  const show = useCallback((topic: string, notice: Notice) => {
    setNotices((current) => new Map(current).set(topic, notice));
  }, []);
  const dismiss = useCallback((topic: string) => {
    setNotices((current) => {
      if (!current.has(topic)) return current;
      const next = new Map(current);
      next.delete(topic);
      return next;
    });
  }, []);
  return useMemo(() => ({ notices, show, dismiss }), [notices, show, dismiss]);
}

export type NoticeBoard = ReturnType<typeof useNotices>;
