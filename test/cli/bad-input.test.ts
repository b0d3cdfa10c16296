/**
 * Unusable input gets one clear line on stderr naming the file (and the sheet and cell where there
 * is one), exit code 2, no stack trace; the input is never changed. Questionable cells inside a
 * usable workbook are findings naming their cell.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../../src/cli/read-xlsx';
import ExcelJS from 'exceljs';
import { bookFromRows, bytesOf, seedBook, tempFolder } from '../support/xlsx-build';
import { checkJson, runCli, type CliRun } from '../support/xlsx-cli';

const temp = tempFolder();
afterAll(() => temp.cleanup());

function expectOneCleanLine(result: CliRun, ...parts: (string | RegExp)[]): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|TypeError/);
  for (const part of parts) expect(lines[0]).toMatch(part);
}

async function runOn(name: string, bytes: Buffer, ...args: string[]): Promise<CliRun> {
  const file = temp.file(name, bytes);
  const result = await runCli([file, ...args]);
  expect(readFileSync(file).equals(bytes)).toBe(true);
  return result;
}

describe('files that are not usable workbooks', () => {
  const CFB = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);

  it.each([
    ['a CSV file', 'figures.csv', Buffer.from('项目名称,年初预算\n网格,90\n'), '不是电子表格工作簿'],
    ['a .txt renamed .xlsx', 'renamed.xlsx', Buffer.from('石峰区网格化管理服务中心'), '不是电子表格工作簿'],
    // encrypted workbooks and real .xls files are in read-formats.test.ts; this compound file is empty
    ['a compound file with nothing in it', 'hollow.xls', CFB, '已损坏'],
    ['a damaged zip', 'damaged.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 1)]), '已损坏'],
  ])('%s', async (_label, name, bytes, says) => {
    expectOneCleanLine(await runOn(name, bytes), name, says);
  });

  it('an empty workbook', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    expectOneCleanLine(await runOn('empty.xlsx', await bytesOf(book)), 'empty.xlsx', '工作簿是空的');
  });

  it('a missing file, in English with --lang en', async () => {
    expectOneCleanLine(await runCli([temp.file('nowhere.xlsx'), '--lang', 'en']), 'nowhere.xlsx', 'file not found');
  });

  it('a damaged file in English', async () => {
    expectOneCleanLine(await runOn('hollow-en.xls', CFB, '--lang', 'en'), 'the file is damaged');
  });
});

describe('workbooks without a table to check', () => {
  it('a sheet with no recognisable table names the sheets searched', async () => {
    const book = bookFromRows([
      { name: '说明', rows: [['本表为说明'], ['没有表格']] },
      { name: 'Sheet2', rows: [[1, 2, 3]] },
    ]);
    expectOneCleanLine(await runOn('prose.xlsx', await bytesOf(book)), 'prose.xlsx', '说明', 'Sheet2');
  });

  it('a project table without its 实际支出 column says which column and where it looked', async () => {
    const book = bookFromRows([{ name: '项目', rows: [['单位：万元'], ['序号', '项目名称', '年初预算', '结余结转'], [1, '网格信息化建设项目', 90, 78.86]] }]);
    expectOneCleanLine(await runOn('no-spending.xlsx', await bytesOf(book)), /no-spending\.xlsx 项目!A2: /, '实际支出', '第2行');
  });
});

describe('text and error cells in amounts', () => {
  it('are findings naming their cell; a number stored as text is used, an error never is', async () => {
    const book = seedBook();
    const projects = book.getWorksheet('项目支出')!;
    projects.getCell('C4').value = '90'; // a number stored as text
    projects.getCell('D4').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    projects.getCell('I8').value = '三十'; // words where an amount belongs
    projects.getCell('C11').value = new Date(Date.UTC(2023, 0, 1));
    projects.getCell('C11').numFmt = 'yyyy-mm-dd'; // a date where an amount belongs
    const file = temp.file('text-cells.xlsx', await bytesOf(book));
    const { code, report } = await checkJson(file);
    expect(code).toBe(1);
    const valid = report.findings.filter((f) => f.rule === 'amounts-valid');
    expect(valid.map((f) => [f.severity, f.cells[0]])).toEqual([
      ['warning', 'C4'],
      ['error', 'D4'],
      ['error', 'I8'],
      ['error', 'C11'],
    ]);
    expect(valid[1].message).toContain('#REF!');
    expect(valid[3].message).toContain('2023-01-01');
    // 90 as text still balances the project; the #REF! leaves its row unbalanced and is reported there
    const balance = report.findings.filter((f) => f.rule === 'project-balance').map((f) => f.row);
    expect(balance).not.toContain(13);
  });
});

describe('command-line mistakes', () => {
  it.each([
    [['--json'], '请给出要检查的'],
    [['a.xlsx', '--bogus'], '未知选项 --bogus'],
    [['a.xlsx', '--tolerance', 'abc'], '--tolerance'],
    [['a.xlsx', '--tolerance', '-1'], '--tolerance'],
    [['a.xlsx', '--lang', 'fr'], '--lang'],
    [['a.xlsx', '--out'], '--out'],
    [['a.xlsx', 'b.xlsx', '--out', 'c.xlsx'], '--out'],
  ])('%j', async (argv, says) => {
    expectOneCleanLine(await runCli(argv), says);
  });

  it('--help and --version', async () => {
    const help = await runCli(['--help']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('用法：budget-check')]);
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toContain('Usage: budget-check');
    expect((await runCli(['--version'])).stdout).toMatch(/^budget-check \d+\.\d+\.\d+\n$/);
  });
});

describe('--rules <rulebook.json>', () => {
  let seedFile: string;
  beforeAll(async () => {
    seedFile = temp.file('seed.xlsx', await bytesOf(seedBook()));
  });

  it('a rulebook that is not JSON, or names a rule that does not exist, is refused with its reason', async () => {
    expectOneCleanLine(await runCli([seedFile, '--rules', temp.file('broken.json', '{ "id": ')]), /broken\.json: 规则库无法使用：不是有效的 JSON/);

    const unknown = { id: 'x', version: '1', name: { zh: '测试', en: 'test' }, tolerance: -1, rules: { 'no-such-rule': {} } };
    const result = await runCli([seedFile, '--rules', temp.file('unknown.json', JSON.stringify(unknown)), '--lang', 'en']);
    expectOneCleanLine(result, 'unknown.json: the rulebook cannot be used: ', 'tolerance', 'no-such-rule');

    expectOneCleanLine(await runCli([seedFile, '--rules', temp.file('absent.json')]), 'absent.json', '找不到文件');
  });

  it('a valid rulebook is used: its tolerance and disabled rules apply', async () => {
    const rulebook = {
      id: 'bureau',
      version: '2',
      name: { zh: '某财政局', en: 'A bureau' },
      tolerance: 0.02,
      rules: { 'sub-items': { enabled: false } },
    };
    const { code, report } = await checkJson(seedFile, '--rules', temp.file('bureau.json', JSON.stringify(rulebook)));
    expect(code).toBe(0);
    expect(report.findings.some((f) => f.rule === 'sub-items')).toBe(false);
    expect(report.counts.error).toBe(0);
    const text = await runCli([seedFile, '--rules', temp.file('bureau.json')]);
    expect(text.stdout).toContain('bureau 2');
  });
});

describe('paths that are not regular files', () => {
  it('a FIFO named .xlsx is refused at once, alone and inside a folder batch', async () => {
    const fifo = temp.file('pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    expectOneCleanLine(await runCli([fifo]), 'pipe.xlsx', '不是普通文件');
    mkdirSync(join(temp.path, 'with-pipe'));
    const inFolder = join(temp.path, 'with-pipe', 'pipe.xlsx');
    execFileSync('mkfifo', [inFolder]);
    writeFileSync(join(temp.path, 'with-pipe', 'seed.xlsx'), await bytesOf(seedBook()));
    const batch = await runCli([join(temp.path, 'with-pipe'), '--lang', 'en']);
    expect(batch.code).toBe(3);
    expect(batch.stdout).toContain(`✗ ${inFolder}  cannot check: not a regular file`);
    expect(batch.stdout).toContain('errors: 1, warnings: 1, info: 5');
  }, 30_000);

  it('a link to /dev/zero is refused before a byte is read', async () => {
    const link = temp.file('zero.xlsx');
    symlinkSync('/dev/zero', link);
    expectOneCleanLine(await runCli([link, '--lang', 'en']), 'zero.xlsx', 'not a regular file');
  });

  it('a file over the size cap is refused with its size', async () => {
    const huge = temp.file('huge.xlsx');
    writeFileSync(huge, 'PK');
    truncateSync(huge, MAX_INPUT_BYTES + 1); // sparse on disk: no space taken
    expectOneCleanLine(await runCli([huge, '--lang', 'en']), 'huge.xlsx', /too large \(257 MB; the limit is 256 MB\)/);
  });
});
