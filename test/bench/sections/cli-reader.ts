/**
 * The whole CLI check against a bare every-cell reader of the same file, at 100k project rows
 * (issue [1]: target at most 2×, peak under 400 MB), a sheet of about 1M rows (950k projects) checked with Node's default
 * heap, and `--version` against a bare `node -e 0` (target under 0.15 s on an idle machine).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCell, BenchSection } from '../bench-section';
import { writeBenchWorkbook } from './cli-bench-workbooks';
import { buildCli, loadAverage, runCliProcess, runNode, ROOT, type ChildRun } from './cli-measure';
import { round } from './cli-workbooks';

/** Runs of each at 100k rows, the CLI and the bare reader taking turns: a slower spell of the machine slows both of a pair. */
const RUNS = 5;
/** Turns at 100k rows again while another process keeps one of the two cores busy. */
const BUSY_RUNS = 3;
const SPIN_LIMIT_MS = 120_000;

/**
 * The bare reader: node zlib inflates every worksheet part and the shared strings, and one regular
 * expression scan per sheet puts each cell's raw value into its column's array. No types, no
 * formulas, no grid: the least any reader of every cell must do.
 */
const BARE_READER = `
const { readFileSync } = require('node:fs');
const { inflateRawSync } = require('node:zlib');
const { ZipArchive } = require(${JSON.stringify(join(ROOT, 'dist/node/cli/read/zip-archive.js'))});
const zip = ZipArchive.open(readFileSync(process.argv[2]));
let cells = 0;
for (const part of zip.parts) {
  if (!/^xl\\/(worksheets\\/[^/]+\\.xml|sharedStrings\\.xml)$/.test(part.name)) continue;
  const xml = zip.read(part).toString('utf8');
  const columns = new Map();
  const cell = /<c r="([A-Z]+)\\d+"[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/c>)/g;
  for (let m; (m = cell.exec(xml)); ) {
    let column = columns.get(m[1]);
    if (!column) columns.set(m[1], (column = []));
    const v = m[2] && /<v>([^<]*)<\\/v>/.exec(m[2]);
    column.push(v ? v[1] : null);
    cells++;
  }
}
console.log(cells);
`;

function median(runs: readonly ChildRun[]): ChildRun {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor(sorted.length / 2)], peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

function medianOf(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function times(count: number, run: () => ChildRun): ChildRun[] {
  return Array.from({ length: count }, run);
}

/** `count` turns of the CLI, then the bare reader, on the same file: both runs' figures and each turn's ratio. */
function inTurns(count: number, cli: () => ChildRun, bare: () => ChildRun): { cli: ChildRun[]; bare: ChildRun[]; ratios: number[] } {
  const turns = Array.from({ length: count }, () => ({ cli: cli(), bare: bare() }));
  return {
    cli: turns.map((turn) => turn.cli),
    bare: turns.map((turn) => turn.bare),
    ratios: turns.map((turn) => turn.cli.seconds / turn.bare.seconds),
  };
}

/** One table row of `inTurns` on a file: the medians, each turn's ratio, and what the CLI found. */
function turnsRow(label: string, file: string, turns: ReturnType<typeof inTurns>): BenchCell[] {
  const cli = median(turns.cli);
  const read = median(turns.bare);
  const findings = cli.stdout ? (JSON.parse(cli.stdout) as { findings: unknown[] }).findings.length : '—';
  return [
    label,
    round(statSync(file).size / 1024 / 1024, 1),
    round(cli.seconds, 2),
    // node cannot hold a sheet part over 512 MB as one string: the bare reader stops there
    read.code === 0 ? round(read.seconds, 2) : `fails (exit ${read.code})`,
    read.code === 0 ? ratioText(turns.ratios) : '—',
    Math.round(cli.peakMb),
    cpuText(cli),
    String(cli.code),
    findings,
    loadAverage(),
  ];
}

function cpuText(run: ChildRun): string {
  return run.cpuPercent === null ? '—' : `${run.cpuPercent}%`;
}

/**
 * `run` while a child process spins on one core. The CLI inflates a sheet on a second thread while
 * its main thread reads the cells, the bare reader inflates on its only thread: a busy core takes
 * that overlap away from the CLI alone, so the ratio is measured both ways.
 */
function withOneCoreBusy<T>(run: () => T): T {
  // it stops by itself after SPIN_LIMIT_MS, should this bench be killed before it kills the spinner
  const spinner = spawn(process.execPath, ['-e', `const end = Date.now() + ${SPIN_LIMIT_MS}; while (Date.now() < end);`], { stdio: 'ignore' });
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); // let it start spinning
    return run();
  } finally {
    spinner.kill('SIGKILL');
  }
}

function ratioText(ratios: readonly number[]): string {
  return `${round(medianOf(ratios), 2)} (${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)})`;
}

export const cliReaderSection: BenchSection = {
  title: 'CLI check against a bare every-cell reader (fast .xlsx reader, issue [1])',
  note: [
    '"bare read" = node zlib + one regex scan of every sheet XML into column arrays (no types, no grid, no check).',
    'At 100k rows the CLI and the bare reader take 5 turns; the ratio is the median of each turn’s (CLI / bare), with its lowest and highest.',
    'Times are medians; peak = max RSS of the CLI process. 950k projects (1,045,004 rows): one run with Node’s default heap',
    '(its sheet part, over 512 MB, is more than node can hold as one string, so the bare reader fails there; the CLI streams it).',
    '--version is compared with `node -e 0` (node’s own start), medians of 5.',
    `"one core busy": ${BUSY_RUNS} more turns at 100k rows while another process spins on one of the cores.`,
    'CLI CPU = its processor time over wall time (GNU time %P): above 100% it used a second core (the inflating thread).',
  ].join('\n'),
  columns: ['measure', 'file MiB', 'CLI s', 'bare read s', 'CLI / bare (range)', 'CLI peak MB', 'CLI CPU', 'exit', 'findings', 'load avg'],
  async run() {
    console.log(`(${buildCli()}; load average before: ${loadAverage()})`);
    const folder = mkdtempSync(join(tmpdir(), 'budget-check-reader-bench-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    const bare = join(folder, 'bare-read.js');
    writeFileSync(bare, BARE_READER);
    const rows: BenchCell[][] = [];
    for (const [projectRows, runs] of [
      [100_000, RUNS],
      // the bench layout adds a sub-item pair every 20 projects: 950k projects fill 1,045,004 rows, near Excel's 1,048,576
      [950_000, 1],
    ] as const) {
      const file = await writeBenchWorkbook(folder, `projects-${projectRows / 1000}k.xlsx`, projectRows);
      const label = `${projectRows.toLocaleString('en-US')} project rows`;
      const measure = (count: number) =>
        inTurns(
          count,
          () => runCliProcess([file.path, '--json']),
          () => runNode(bare, [file.path]),
        );
      rows.push(turnsRow(label, file.path, measure(runs)));
      if (projectRows === 100_000)
        rows.push(
          turnsRow(
            `${label}, one core busy`,
            file.path,
            withOneCoreBusy(() => measure(BUSY_RUNS)),
          ),
        );
    }
    const version = median(times(5, () => runCliProcess(['--version'])));
    const node = median(times(5, () => runNode('-e', ['0'])));
    rows.push([
      '--version (vs node -e 0)',
      '—',
      round(version.seconds, 2),
      round(node.seconds, 2),
      round(version.seconds / node.seconds, 2),
      Math.round(version.peakMb),
      cpuText(version),
      String(version.code),
      '—',
      loadAverage(),
    ]);
    return rows;
  },
};
