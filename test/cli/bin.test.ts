/**
 * The compiled bin, run as a user runs it: built with the same tsconfig as `npm run prepare`
 * (into test-output/, so the real dist/ is left alone) and started with node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bytesOf, seedBook, tempFolder } from '../support/xlsx-build';

const ROOT = resolve(__dirname, '../..');
const temp = tempFolder();
let outDir: string;
let bin: string;

beforeAll(() => {
  outDir = mkdtempSync(join(ROOT, 'test-output', 'bin-'));
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'src/cli/tsconfig.json', '--outDir', outDir], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // type errors are tsc --noEmit's business; what matters here is that the bin was emitted
  }
  bin = join(outDir, 'cli', 'main.js');
}, 180_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  temp.cleanup();
});

function runBin(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the compiled budget-check bin', () => {
  it('starts with a node shebang', () => {
    expect(existsSync(bin)).toBe(true);
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
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
    expect(stderr).toBe(`${file}: not an .xlsx workbook (save it as .xlsx in Excel, then check again)\n`);
  });

  it('--version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(runBin('--version').stdout).toBe(`budget-check ${version}\n`);
  });
});
