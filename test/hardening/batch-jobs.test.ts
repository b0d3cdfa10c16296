/**
 * A folder checked by several threads (--jobs) prints exactly what one thread prints: the same
 * lines in the same order, the same stderr, the same exit code. Threads need the compiled CLI, so
 * it is built as `npm run prepare` builds it (into test-output/, leaving dist/ alone).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import JSZip from 'jszip';
import { threadCount } from '../../src/cli/batch-check';
import { join } from 'node:path';
import { compileCli, type CompiledCli } from '../support/compiled-cli';
import { bytesOf, seedBook, tempFolder } from '../support/xlsx-build';
import { runCli } from '../support/xlsx-cli';
import { say } from '../../src/cli/cli-text';

const temp = tempFolder('budget-check-jobs-');
let cli: CompiledCli;

beforeAll(async () => {
  cli = compileCli('jobs-');

  // twelve workbooks: the seed, variants with an error more or less, one unusable, one in a subfolder
  const seed = seedBook();
  mkdirSync(join(temp.path, 'units', 'sub'), { recursive: true });
  for (let i = 1; i <= 10; i++) {
    seed.getWorksheet('项目支出')!.getCell('H8').value = 18.37 + (i % 3 === 0 ? i : 0);
    temp.file(`units/unit-${String(i).padStart(2, '0')}.xlsx`, await bytesOf(seed));
  }
  temp.file('units/sub/nested.xlsx', await bytesOf(seedBook()));
  temp.file('units/broken.xlsx', 'not a workbook');
}, 240_000);

afterAll(() => {
  cli.remove();
  temp.cleanup();
});

const runBin = (...args: string[]) => cli.run(...args);

describe('--jobs: several threads, the same report', () => {
  it('the compiled CLI has its worker (without it a batch runs in one thread)', () => {
    expect(existsSync(join(cli.outDir, 'chunks', 'batch-worker.js'))).toBe(true);
  });

  it.each([['text'], ['--json']])(
    '%s output is the same with 1, 2 and 3 threads and by default',
    (mode) => {
      const extra = mode === 'text' ? [] : [mode];
      const folder = join(temp.path, 'units');
      const one = runBin(folder, '--jobs', '1', ...extra);
      expect(one.code).toBe(3); // errors found, and an unusable workbook
      expect(one.stderr).toBe(`${join(folder, 'broken.xlsx')}: ${say('zh', 'not-xlsx')}\n`);
      // --jobs 2000 is capped at the core count (it started 2,000 threads and was killed)
      for (const jobs of [['--jobs', '2'], ['-j', '3'], [], ['--jobs', '2000']]) expect(runBin(folder, ...jobs, ...extra)).toEqual(one);
      if (mode === 'text') {
        expect(one.stdout.trimEnd().split('\n').slice(0, 3)).toEqual([
          `✗ ${join(folder, 'broken.xlsx')}  无法检查: ${say('zh', 'not-xlsx')}`,
          `✗ ${join(folder, 'sub', 'nested.xlsx')}  错误 1 个，警告 1 个，提示 5 个`,
          `✗ ${join(folder, 'unit-01.xlsx')}  错误 1 个，警告 1 个，提示 5 个`,
        ]);
      } else {
        expect((JSON.parse(one.stdout) as { files: unknown[] }).files).toHaveLength(12);
      }
    },
    120_000,
  );

  it.each([['0'], ['-2'], ['1.5'], ['many']])('--jobs %s is a usage error', async (value) => {
    const result = await runCli([temp.path, `--jobs=${value}`, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`usage error: --jobs must be a whole number ≥ 1 (workbooks checked at once), got "${value}". See --help\n`);
  });
});

describe('threads', () => {
  it('are capped at the core count and the number of workbooks', () => {
    expect(threadCount(2000, 500, 2)).toBe(2);
    expect(threadCount(undefined, 500, 4)).toBe(4);
    expect(threadCount(3, 1, 8)).toBe(1);
    expect(threadCount(2000, 500)).toBeLessThanOrEqual(availableParallelism());
  });
});

describe('isolation: a workbook that exhausts the memory of its thread', () => {
  it('becomes one line for that file; the others keep their results; the exit code says both', async () => {
    const folder = join(temp.path, 'isolated');
    mkdirSync(folder);
    const seedBytes = await bytesOf(seedBook());
    temp.file('isolated/a.xlsx', seedBytes);
    temp.file('isolated/b-styles.xlsx', await withHugeStyles(seedBytes));
    temp.file('isolated/c.xlsx', seedBytes);
    const result = spawnSync(process.execPath, [cli.bin, folder, '--jobs', '2', '--lang', 'en'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', BUDGET_CHECK_JOB_HEAP_MB: '64' },
      timeout: 240_000,
    });
    expect(result.status).toBe(3);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`✗ ${join(folder, 'a.xlsx')}  errors: 1, warnings: 1, info: 5`);
    expect(lines[1]).toMatch(new RegExp(`^✗ ${escape(join(folder, 'b-styles.xlsx'))}  cannot check: `));
    expect(lines[2]).toBe(`✗ ${join(folder, 'c.xlsx')}  errors: 1, warnings: 1, info: 5`);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('b-styles.xlsx');
    expect(result.stderr).not.toMatch(/\n\s+at |TypeError|FATAL/);
  }, 240_000);
});

/** The workbook with a million cell styles: small zipped, far more than 64 MB once exceljs holds them. */
async function withHugeStyles(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const count = 1_000_000;
  const xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  zip.file('xl/styles.xml', styles.replace(/<cellXfs count="\d+">/, `<cellXfs count="${count}">${xf.repeat(count)}`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
