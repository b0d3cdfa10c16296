/**
 * The bundled bin, run as a user runs it: built as `npm run prepare` builds it (into test-output/,
 * so the real dist/ is left alone) and started with node.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeBenchWorkbook } from '../bench/sections/cli-bench-workbooks';
import { compileCli, type CompiledCli } from '../support/compiled-cli';
import { bytesOf, seedBook, tempFolder } from '../support/xlsx-build';

const ROOT = resolve(__dirname, '../..');
const temp = tempFolder();
let cli: CompiledCli;
let bin: string;

beforeAll(() => {
  cli = compileCli('bin-');
  bin = cli.bin;
}, 180_000);
afterAll(() => {
  cli.remove();
  temp.cleanup();
});

const runBin = (...args: string[]) => cli.run(...args);

describe('the compiled budget-check bin', () => {
  it('starts with a node shebang', () => {
    expect(existsSync(bin)).toBe(true);
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('is executable (`npx budget-check` runs the file itself)', () => {
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });

  it('checks the seed workbook: the spec §4 findings, exit 1', async () => {
    const file = temp.file('seed.xlsx', await bytesOf(seedBook()));
    const { code, stdout } = runBin(file, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { counts: unknown; findings: { rule: string; difference: number | null }[] };
    expect(report.counts).toEqual({ error: 1, warning: 1, info: 5 });
    expect(report.findings[0]).toMatchObject({ rule: 'projects-vs-summary', difference: 0.01 });
  });

  it('an unusable file: one line on stderr, exit 2, no stack trace', () => {
    const file = temp.file('renamed.xlsx', 'plain text, renamed');
    const { code, stdout, stderr } = runBin(file, '--lang', 'en');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `${file}: not a spreadsheet workbook (.xlsx, .xlsm, .xls, .xlsb, .ods and WPS .et can be checked; save CSV and other text as .xlsx in Excel or WPS first)\n`,
    );
  });

  it('exits only once its whole report has gone through a pipe its reader drains slowly, with the check’s exit code', async () => {
    // 20k rows: a report of about 0.4 MB, more than the socket node's spawn gives a child's stdout
    // holds (about 200 KB here), so the bin's last write is still pending when its work is done
    const { path: file } = await writeBenchWorkbook(temp.path, 'projects-20k.xlsx', 20_000);
    const whole = runBin(file, '--json'); // read as fast as it comes
    const child = spawn(process.execPath, [bin, file, '--json'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const chunks: Buffer[] = [];
    // a listener from the start (node drops what a paused stream holds once its child exits), each chunk read late
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 20);
    });
    const exitCode = await closed;
    expect(() => JSON.parse(whole.stdout) as unknown).not.toThrow(); // the whole report, not a cut one
    expect([exitCode, Buffer.concat(chunks).toString('utf8')]).toEqual([whole.code, whole.stdout]);
    expect(whole.code).toBe(1);
    expect(whole.stdout.length).toBeGreaterThan(256 * 1024);
    expect(chunks.length).toBeGreaterThan(2); // it did arrive piece by piece
  }, 120_000);

  it('--version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(runBin('--version').stdout).toBe(`budget-check ${version}\n`);
  });
});
