import { startTransition, useEffect, useState } from 'react';
import type { IgnoredFinding } from '../../core/findings/finding-key';
import type { Draft } from '../../core/report/draft-model';
import type { PaneCheckResult, PaneCore } from '../pane-core';

export type DraftState = { readonly draft: Draft | null; readonly error: unknown };

/**
 * The draft of the check `result`, built by the check engine (off the pane's thread). A reply for an
 * older result, ignore list or edits is dropped: only the latest request's draft is shown.
 */
export function useDraft(core: PaneCore, result: PaneCheckResult, ignored: readonly IgnoredFinding[], edits: Readonly<Record<string, string>>): DraftState {
  const [state, setState] = useState<DraftState>({ draft: null, error: null });
  useEffect(() => {
    let latest = true;
    core.buildDraft(result, { ignored, edits }).then(
      // drawn as a transition, in slices: a 20,000-paragraph draft never freezes the pane
      (draft) => latest && startTransition(() => setState({ draft, error: null })),
      (error: unknown) => latest && setState((current) => ({ draft: current.draft, error })),
    );
    return () => {
      latest = false;
    };
  }, [core, result, ignored, edits]);
  return state;
}
