import { useEffect, useState } from 'react';
import type { PaneCore, ReportTools } from '../pane-core';

export type ReportToolsState = { readonly tools: ReportTools; readonly error?: undefined } | { readonly tools: null; readonly error: unknown };

/** The report drafting chunk, loaded once when the draft is first shown. */
export function useReportTools(core: PaneCore): ReportToolsState {
  const [state, setState] = useState<ReportToolsState>({ tools: null, error: null });
  useEffect(() => {
    let live = true;
    core.loadReport().then(
      (tools) => live && setState({ tools }),
      (error: unknown) => live && setState({ tools: null, error }),
    );
    return () => {
      live = false;
    };
  }, [core]);
  return state;
}
