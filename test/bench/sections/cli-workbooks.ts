/** The compiled CLI on big workbooks: wall time and peak memory, against only reading them. */
import { statSync } from 'node:fs';
import type { BenchCell, BenchSection } from '../bench-section';
import { benchFiles } from './cli-bench-workbooks';
import { bestOf, buildCli, loadAverage, runCliProcess, runReadOnly } from './cli-measure';

/** Runs per figure: the best is kept (the machine is shared), fewer for the slowest workbook. */
const runsFor = (projectRows: number, sheets: number) => (projectRows >= 100_000 ? 2 : sheets > 3 ? 2 : 3);

export const cliWorkbooksSection: BenchSection = {
  title: 'CLI on big workbooks (node dist/cli/budget-check.js <file> --json)',
  note: [
    'Workbooks written by test/bench/sections/cli-bench-workbooks.ts: the seed’s 基本情况 and 收支总表, project rows with',
    'formulas and number formats, a sub-item pair every 20 projects, an unbalanced project every 50 rows, a typed-in',
    '结余结转 every 70. "CLI" runs the whole check in a process of its own; "read only" is a process that only reads the',
    'file into the grid (node start and module loading included in both), so total / read is what checking adds.',
    'Peak = maximum resident set size (GNU time). Best of 2–3 runs; targets: total under 1.5× the read, peak under 1 GB.',
  ].join('\n'),
  columns: ['workbook', 'file KiB', 'CLI s', 'CLI peak MB', 'read only s', 'read peak MB', 'total / read', 'findings', 'exit', 'load avg'],
  async run() {
    console.log(`(${buildCli()}; load average before: ${loadAverage()})`);
    const { workbooks } = await benchFiles();
    const rows: BenchCell[][] = [];
    for (const workbook of workbooks) {
      const runs = runsFor(workbook.projectRows, workbook.sheets);
      const cli = bestOf(runs, () => runCliProcess([workbook.path, '--json']));
      const read = bestOf(runs, () => runReadOnly(workbook.path));
      const findings = cli.stdout ? (JSON.parse(cli.stdout) as { findings: unknown[] }).findings.length : '—';
      rows.push([
        workbook.label,
        Math.round(statSync(workbook.path).size / 1024),
        round(cli.seconds, 2),
        Math.round(cli.peakMb),
        round(read.seconds, 2),
        Math.round(read.peakMb),
        round(cli.seconds / read.seconds, 2),
        findings,
        String(cli.code),
        loadAverage(),
      ]);
    }
    return rows;
  },
};

export const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
