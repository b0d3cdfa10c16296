/** A thread of a batch check (see batch-check.ts): checks the workbooks it is sent, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../core/check-api';
import { checkEntry, type WorkerAnswer, type WorkerTask } from './batch-check';
import type { Lang } from './cli-text';
import { shortReason } from './input-error';

const { checkOptions, lang } = workerData as { checkOptions: CheckOptions; lang: Lang };

parentPort?.on('message', (task: WorkerTask) => {
  checkEntry({ file: task.file }, checkOptions, lang).then(
    (outcome): void => parentPort?.postMessage({ index: task.index, outcome } satisfies WorkerAnswer),
    // not an unusable workbook but a fault of the program: the batch stops and says so, as run() does
    (error: unknown): void => parentPort?.postMessage({ index: task.index, failure: shortReason(error) } satisfies WorkerAnswer),
  );
});
