/** The core alone: checkWorkbook on a grid already in memory, and where its time goes. */
import type { Workbook } from '../../../src/core/grid/types';
import { readXlsxFile } from '../../../src/cli/read-xlsx';
import { checkSettings, checkWorkbook } from '../../../src/core/check-workbook';
import { recognizeWorkbook } from '../../../src/core/tables/recognize-workbook';
import { DEFAULT_RULEBOOK } from '../../../src/core/rulebook/bundled-rulebook';
import { RULES } from '../../../src/core/rules';
import { runRule } from '../../../src/core/rules/run-rules';
import type { BenchCell, BenchSection } from '../bench-section';
import { benchFiles } from './cli-bench-workbooks';
import { loadAverage } from './cli-measure';

const RUNS = 3;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Wall and processor milliseconds of the fastest of RUNS calls. */
function best(step: () => unknown): { ms: number; cpu: number } {
  let fastest = { ms: Infinity, cpu: Infinity };
  for (let i = 0; i < RUNS; i++) {
    const cpu = cpuMs();
    const started = performance.now();
    step();
    const ms = performance.now() - started;
    if (ms < fastest.ms) fastest = { ms, cpu: cpuMs() - cpu };
  }
  return fastest;
}

/** Recognition, then each rule on its own: the three slowest named. */
function breakdown(workbook: Workbook) {
  const recognize = best(() => recognizeWorkbook(workbook));
  const recognized = recognizeWorkbook(workbook);
  const settings = checkSettings(recognized, DEFAULT_RULEBOOK.tolerance);
  const rules = RULES.map((rule) => ({ id: rule.meta.id, ...best(() => runRule(rule, recognized, settings, DEFAULT_RULEBOOK.rules[rule.meta.id] ?? {})) }));
  const slowest = [...rules].sort((a, b) => b.ms - a.ms).slice(0, 3);
  return { recognize: recognize.ms, rules: rules.reduce((sum, rule) => sum + rule.ms, 0), slowest };
}

export const coreCheckSection: BenchSection = {
  title: 'Core check alone (checkWorkbook on the grid, in this process)',
  note: [
    'The same workbooks, read once into the grid (read ms: exceljs and the grid, in this process). check = checkWorkbook,',
    `fastest of ${RUNS} calls, wall and processor time (processor time counts the collector's threads too). Then`,
    'recognition and each rule timed alone (fastest of 3 each). Target: 100k rows checked in under 1 s.',
  ].join('\n'),
  columns: ['workbook', 'read ms', 'check ms', 'check CPU ms', 'recognize ms', 'rules ms', 'slowest rules (ms)', 'findings', 'load avg'],
  async run() {
    const { workbooks } = await benchFiles();
    const rows: BenchCell[][] = [];
    for (const file of workbooks) {
      const started = performance.now();
      const workbook = await readXlsxFile(file.path);
      const readMs = performance.now() - started;
      const check = best(() => checkWorkbook(workbook));
      const parts = breakdown(workbook);
      rows.push([
        file.label,
        Math.round(readMs),
        Math.round(check.ms),
        Math.round(check.cpu),
        Math.round(parts.recognize),
        Math.round(parts.rules),
        parts.slowest.map((rule) => `${rule.id} ${Math.round(rule.ms)}`).join(', '),
        checkWorkbook(workbook).findings.length,
        loadAverage(),
      ]);
    }
    return rows;
  },
};
