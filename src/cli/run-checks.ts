/**
 * The check behind the command line: one workbook with its full report (and --out, --draft), or
 * a batch with a line each. Loaded by main.ts only when there is something to check.
 */
import { extname } from 'node:path';
import type { CheckOptions, CheckResult } from '../core/check-api';
import { indicatorTableRows } from '../core/indicators/indicator-table';
import { availableProfiles, selectProfile } from '../core/indicators/profiles';
import { loadRulebook, RulebookError } from '../core/rulebook/load-rulebook';
import type { Rulebook } from '../core/rulebook/rulebook-types';
import type { CliOptions } from './args';
import { batchSummary, expandInputs, isFolder, startProgress, type BatchEntry } from './batch';
import type { BatchOutcome } from './batch-check';
import { checkFile, type CheckedFile } from './check-file';
import { say, type Lang } from './cli-text';
import { InputError, UsageError } from './input-error';
import { EXIT, type CliIo } from './main';
import { jsonReport, stringifyReport } from './output-json';
import { textReport } from './output-text';
import { MAX_RULEBOOK_BYTES, readInputBytes } from './read/input-bytes';
import { assertWritableTarget, isSameFile } from './write-output';

export async function runChecks(options: CliOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const rulebook = options.rules !== undefined ? await readRulebook(options.rules, lang) : undefined;
  const checkOptions: CheckOptions = {
    ...(options.tolerance !== undefined ? { toleranceWan: options.tolerance } : {}),
    ...(rulebook ? { rulebook } : {}),
    ...(options.profile !== undefined ? { profile: checkedProfile(options.profile, rulebook) } : {}),
  };
  // one file gets the full report; a folder or several files, a line each
  const single = options.inputs.length === 1 && !(await isFolder(options.inputs[0]));
  if (single) return runOne(options.inputs[0], options, checkOptions, io);
  if (options.out !== undefined) throw new UsageError('out-needs-one-file');
  if (options.draft !== undefined) throw new UsageError('draft-needs-one-file');
  return runMany(await expandInputs(options.inputs), options, checkOptions, io);
}

/** Every output option, checked before any work: a bad --draft is found before --out is written. */
async function assertOutputsUsable(file: string, options: CliOptions, annotate: typeof import('./annotate') | null): Promise<void> {
  const { out, draft, force } = options;
  if (out !== undefined && annotate) {
    await annotate.assertNotInput(file, out);
    annotate.assertOutKind(file, out);
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
  // the copy's writer is loaded only when a copy is asked for
  const annotate = options.out !== undefined ? await import(/* webpackChunkName: "annotate" */ './annotate') : null;
  await assertOutputsUsable(file, options, annotate);
  const checked = await checkFile(file, checkOptions, options.lang);
  const { result } = checked;
  if (options.json) io.stdout.write(stringifyReport(jsonReport(file, result, options.lang)));
  else io.stdout.write(textReport(file, result, sheetNames(checked), { lang: options.lang, colour: useColour(io) }));
  if (options.out !== undefined) {
    const copy = await annotate!.writeAnnotatedCopy(checked.bytes, file, options.out, checked.workbook, result, options.lang, options.force);
    if (copy.convertedFrom) {
      // the format changed: said on stderr and after the text report
      const note = say(options.lang, 'out-converted', { format: copy.convertedFrom, target: extname(options.out).toLowerCase() });
      io.stderr.write(`${note}\n`);
      if (!options.json) io.stdout.write(`${note}\n`);
    }
    io.stderr.write(`${say(options.lang, 'out-written', { file: options.out, rows: copy.rows })}\n`);
    if (options.indicatorsSheet) await writeIndicatorSheet(options.out, result, options.lang, io);
  }
  if (options.draft !== undefined) await writeDraftFile(options.draft, checked, options, io);
  return result.counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
}

/** Several workbooks: a line each and the totals (or {"files": [...]}); unusable ones are named on stderr. */
async function runMany(entries: readonly BatchEntry[], options: CliOptions, checkOptions: CheckOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  // the batch runner and its workers are loaded only for several workbooks
  const { checkEntries } = await import(/* webpackChunkName: "batch" */ './batch-check');
  const progress = await startProgress(io.stderr, entries.length);
  let outcomes: BatchOutcome[];
  try {
    outcomes = await checkEntries(entries, { checkOptions, lang, jobs: options.jobs, onDone: () => progress.tick() });
  } finally {
    progress.stop();
  }
  const problems = outcomes.flatMap((outcome) => (outcome.problem ? [outcome.problem] : []));
  for (const problem of problems) io.stderr.write(`${problem}\n`);
  const json = { files: outcomes.map((outcome) => outcome.report) };
  io.stdout.write(
    options.json
      ? stringifyReport(json)
      : batchSummary(
          outcomes.map((outcome) => outcome.line),
          lang,
        ),
  );
  // the exit code says both: errors found in some workbooks (1), others unusable (2), or both (3)
  const errorsFound = outcomes.some((outcome) => (outcome.line.counts?.error ?? 0) > 0);
  if (problems.length > 0) return errorsFound ? EXIT.errorsAndUnusable : EXIT.unusable;
  return errorsFound ? EXIT.errorsFound : EXIT.ok;
}

/** A --profile the rulebook knows, else a usage error listing the ones it does. */
function checkedProfile(id: string, rulebook: Rulebook | undefined): string {
  if (selectProfile(rulebook, id)) return id;
  throw new UsageError('bad-profile', {
    value: id,
    known: availableProfiles(rulebook)
      .map((profile) => profile.id)
      .join(', '),
  });
}

/** --indicators-sheet: the indicator table as a new sheet of the --out copy (its writer loaded only then). */
async function writeIndicatorSheet(out: string, result: CheckResult, lang: Lang, io: CliIo): Promise<void> {
  const { addIndicatorSheet } = await import(/* webpackChunkName: "indicator-sheet" */ './indicator-sheet');
  const sheet = await addIndicatorSheet(out, lang === 'zh' ? '共性指标' : 'Indicators', indicatorTableRows(result.indicators, result.profile, lang));
  io.stderr.write(`${say(lang, 'indicators-sheet-written', { sheet })}\n`);
}

async function writeDraftFile(path: string, checked: CheckedFile, options: CliOptions, io: CliIo): Promise<void> {
  const { lang, force } = options;
  // loaded on demand: the report writer (docx) is not needed to check a workbook
  const { DraftOutputError, writeDraft } = await import(/* webpackChunkName: "draft" */ './draft-output');
  try {
    const written = await writeDraft(path, checked.result, checked.workbook, { inputPath: checked.file, force });
    io.stderr.write(
      `${say(lang, 'draft-written', { file: written.path, placeholders: written.placeholders, flagged: written.flagged, notes: written.notes })}\n`,
    );
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

function sheetNames(checked: CheckedFile): string[] {
  return checked.workbook.sheets.map((sheet) => sheet.name);
}

function useColour(io: CliIo): boolean {
  return Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined;
}
