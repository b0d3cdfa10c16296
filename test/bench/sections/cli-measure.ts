/**
 * Measuring the compiled CLI from outside, as a user runs it: wall time and peak memory of a child
 * process (GNU time's maximum resident set size when /usr/bin/time is there, else the child's own
 * process.resourceUsage().maxRSS reported by a small wrapper), and the load average around it, since
 * other work on the machine slows every figure down.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/** The bin as installed: the bundle `npm run prepare` writes (webpack --env cli). */
export const CLI = join(ROOT, 'dist/cli/budget-check.js');
const READ_WORKBOOK = join(ROOT, 'dist/node/cli/read/read-workbook.js');
const GNU_TIME = '/usr/bin/time';

/** Builds the CLI as `npm run prepare` does; says what happened (type errors elsewhere do not stop it emitting). */
export function buildCli(): string {
  try {
    execFileSync('npm', ['run', '--silent', 'prepare'], { cwd: ROOT, stdio: 'pipe' });
    return 'built with npm run prepare';
  } catch {
    if (!existsSync(CLI)) throw new Error('npm run prepare emitted no dist/cli/budget-check.js');
    return 'npm run prepare reported errors; measured the CLI it emitted';
  }
}

export interface ChildRun {
  readonly seconds: number;
  readonly peakMb: number;
  /** Processor time over wall time (GNU time's %P); above 100% the process used more than one core. */
  readonly cpuPercent: number | null;
  readonly code: number | null;
  readonly stdout: string;
}

/** Small scripts the measured children need, written once into a temporary folder. */
let helpers: { readonly reportRss: string; readonly readOnly: string } | undefined;

function helperScripts(): NonNullable<typeof helpers> {
  if (helpers) return helpers;
  const dir = mkdtempSync(join(tmpdir(), 'budget-check-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const reportRss = join(dir, 'report-rss.js');
  writeFileSync(reportRss, "process.on('exit', () => process.stderr.write(`@@rss ${process.resourceUsage().maxRSS}\\n`));\n");
  const readOnly = join(dir, 'read-only.js');
  writeFileSync(readOnly, `require(${JSON.stringify(READ_WORKBOOK)}).readWorkbookFile(process.argv[2]).then((book) => console.log(book.sheets.length));\n`);
  helpers = { reportRss, readOnly };
  return helpers;
}

/** Runs `node <script> <args>`, its output kept in memory, its wall time and peak memory measured. */
export function runNode(script: string, args: readonly string[]): ChildRun {
  const started = performance.now();
  if (existsSync(GNU_TIME)) {
    const child = spawnSync(GNU_TIME, ['-f', '@@time %e %M %P', process.execPath, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const match = /@@time ([\d.]+) (\d+) (\d+)%/.exec(child.stderr);
    return {
      // timed here, to the millisecond: GNU time's %e has two decimals, too coarse for a ratio of two runs
      seconds: (performance.now() - started) / 1000,
      peakMb: match ? Number(match[2]) / 1024 : NaN,
      cpuPercent: match ? Number(match[3]) : null,
      code: child.status,
      stdout: child.stdout,
    };
  }
  // no GNU time: a preloaded script makes the child report its own peak as it exits
  const child = spawnSync(process.execPath, ['--require', helperScripts().reportRss, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const rss = /@@rss (\d+)/.exec(child.stderr);
  return {
    seconds: (performance.now() - started) / 1000,
    peakMb: rss ? Number(rss[1]) / 1024 : NaN,
    cpuPercent: null,
    code: child.status,
    stdout: child.stdout,
  };
}

/** The compiled CLI on `args`. */
export function runCliProcess(args: readonly string[]): ChildRun {
  return runNode(CLI, args);
}

/** Only reading the workbook into the grid, in a process of its own: what the CLI's total is compared with. */
export function runReadOnly(file: string): ChildRun {
  return runNode(helperScripts().readOnly, [file]);
}

/** The best (fastest) of `times` runs, with the largest peak memory seen. */
export function bestOf(times: number, run: () => ChildRun): ChildRun {
  const runs = Array.from({ length: times }, run);
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...best, peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

/** `1.9 2.4 3.1`: the 1, 5 and 15 minute load averages (2 cores: above 2, others are competing). */
export function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
}
