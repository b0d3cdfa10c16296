/**
 * The pane's side of the check engine: a Web Worker when the host has them, else the same engine
 * on the pane's thread, loaded on first use (older webviews, or a worker the host refuses to start).
 */
import type { CheckOptions } from '../../core/check-api';
import type { Workbook } from '../../core/grid/types';
import type { DraftOptions } from '../../core/report/draft-context';
import type { Draft } from '../../core/report/draft-model';
import type { CheckEngine, PaneCheckResult } from './check-engine';
import { joinTransferred, type ListSlice } from './chunked-transfer';
import type { EngineReply, EngineRequest } from './engine-protocol';

export interface PaneEngine {
  check(workbook: Workbook, options: CheckOptions): Promise<PaneCheckResult>;
  draft(handle: number, options: DraftOptions): Promise<Draft>;
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void; onThisThread(): Promise<unknown>; slices: ListSlice[] };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The engine on this thread, for hosts without workers. */
function inThreadEngine(): PaneEngine {
  let engine: Promise<CheckEngine> | null = null;
  const load = () => (engine ??= import(/* webpackChunkName: "check-engine" */ './check-engine').then((module) => module.createCheckEngine()));
  return {
    check: async (workbook, options) => (await load()).check(workbook, options),
    draft: async (handle, options) => (await load()).draft(handle, options),
  };
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(/* webpackChunkName: "check-worker" */ new URL('./check-worker.ts', import.meta.url));
  } catch {
    return null; // e.g. a content policy that refuses workers
  }
}

export function createPaneEngine(): PaneEngine {
  const worker = startWorker();
  const fallback = inThreadEngine();
  if (!worker) return fallback;
  const pending = new Map<number, Pending>();
  let ids = 0;
  let broken = false;

  worker.onmessage = ({ data: reply }: MessageEvent<EngineReply>) => {
    const waiting = pending.get(reply.id);
    if ('slice' in reply) return waiting?.slices.push(reply.slice);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(joinTransferred(reply.value, waiting.slices));
    else waiting?.reject(new Error(reply.message));
  };
  // A worker that fails to load or dies: what waits on it, and all later work, runs on this thread.
  // (A rule that throws does not get here: the worker answers with the error.)
  worker.onerror = (event) => {
    event.preventDefault();
    broken = true;
    worker.terminate();
    for (const waiting of pending.values()) waiting.onThisThread().then(waiting.resolve, waiting.reject);
    pending.clear();
  };

  const ask = <T>(request: WithoutId<EngineRequest>, onThisThread: () => Promise<T>): Promise<T> => {
    if (broken) return onThisThread();
    const id = ++ids;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onThisThread, slices: [] });
      worker.postMessage({ ...request, id });
    });
  };
  return {
    check: (workbook, options) => ask({ kind: 'check', workbook, options }, () => fallback.check(workbook, options)),
    draft: (handle, options) => ask({ kind: 'draft', handle, options }, () => fallback.draft(handle, options)),
  };
}
