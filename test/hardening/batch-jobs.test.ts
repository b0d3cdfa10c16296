/**
 * A folder checked by several threads (--jobs) prints exactly what one thread prints: the same
 * lines in the same order, the same stderr, the same exit code. Threads need the compiled CLI, so
 * it is built as `npm run prepare` builds it (into test-output/, leaving dist/ alone).
 */
import { existsSync, mkdirSync } from 'node:fs';
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
    expect(existsSync(join(cli.outDir, 'cli', 'batch-worker.js'))).toBe(true);
  });

  it.each([['text'], ['--json']])('%s output is the same with 1, 2 and 3 threads and by default', (mode) => {
    const extra = mode === 'text' ? [] : [mode];
    const folder = join(temp.path, 'units');
    const one = runBin(folder, '--jobs', '1', ...extra);
    expect(one.code).toBe(2); // the unusable workbook
    expect(one.stderr).toBe(`${join(folder, 'broken.xlsx')}: ${say('zh', 'not-xlsx')}\n`);
    for (const jobs of [['--jobs', '2'], ['-j', '3'], []]) expect(runBin(folder, ...jobs, ...extra)).toEqual(one);
    if (mode === 'text') {
      expect(one.stdout.trimEnd().split('\n').slice(0, 3)).toEqual([
        `✗ ${join(folder, 'broken.xlsx')}  无法检查: ${say('zh', 'not-xlsx')}`,
        `✗ ${join(folder, 'sub', 'nested.xlsx')}  错误 1 个，警告 1 个，提示 5 个`,
        `✗ ${join(folder, 'unit-01.xlsx')}  错误 1 个，警告 1 个，提示 5 个`,
      ]);
    } else {
      expect((JSON.parse(one.stdout) as { files: unknown[] }).files).toHaveLength(12);
    }
  }, 120_000);

  it.each([['0'], ['-2'], ['1.5'], ['many']])('--jobs %s is a usage error', async (value) => {
    const result = await runCli([temp.path, `--jobs=${value}`, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`usage error: --jobs must be a whole number ≥ 1 (workbooks checked at once), got "${value}". See --help\n`);
  });
});
