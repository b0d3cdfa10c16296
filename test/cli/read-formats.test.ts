/**
 * Every format finance staff have gives the findings of the .xlsx it was made from, and what
 * cannot be read gets one line saying why: an opening password, no spreadsheet (and what it is),
 * a damaged file (and which part), a format no reader here knows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { checkJson, runCli } from '../support/xlsx-cli';
import { tempFolder } from '../support/xlsx-build';

const ROOT = join(__dirname, '..', '..');
const temp = tempFolder();
afterAll(() => temp.cleanup());

/** The report without the file name, which differs by design. */
async function findingsOf(file: string) {
  const { code, report } = await checkJson(file);
  const { file: _name, ...rest } = report as unknown as Record<string, unknown>;
  return { code, rest };
}

describe.each(['shifeng-grid-2023', 'forms-2023'])('copies of %s in other formats', (name) => {
  let xlsx: Awaited<ReturnType<typeof findingsOf>>;
  beforeAll(async () => {
    xlsx = await findingsOf(join(ROOT, 'examples', `${name}.xlsx`));
  });

  it.each(['xls', 'xlsb', 'ods', 'xlsm'])('.%s gives exactly the .xlsx findings', async (format) => {
    expect(await findingsOf(join(ROOT, 'test/fixtures/formats', `${name}.${format}`))).toEqual(xlsx);
  });

  it('the format is found by content: an .xls saved under .et (as WPS names it) or under .xlsx is read', async () => {
    const bytes = readFileSync(join(ROOT, 'test/fixtures/formats', `${name}.xls`));
    expect(await findingsOf(temp.file(`${name}.et`, bytes))).toEqual(xlsx);
    expect(await findingsOf(temp.file(`${name}-renamed.xlsx`, bytes))).toEqual(xlsx);
  });
});

describe('workbooks written by other programs are read, never called damaged', () => {
  it.each(['openpyxl-note-picture.xlsx', 'openpyxl-nested-merges-table.xlsx', 'xlsxwriter-chartsheet.xlsx', 'openpyxl-iso-date.xlsx'])('%s', async (name) => {
    const { report } = await checkJson(join(ROOT, 'test/fixtures/other-writers', name));
    expect(report.tables.length).toBeGreaterThan(0);
  });

  it('an ISO date cell (t="d") in 实际支出 is reported as a date, never summed as 2023', async () => {
    const { report } = await checkJson(join(ROOT, 'test/fixtures/other-writers/openpyxl-iso-date.xlsx'));
    expect(report.findings.map((f) => [f.rule, f.cells[0]])).toEqual([['amounts-valid', 'H5']]);
    expect(report.findings[0].message).toContain('2023-12-31');
  });
});

function expectOneLine(result: { code: number; stdout: string; stderr: string }, ...parts: (string | RegExp)[]): void {
  expect([result.code, result.stdout]).toEqual([2, '']);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:|TypeError|undefined/);
  for (const part of parts) expect(lines[0]).toMatch(part);
}

/** A compound file holding the given streams, written by SheetJS's CFB writer. */
function compoundFile(streams: Readonly<Record<string, Buffer>>): Buffer {
  const container = XLSX.CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(container, name, content);
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** The .xls fixture with a FILEPASS record (an opening password, MS-XLS 2.4.117) right after its BOF. */
function xlsWithFilePass(): Buffer {
  const container = XLSX.CFB.read(readFileSync(join(ROOT, 'test/fixtures/formats/shifeng-grid-2023.xls')), { type: 'buffer' });
  const stream = Buffer.from(XLSX.CFB.find(container, 'Workbook')!.content as Uint8Array);
  const bofLength = 4 + stream.readUInt16LE(2);
  const filePass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00]);
  return compoundFile({ Workbook: Buffer.concat([stream.subarray(0, bofLength), filePass, stream.subarray(bofLength)]) });
}

describe('what cannot be read: one line, exit 2, no JavaScript', () => {
  it.each([
    [
      'an encrypted .xlsx (EncryptionInfo and EncryptedPackage)',
      'locked.xlsx',
      () => compoundFile({ EncryptionInfo: Buffer.alloc(64, 1), EncryptedPackage: Buffer.alloc(512, 2) }),
      '设有打开密码',
    ],
    ['an .xls with an opening password (FILEPASS)', 'locked.xls', xlsWithFilePass, '设有打开密码'],
    ['a Word .doc', 'minutes.xls', () => compoundFile({ WordDocument: Buffer.alloc(512, 3) }), /Word \(\.doc\) 文件，不是电子表格/],
    ['a PDF named .xlsx', 'report.xlsx', () => Buffer.from('%PDF-1.7\n%%EOF\n'), /PDF 文件，不是电子表格/],
    ['a CSV', 'figures.csv', () => Buffer.from('项目名称,年初预算\n网格,90\n'), '不是电子表格工作簿'],
    [
      'an OLE file without a workbook stream (a WPS .et of its own format)',
      'native.et',
      () => compoundFile({ Other: Buffer.alloc(512, 4) }),
      '无法读取这个 .et 文件',
    ],
    [
      'a compound file of garbage',
      'junk.xls',
      () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024, 0xff)]),
      '文件已损坏：复合文档目录无法读取',
    ],
  ])('%s', async (_label, name, build, says) => {
    expectOneLine(await runCli([temp.file(name, build())]), name, says);
  });

  it('a Word .docx', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    expectOneLine(await runCli([temp.file('report.docx', await zip.generateAsync({ type: 'nodebuffer' }))]), /Word \(\.docx\)/);
  });

  it('in English', async () => {
    const locked = temp.file('locked-en.xlsx', compoundFile({ EncryptionInfo: Buffer.alloc(64, 1), EncryptedPackage: Buffer.alloc(512, 2) }));
    expectOneLine(await runCli([locked, '--lang', 'en']), 'has an opening password');
  });
});
