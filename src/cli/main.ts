/**
 * budget-check: checks budget workbooks (.xlsx, .xlsm, .xls, .xlsb, .ods) with the same core as
 * the Excel add-in. `run` takes the arguments and the streams, so tests call it in-process; exit
 * codes: 0 no errors, 1 errors found, 2 input unusable; a batch with both errors and unusable
 * workbooks, 3. This file loads only what --help and
 * --version need; the check itself is in run-checks.ts.
 */
import { langHint, parseCliArgs } from './args';
import { say, type Lang } from './cli-text';
import { packageVersion, usage } from './help';
import { describeInputError, describeUsageError, InputError, shortReason, UsageError } from './input-error';

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
    // loaded only now: --help and --version need none of the readers, the core or the writers
    const { runChecks } = await import(/* webpackChunkName: "check" */ './run-checks');
    return await runChecks(options, io);
  } catch (error) {
    return reportFailure(error, lang, io);
  }
}

function reportFailure(error: unknown, lang: Lang, io: CliIo): number {
  if (error instanceof InputError) {
    io.stderr.write(`${describeInputError(error, lang)}\n`);
    if (io.env.BUDGET_CHECK_DEBUG && error.cause instanceof Error) io.stderr.write(`${error.cause.stack}\n`);
  } else if (error instanceof UsageError) io.stderr.write(`${describeUsageError(error, lang)}\n`);
  else {
    io.stderr.write(`${say(lang, 'internal-error', { reason: shortReason(error) })}\n`);
    if (io.env.BUDGET_CHECK_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  }
  return EXIT.unusable;
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Runs the command with the process's arguments and streams: what the bin (bin.ts) does. */
export function startCli(): void {
  // `budget-check … | head` closes the pipe early: stop quietly instead of dying on EPIPE
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  run(process.argv.slice(2)).then(async (code) => {
    process.exitCode = code;
    // Everything is done and written: exit once stdout and stderr have flushed it. Left to end by
    // itself, node first waits for V8's background work (code compiled for a next run that never
    // comes, marking a heap about to be freed): 15–20 ms after checking 100k rows.
    await flushed(process.stdout);
    await flushed(process.stderr);
    process.exit(code);
  });
}

/** Resolves once what was written to `stream` before is handed to the system (pipes are asynchronous on macOS and Windows). */
function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
