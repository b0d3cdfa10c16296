/** Test helper: runs the budget-check CLI in-process and captures what it prints. */
import { Writable } from 'node:stream';
import { run } from '../../src/cli/main';
import type { JsonReport } from '../../src/cli/output-json';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stderrStream = new Writable({
    write(chunk, _encoding, done) {
      stderr += String(chunk);
      done();
    },
  });
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: Object.assign(stderrStream, { isTTY: false }),
    env: {},
  });
  return { code, stdout, stderr };
}

/** Runs with --json on one file and parses the report. */
export async function checkJson(file: string, ...extra: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await runCli([file, '--json', ...extra]);
  if (!result.stdout) throw new Error(`no JSON output (exit ${result.code}): ${result.stderr}`);
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}
