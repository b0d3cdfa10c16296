/** The check worker: runs the core off the pane's thread, so the pane stays responsive. */
import type { Draft } from '../../core/report/draft-model';
import { createCheckEngine, type PaneCheckResult } from './check-engine';
import { splitForTransfer, type ListPath } from './chunked-transfer';
import type { EngineReply, EngineRequest } from './engine-protocol';

const engine = createCheckEngine();
const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(reply: EngineReply): void };

/** The lists that grow with the workbook: findings, and the draft's paragraphs and check notes. */
function longLists(request: EngineRequest, value: PaneCheckResult | Draft): ListPath[] {
  if (request.kind === 'check') return [['findings']];
  return [['checkNotes'], ...(value as Draft).sections.map((_, index) => ['sections', index, 'paragraphs'])];
}

scope.onmessage = ({ data: request }) => {
  try {
    const value = request.kind === 'check' ? engine.check(request.workbook, request.options) : engine.draft(request.handle, request.options);
    const { shell, slices } = splitForTransfer(value, longLists(request, value));
    for (const slice of slices) scope.postMessage({ id: request.id, slice });
    scope.postMessage({ id: request.id, ok: true, value: shell });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
