/**
 * Checks the workbooks of a batch, in worker threads when there are several and more than one core:
 * a district bureau checks hundreds at a time, and one check keeps one core busy. Outcomes come
 * back in input order whatever order the workers finish in, so the output is the same either way.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/check-api';
import type { BatchEntry, BatchLine } from './batch';
import { checkFile } from './check-file';
import type { Lang } from './cli-text';
import { describeInputError, InputError, inputErrorReason, shortReason } from './input-error';
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

/**
 * Checks every workbook of a batch, each in a worker thread with a heap of its own when the compiled
 * worker is there: a workbook that crashes its thread, even out of memory, becomes one line for that
 * file and a fresh thread takes the next one, so the others keep their results. Threads are capped
 * at the core count (`--jobs 2000` started 2,000 threads and was killed).
 */
export async function checkEntries(entries: readonly BatchEntry[], settings: BatchSettings): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(entries.length);
  const queue: WorkerTask[] = [];
  entries.forEach((entry, index) => {
    // a path that yields no workbook is answered at once (its InputError would not cross to a thread)
    if ('problem' in entry) outcomes[index] = unusable(entry.problem.file, entry.problem, settings.lang);
    else queue.push({ index, file: entry.file });
  });
  const jobs = threadCount(settings.jobs, queue.length);
  if (jobs > 0 && existsSync(WORKER)) {
    await checkInThreads(jobs, queue, outcomes, settings);
    return outcomes;
  }
  for (const task of queue) {
    outcomes[task.index] = await checkEntry({ file: task.file }, settings.checkOptions, settings.lang).catch((error: unknown) =>
      failedOutcome(task.file, 'job-failed', { reason: shortReason(error) }, settings.lang),
    );
    settings.onDone?.();
  }
  return outcomes;
}

/** Threads for a batch: as asked (default one per core), never more than the cores or the workbooks. */
export function threadCount(asked: number | undefined, workbooks: number, cores = availableParallelism()): number {
  return Math.min(asked ?? cores, cores, workbooks);
}

/** The line of a workbook whose check failed (not an unusable input: the program or the memory gave out). */
function failedOutcome(file: string, textId: 'job-failed' | 'job-out-of-memory', data: { reason: string; limit?: number }, lang: Lang): BatchOutcome {
  return unusable(file, new InputError(file, textId, data), lang);
}

/**
 * Heap each checking thread may use, in MB: this process's share per job (at least 256 MB), or
 * BUDGET_CHECK_JOB_HEAP_MB. A thread past it stops with ERR_WORKER_OUT_OF_MEMORY, not the process.
 */
export function jobHeapMb(jobs: number): number {
  const configured = Number(process.env.BUDGET_CHECK_JOB_HEAP_MB);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(256, Math.floor(getHeapStatistics().heap_size_limit / 1024 / 1024 / Math.max(1, jobs)));
}

/** What the main thread sends a worker, and what the worker answers. */
export interface WorkerTask {
  readonly index: number;
  readonly file: string;
}
export type WorkerAnswer = { readonly index: number; readonly outcome: BatchOutcome } | { readonly index: number; readonly failure: string };

/** `count` threads take tasks from the queue until it is empty; a thread that dies is replaced. */
function checkInThreads(count: number, queue: WorkerTask[], outcomes: BatchOutcome[], settings: BatchSettings): Promise<void> {
  const heapMb = jobHeapMb(count);
  const workerData = { checkOptions: settings.checkOptions, lang: settings.lang };
  return new Promise<void>((resolve) => {
    let running = 0;
    const finish = (task: WorkerTask, outcome: BatchOutcome) => {
      outcomes[task.index] = outcome;
      settings.onDone?.();
    };
    const start = () => {
      running++;
      const worker = new Worker(WORKER, { workerData, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
      let current: WorkerTask | undefined;
      let crash: Error | undefined;
      const giveWork = () => {
        current = queue.shift();
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on('message', (answer: WorkerAnswer) => {
        if (!current) return;
        finish(current, 'failure' in answer ? failedOutcome(current.file, 'job-failed', { reason: answer.failure }, settings.lang) : answer.outcome);
        giveWork();
      });
      worker.on('error', (error) => {
        crash = error;
      });
      worker.on('exit', (code) => {
        running--;
        if (current) {
          const outOfMemory = (crash as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
          const reason = crash ? shortReason(crash) : `exit code ${code}`;
          finish(current, failedOutcome(current.file, outOfMemory ? 'job-out-of-memory' : 'job-failed', { reason, limit: heapMb }, settings.lang));
          current = undefined;
          if (queue.length > 0) start();
        }
        if (running === 0) resolve();
      });
      giveWork();
    };
    for (let i = 0; i < count; i++) start();
  });
}
