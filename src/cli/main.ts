#!/usr/bin/env node
/**
 * budget-check: checks budget workbooks (.xlsx) with the same core as the Excel add-in.
 * `run` takes the arguments and the streams, so tests call it in-process; exit codes:
 * 0 no errors, 1 errors found, 2 input unusable; a batch with both errors and unusable workbooks, 3.
 */
import { extname } from 'node:path';
import type { CheckOptions } from '../core/check-api';
import { loadRulebook, RulebookError } from '../core/rulebook/load-rulebook';
import { assertNotInput, assertOutKind, writeAnnotatedCopy } from './annotate';
import { assertWritableTarget, isSameFile } from './write-output';
import { langHint, parseCliArgs, type CliOptions } from './args';
import { batchSummary, expandInputs, isFolder, startProgress, type BatchEntry } from './batch';
import { checkEntries, type BatchOutcome } from './batch-check';
import { checkFile, type CheckedFile } from './check-file';
import { say, type Lang } from './cli-text';
import { packageVersion, usage } from './help';
import { describeInputError, describeUsageError, InputError, shortReason, UsageError } from './input-error';
import { jsonReport, stringifyReport } from './output-json';
import { textReport } from './output-text';
import { MAX_RULEBOOK_BYTES, readInputBytes } from './read-xlsx';

export const EXIT = { ok: 0, errorsFound: 1, unusable: 2, errorsAndUnusable: 3 } as const;

export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let lang: Lang = langHint(argv);
  try {
    const options = parseCliArgs(argv);
    lang = options.lang;
    if (options.help) {
      io.stdout.write(usage(lang));
      return EXIT.ok;
    }
    if (options.version) {
      io.stdout.write(`budget-check ${packageVersion()}\n`);
      return EXIT.ok;
    }
    const checkOptions: CheckOptions = {
      ...(options.tolerance !== undefined ? { toleranceWan: options.tolerance } : {}),
      ...(options.rules !== undefined ? { rulebook: await readRulebook(options.rules, lang) } : {}),
    };
    // one file gets the full report; a folder or several files, a line each
    const single = options.inputs.length === 1 && !(await isFolder(options.inputs[0]));
    if (single) return await runOne(options.inputs[0], options, checkOptions, io);
    if (options.out !== undefined) throw new UsageError('out-needs-one-file');
    if (options.draft !== undefined) throw new UsageError('draft-needs-one-file');
    return await runMany(await expandInputs(options.inputs), options, checkOptions, io);
  } catch (error) {
    return reportFailure(error, lang, io);
  }
}

/** Every output option, checked before any work: a bad --draft is found before --out is written. */
async function assertOutputsUsable(file: string, options: CliOptions): Promise<void> {
  const { out, draft, force } = options;
  if (out !== undefined) {
    await assertNotInput(file, out);
    assertOutKind(file, out);
    await assertWritableTarget(out, force);
  }
  if (draft !== undefined) {
    if (await isSameFile(draft, file)) throw new UsageError('draft-is-input');
    if (out !== undefined && (await isSameFile(draft, out))) throw new UsageError('out-is-draft');
    await assertWritableTarget(draft, force);
  }
}

/** One workbook: the full report, and the annotated copy if asked. */
async function runOne(file: string, options: CliOptions, checkOptions: CheckOptions, io: CliIo): Promise<number> {
  await assertOutputsUsable(file, options);
  const checked = await checkFile(file, checkOptions, options.lang);
  const { result } = checked;
  if (options.json) io.stdout.write(stringifyReport(jsonReport(file, result, options.lang)));
  else io.stdout.write(textReport(file, result, sheetNames(checked), { lang: options.lang, colour: useColour(io) }));
  if (options.out !== undefined) {
    const copy = await writeAnnotatedCopy(checked.bytes, file, options.out, checked.workbook, result, options.lang, options.force);
    if (copy.convertedFrom) {
      // the format changed: said on stderr and after the text report
      const note = say(options.lang, 'out-converted', { format: copy.convertedFrom, target: extname(options.out).toLowerCase() });
      io.stderr.write(`${note}\n`);
      if (!options.json) io.stdout.write(`${note}\n`);
    }
    io.stderr.write(`${say(options.lang, 'out-written', { file: options.out, rows: copy.rows })}\n`);
  }
  if (options.draft !== undefined) await writeDraftFile(options.draft, checked, options, io);
  return result.counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
}

/** Several workbooks: a line each and the totals (or {"files": [...]}); unusable ones are named on stderr. */
async function runMany(entries: readonly BatchEntry[], options: CliOptions, checkOptions: CheckOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const progress = startProgress(io.stderr, entries.length);
  let outcomes: BatchOutcome[];
  try {
    outcomes = await checkEntries(entries, { checkOptions, lang, jobs: options.jobs, onDone: () => progress.tick() });
  } finally {
    progress.stop();
  }
  const problems = outcomes.flatMap((outcome) => (outcome.problem ? [outcome.problem] : []));
  for (const problem of problems) io.stderr.write(`${problem}\n`);
  const json = { files: outcomes.map((outcome) => outcome.report) };
  io.stdout.write(options.json ? stringifyReport(json) : batchSummary(outcomes.map((outcome) => outcome.line), lang));
  // the exit code says both: errors found in some workbooks (1), others unusable (2), or both (3)
  const errorsFound = outcomes.some((outcome) => (outcome.line.counts?.error ?? 0) > 0);
  if (problems.length > 0) return errorsFound ? EXIT.errorsAndUnusable : EXIT.unusable;
  return errorsFound ? EXIT.errorsFound : EXIT.ok;
}

async function writeDraftFile(path: string, checked: CheckedFile, options: CliOptions, io: CliIo): Promise<void> {
  const { lang, force } = options;
  // loaded on demand: the report writer (docx) is not needed to check a workbook
  const { DraftOutputError, writeDraft } = await import('./draft-output');
  try {
    const written = await writeDraft(path, checked.result, checked.workbook, { inputPath: checked.file, force });
    io.stderr.write(`${say(lang, 'draft-written', { file: written.path, placeholders: written.placeholders, flagged: written.flagged, notes: written.notes })}\n`);
  } catch (error) {
    if (error instanceof DraftOutputError) throw new InputError(path, 'as-is', { text: error.text[lang] });
    throw error;
  }
}

async function readRulebook(path: string, lang: Lang) {
  const text = (await readInputBytes(path, MAX_RULEBOOK_BYTES)).toString('utf8');
  try {
    return loadRulebook(text);
  } catch (error) {
    if (error instanceof RulebookError) {
      // all of its problems, on the one line an unusable input gets
      const problems = error.problems.map((problem) => problem[lang]).join(lang === 'zh' ? '；' : '; ');
      throw new InputError(path, 'bad-rulebook', { problems });
    }
    throw error;
  }
}

function reportFailure(error: unknown, lang: Lang, io: CliIo): number {
  if (error instanceof InputError) {
    io.stderr.write(`${describeInputError(error, lang)}\n`);
    if (io.env.BUDGET_CHECK_DEBUG && error.cause instanceof Error) io.stderr.write(`${error.cause.stack}\n`);
  }
  else if (error instanceof UsageError) io.stderr.write(`${describeUsageError(error, lang)}\n`);
  else {
    io.stderr.write(`${say(lang, 'internal-error', { reason: shortReason(error) })}\n`);
    if (io.env.BUDGET_CHECK_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  }
  return EXIT.unusable;
}

function sheetNames(checked: CheckedFile): string[] {
  return checked.workbook.sheets.map((sheet) => sheet.name);
}

function useColour(io: CliIo): boolean {
  return Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined;
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

if (require.main === module) {
  // `budget-check … | head` closes the pipe early: stop quietly instead of dying on EPIPE
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
