/**
 * The CLI's words when --out converts: an .xls/.ods input gets an .xlsx copy, and both stderr and
 * the text report say the format changed. This branch's reader does not read .xls yet (issue 12,
 * the reader's part), so checkFile is replaced by one giving the .xls bytes with the findings of
 * the same workbook saved as .xlsx by LibreOffice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as CheckFileModule from '../../src/cli/check-file';
import { tempFolder } from '../support/temp-folder';
import { runCli } from '../support/xlsx-cli';

const FIXTURES = join(__dirname, '..', 'fixtures', 'out-copy');

jest.mock('../../src/cli/check-file', () => {
  const actual = jest.requireActual<typeof CheckFileModule>('../../src/cli/check-file');
  return {
    ...actual,
    checkFile: async (file: string, options: never, lang: 'zh' | 'en') => {
      const twin = await actual.checkFile(join(FIXTURES, 'rich-libreoffice.xlsx'), options, lang);
      return { ...twin, file, bytes: readFileSync(file) };
    },
  };
});

const temp = tempFolder();
afterAll(() => temp.cleanup());

describe('--out of an .xls', () => {
  it('writes an .xlsx copy and says, on stderr and in the report, that the format changed', async () => {
    const out = temp.file('copy.xlsx');
    const result = await runCli([join(FIXTURES, 'rich-openpyxl.xls'), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('注意：输入为 .xls 格式，批注副本已转换为 .xlsx 写出（格式已改变');
    expect(result.stdout.trim().split('\n').pop()).toContain('格式已改变');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('says it in English with --lang en, and not in the JSON', async () => {
    const result = await runCli([join(FIXTURES, 'rich-openpyxl.xls'), '--out', temp.file('copy-en.xlsx'), '--lang', 'en', '--json']);
    expect(result.stderr).toContain('the input is .xls; the annotated copy is written as .xlsx (the format changed');
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('copies an .xls without macros to .xlsm when asked, and names that format', async () => {
    const out = temp.file('copy.xlsm');
    const result = await runCli([join(FIXTURES, 'rich-openpyxl.xls'), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('批注副本已转换为 .xlsm 写出（格式已改变');
  });
});
