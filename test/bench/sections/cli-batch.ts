/** A bureau's batch: a folder of 200 small workbooks, checked by one thread and by several (--jobs). */
import { availableParallelism } from 'node:os';
import type { BenchCell, BenchSection } from '../bench-section';
import { benchFiles } from './cli-bench-workbooks';
import { bestOf, loadAverage, runCliProcess } from './cli-measure';
import { round } from './cli-workbooks';

export const cliBatchSection: BenchSection = {
  title: 'CLI on a folder of 200 workbooks (node dist/cli/budget-check.js <folder> --jobs N)',
  note: [
    'Each workbook: the seed’s 基本情况 and 收支总表 and 50 project rows (about 20 KiB). One line per workbook and the',
    `totals are printed. --jobs 1 checks in the main thread; --jobs N adds N−1 worker threads (default: one per core,`,
    `${availableParallelism()} here). CPU % above 100 means more than one core was busy. Best of 2 runs each; the output of`,
    'every run is compared with --jobs 1 (it must be the same, line for line).',
  ].join('\n'),
  columns: ['jobs', 'workbooks', 'wall s', 'workbooks / s', 'CPU %', 'peak MB', 'same output', 'load avg'],
  async run() {
    const { batchFolder, batchSize } = await benchFiles();
    const rows: BenchCell[][] = [];
    let sequential: string | undefined;
    for (const jobs of [1, 2, availableParallelism() + 1]) {
      const run = bestOf(2, () => runCliProcess([batchFolder, '--jobs', String(jobs)]));
      sequential ??= run.stdout;
      rows.push([
        jobs,
        batchSize,
        round(run.seconds, 2),
        round(batchSize / run.seconds, 1),
        run.cpuPercent ?? '—',
        Math.round(run.peakMb),
        run.stdout === sequential ? 'yes' : 'NO',
        loadAverage(),
      ]);
    }
    return rows;
  },
};
