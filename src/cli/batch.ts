/**
 * Several workbooks at once: folders expanded to the .xlsx files inside them, one summary line
 * per workbook and the totals, with a progress bar when stderr is a terminal.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Severity } from '../core/rules/types';
import { say, type Lang } from './cli-text';
import { InputError } from './input-error';
import { terminalText } from './terminal-text';

/** One input to check: a file, or why a given path yields none. */
export type BatchEntry = { readonly file: string } | { readonly problem: InputError };

/** Expands folders (recursively, in name order) and keeps files as given; a path that does not exist is left for the reader to report. */
export async function expandInputs(inputs: readonly string[]): Promise<BatchEntry[]> {
  const entries: BatchEntry[] = [];
  for (const input of inputs) {
    if (!(await isFolder(input))) {
      entries.push({ file: input });
      continue;
    }
    const files = await workbooksIn(input);
    if (files.length === 0) entries.push({ problem: new InputError(input, 'no-xlsx-in-folder') });
    else entries.push(...files.map((file) => ({ file })));
  }
  return entries;
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The workbooks a folder check picks up: every format the readers know. */
const WORKBOOK_EXTENSIONS = /\.(xlsx|xlsm|xls|xlsb|ods|et)$/i;

/** Workbook files under a folder, skipping hidden files and Excel's `~$` lock files. */
async function workbooksIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  const names = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await workbooksIn(path)));
    else if (WORKBOOK_EXTENSIONS.test(entry.name)) found.push(path);
  }
  return found;
}

export interface Progress {
  tick(): void;
  stop(): void;
}

/**
 * A progress bar on stderr, only when it is a terminal and there is more than one workbook. The bar's
 * package (two dozen modules) is loaded only then: a single check does not pay for it.
 */
export async function startProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, total: number): Promise<Progress> {
  if (!stderr.isTTY || total < 2) return { tick: () => undefined, stop: () => undefined };
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({ stream: stderr, format: '{bar} {value}/{total}', hideCursor: true, clearOnComplete: true });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

export interface BatchLine {
  readonly file: string;
  readonly counts?: Readonly<Record<Severity, number>>;
  /** Why the workbook could not be checked. */
  readonly problem?: string;
}

/** One line per workbook, then the totals. */
export function batchSummary(lines: readonly BatchLine[], lang: Lang): string {
  const totals = { error: 0, warning: 0, info: 0 };
  let unusable = 0;
  const out: string[] = [];
  for (const line of lines) {
    if (!line.counts) {
      unusable++;
      out.push(`✗ ${terminalText(line.file)}  ${say(lang, 'batch-unusable')}: ${line.problem ?? ''}`);
      continue;
    }
    for (const severity of ['error', 'warning', 'info'] as const) totals[severity] += line.counts[severity];
    out.push(`${line.counts.error ? '✗' : '✓'} ${terminalText(line.file)}  ${say(lang, 'counts', line.counts)}`);
  }
  out.push('', say(lang, 'batch-totals', { files: lines.length, unusable, ...totals }));
  return `${out.join('\n')}\n`;
}
