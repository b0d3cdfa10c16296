/**
 * Checks the workbooks of a batch, in worker threads when there are several and more than one core:
 * a district bureau checks hundreds at a time, and one check keeps one core busy. Outcomes come
 * back in input order whatever order the workers finish in, so the output is the same either way.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/check-api';
import type { BatchEntry, BatchLine } from './batch';
import { checkFile } from './check-file';
import type { Lang } from './cli-text';
import { describeInputError, InputError, inputErrorReason } from './input-error';
import { jsonReport, type JsonReport, type JsonUnusable } from './output-json';

export interface BatchOutcome {
  readonly line: BatchLine;
  readonly report: JsonReport | JsonUnusable;
  /** The stderr line of an unusable workbook. */
  readonly problem?: string;
}

export interface BatchSettings {
  readonly checkOptions: CheckOptions;
  readonly lang: Lang;
  /** Workbooks checked at once; default: one per core. */
  readonly jobs?: number;
  /** Called as each workbook is done (for the progress bar). */
  readonly onDone?: () => void;
}

/** One workbook's outcome; an unusable one is an outcome too, any other failure is thrown. */
export async function checkEntry(entry: BatchEntry, checkOptions: CheckOptions, lang: Lang): Promise<BatchOutcome> {
  try {
    if ('problem' in entry) throw entry.problem;
    const { result } = await checkFile(entry.file, checkOptions, lang);
    return { line: { file: entry.file, counts: result.counts }, report: jsonReport(entry.file, result, lang) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return unusable('file' in entry ? entry.file : entry.problem.file, error, lang);
  }
}

function unusable(file: string, error: InputError, lang: Lang): BatchOutcome {
  const problem = describeInputError(error, lang);
  return { line: { file, problem: inputErrorReason(error, lang) }, report: { file, error: problem }, problem };
}

/** The compiled worker; from the TypeScript sources (tests, ts-node) there is none, and this thread checks alone. */
const WORKER = join(__dirname, 'batch-worker.js');

export async function checkEntries(entries: readonly BatchEntry[], settings: BatchSettings): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(entries.length);
  const queue: WorkerTask[] = [];
  entries.forEach((entry, index) => {
    // a path that yields no workbook is answered at once (its InputError would not cross to a thread)
    if ('problem' in entry) outcomes[index] = unusable(entry.problem.file, entry.problem, settings.lang);
    else queue.push({ index, file: entry.file });
  });
  const jobs = Math.min(settings.jobs ?? availableParallelism(), queue.length);
  // this thread checks too: one thread fewer to start (each loads exceljs and the core anew)
  const helpers = jobs > 1 && existsSync(WORKER) ? helpInThreads(jobs - 1, queue, outcomes, settings) : null;
  try {
    for (let task = queue.shift(); task && !helpers?.failed; task = queue.shift()) {
      outcomes[task.index] = await checkEntry({ file: task.file }, settings.checkOptions, settings.lang);
      settings.onDone?.();
    }
  } catch (error) {
    queue.length = 0; // the threads finish the workbook they hold, then stop
    throw error;
  } finally {
    await helpers?.done;
  }
  if (helpers?.failed) throw helpers.failed;
  return outcomes;
}

/** What the main thread sends a worker, and what the worker answers. */
export interface WorkerTask {
  readonly index: number;
  readonly file: string;
}
export type WorkerAnswer = { readonly index: number; readonly outcome: BatchOutcome } | { readonly index: number; readonly failure: string };

interface Helpers {
  /** Resolves (never rejects) when every thread has run out of work, or one failed. */
  done: Promise<void>;
  /** Set when a thread failed: the batch stops and reports it. */
  failed: Error | null;
}

/** Worker threads taking tasks from the shared queue until it is empty. */
function helpInThreads(count: number, queue: WorkerTask[], outcomes: BatchOutcome[], settings: BatchSettings): Helpers {
  const helpers: Helpers = { done: Promise.resolve(), failed: null };
  const busy = new Set<Worker>();
  helpers.done = new Promise<void>((resolve) => {
    const fail = (error: Error) => {
      helpers.failed ??= error;
      for (const worker of busy) void worker.terminate();
      busy.clear();
      resolve();
    };
    const giveWork = (worker: Worker) => {
      const task = helpers.failed ? undefined : queue.shift();
      if (task) return worker.postMessage(task);
      busy.delete(worker);
      void worker.terminate();
      if (busy.size === 0) resolve();
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(WORKER, { workerData: { checkOptions: settings.checkOptions, lang: settings.lang } });
      busy.add(worker);
      worker.on('message', (answer: WorkerAnswer) => {
        if ('failure' in answer) return fail(new Error(answer.failure));
        outcomes[answer.index] = answer.outcome;
        settings.onDone?.();
        giveWork(worker);
      });
      worker.on('error', fail);
      // a thread that ends while it still has work (out of memory…) must not leave the batch waiting
      worker.on('exit', (code) => {
        if (busy.has(worker)) fail(new Error(`a checking thread stopped (exit code ${code})`));
      });
      giveWork(worker);
    }
  });
  return helpers;
}
