/** Several workbooks or a folder: one line per workbook, the totals, and an exit code for the lot. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../../src/cli/main';
import { bytesOf, seedBook, tempFolder } from '../support/xlsx-build';
import { runCli } from '../support/xlsx-cli';

const temp = tempFolder();
let seedBytes: Buffer;
let cleanBytes: Buffer;

beforeAll(async () => {
  seedBytes = await bytesOf(seedBook());
  // the seed with its summary made consistent with the projects: no errors left
  const clean = seedBook();
  clean.getWorksheet('收支总表')!.getCell('B10').value = 1964.4;
  clean.getWorksheet('收支总表')!.getCell('B9').value = 120.31;
  cleanBytes = await bytesOf(clean);

  mkdirSync(join(temp.path, 'units', 'sub'), { recursive: true });
  temp.file('units/a-seed.xlsx', seedBytes);
  temp.file('units/b-clean.xlsx', cleanBytes);
  temp.file('units/sub/c-nested.xlsx', cleanBytes);
  temp.file('units/~$a-seed.xlsx', Buffer.from('lock file Excel leaves while a workbook is open'));
  temp.file('units/notes.txt', '不是工作簿');
  mkdirSync(join(temp.path, 'clean-only'));
  temp.file('clean-only/b-clean.xlsx', cleanBytes);
  mkdirSync(join(temp.path, 'nothing'));
});
afterAll(() => temp.cleanup());

describe('a folder', () => {
  it('checks every .xlsx inside (recursively, skipping lock files), one line each, then the totals', async () => {
    const result = await runCli([join(temp.path, 'units')]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `✗ ${join(temp.path, 'units', 'a-seed.xlsx')}  错误 1 个，警告 1 个，提示 5 个`,
      `✓ ${join(temp.path, 'units', 'b-clean.xlsx')}  错误 0 个，警告 1 个，提示 5 个`,
      `✓ ${join(temp.path, 'units', 'sub', 'c-nested.xlsx')}  错误 0 个，警告 1 个，提示 5 个`,
      '',
      '共 3 个工作簿（0 个无法检查）：错误 1 个，警告 3 个，提示 15 个',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('exit 0 when no workbook has an error', async () => {
    expect((await runCli([join(temp.path, 'clean-only')])).code).toBe(0);
  });

  it('a folder without workbooks is unusable input', async () => {
    const result = await runCli([join(temp.path, 'nothing'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`${join(temp.path, 'nothing')}: the folder holds no .xlsx file`);
  });
});

describe('several files', () => {
  it('an unusable one is named on stderr and in its line; the others are still checked; exit 3 (errors and unusable)', async () => {
    const broken = temp.file('broken.xlsx', 'not a workbook');
    const seed = temp.file('seed.xlsx', seedBytes);
    const result = await runCli([seed, broken, '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr.trim()).toBe(
      `${broken}: not a spreadsheet workbook (.xlsx, .xlsm, .xls, .xlsb, .ods and WPS .et can be checked; save CSV and other text as .xlsx in Excel or WPS first)`,
    );
    expect(result.stdout).toContain(`✗ ${broken}  cannot check: not a spreadsheet workbook`);
    expect(result.stdout).toContain(`✗ ${seed}  errors: 1, warnings: 1, info: 5`);
    expect(result.stdout.trimEnd().split('\n').pop()).toBe('2 workbooks (1 could not be checked): errors: 1, warnings: 1, info: 5');
  });

  it('--json gives {"files": [...]}, an unusable file as {file, error}', async () => {
    const broken = temp.file('broken.xlsx', 'not a workbook');
    const clean = temp.file('clean.xlsx', cleanBytes);
    const result = await runCli([clean, broken, '--json']);
    const parsed = JSON.parse(result.stdout) as { files: Record<string, unknown>[] };
    expect(parsed.files).toHaveLength(2);
    expect(parsed.files[0]).toMatchObject({ file: clean, unit: '万元', counts: { error: 0, warning: 1, info: 5 } });
    expect(parsed.files[1]).toEqual({ file: broken, error: expect.stringContaining('不是电子表格工作簿') });
  });

  it('--out and --draft need exactly one workbook', async () => {
    const seed = temp.file('seed.xlsx', seedBytes);
    for (const flag of ['--out', '--draft']) {
      const result = await runCli([seed, seed, flag, temp.file(flag === '--out' ? 'x.xlsx' : 'x.md')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(flag);
    }
  });

  it('shows a progress bar on stderr only when stderr is a terminal', async () => {
    let progress = '';
    const terminal = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          progress += String(chunk);
          done();
        },
      }),
      { isTTY: true, columns: 80 },
    );
    let stdout = '';
    const code = await run([join(temp.path, 'clean-only'), join(temp.path, 'units', 'b-clean.xlsx')], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: terminal,
      env: {},
    });
    expect(code).toBe(0);
    expect(progress).toContain('2/2');
    expect(stdout).not.toContain('2/2');
  });
});
