/**
 * `npm run bench`: prints measured figures, one table per section. Nothing here asserts a speed;
 * tests do not time anything either (the machines they run on vary too much).
 */
import type { BenchCell, BenchSection } from './bench-section';
import { cliBatchSection } from './sections/cli-batch';
import { cliOutCopySection } from './sections/cli-out-copy';
import { cliReaderSection } from './sections/cli-reader';
import { cliTaskpaneBundleSection } from './sections/cli-taskpane-bundle';
import { cliWorkbooksSection } from './sections/cli-workbooks';
import { coreCheckSection } from './sections/core-check';
import { excelAdapterSection } from './sections/excel-adapter';
import { formulaValuesSection } from './sections/formula-values';

const allSections: readonly BenchSection[] = [
  excelAdapterSection,
  cliWorkbooksSection,
  cliReaderSection,
  cliOutCopySection,
  coreCheckSection,
  formulaValuesSection,
  cliBatchSection,
  cliTaskpaneBundleSection,
];
/** BENCH_ONLY=reader runs the sections whose title contains the word (case-insensitive); all by default. */
const only = process.env.BENCH_ONLY?.toLowerCase();
const sections = only ? allSections.filter((section) => section.title.toLowerCase().includes(only)) : allSections;

function format(cell: BenchCell): string {
  return typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 1 }) : cell;
}

function printTable(columns: readonly string[], rows: readonly (readonly BenchCell[])[]): void {
  const text = [columns, ...rows.map((row) => row.map(format))];
  const widths = columns.map((_, c) => Math.max(...text.map((row) => String(row[c] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(line(text[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of text.slice(1)) console.log(line(row));
}

async function main(): Promise<void> {
  console.log(`Budget Check bench — node ${process.version}, ${new Date().toISOString()}\n`);
  for (const section of sections) {
    console.log(`## ${section.title}`);
    if (section.note) console.log(section.note);
    console.log('');
    const started = performance.now();
    printTable(section.columns, await section.run());
    console.log(`\n(section took ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
