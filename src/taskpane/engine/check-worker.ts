/** The check worker: runs the core off the pane's thread, so the pane stays responsive. */
import { createCheckEngine } from './check-engine';
import type { EngineReply, EngineRequest } from './engine-protocol';

const engine = createCheckEngine();
const scope = self as unknown as { onmessage: ((event: MessageEvent<EngineRequest>) => void) | null; postMessage(reply: EngineReply): void };

scope.onmessage = ({ data: request }) => {
  try {
    const value = request.kind === 'check' ? engine.check(request.workbook, request.options) : engine.draft(request.handle, request.options);
    scope.postMessage({ id: request.id, ok: true, value });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
