/** --out: an annotated copy where only the flagged rows' highlight and a note are added. */
import { readFileSync, symlinkSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type ExcelJS from 'exceljs';
import { FILLS } from '../../src/cli/annotate';
import { writeZip } from '../../src/cli/package-copy/zip-writer';
import { ZipArchive } from '../../src/cli/read/zip-archive';
import { bytesOf, loadBook, seedBook, tempFolder } from '../support/xlsx-build';
import { runCli } from '../support/xlsx-cli';

const temp = tempFolder();
afterAll(() => temp.cleanup());

/** The seed, with a few things a user adds: a note, a coloured cell, a red font in a row we will flag. */
async function decoratedSeed(): Promise<Buffer> {
  const book = seedBook();
  const projects = book.getWorksheet('项目支出')!;
  projects.getCell('A6').note = '用户原有的批注';
  projects.getCell('B6').font = { color: { argb: 'FFFF0000' }, italic: true };
  projects.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B0F0' } };
  book.getWorksheet('收支总表')!.getCell('B10').numFmt = '0.000';
  projects.addConditionalFormatting({
    ref: 'H4:H14',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [100], priority: 1, style: { font: { color: { argb: 'FF9C0006' } } } }],
  });
  projects.getCell('C6').dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true };
  book.definedNames.add("'项目支出'!$H$4:$H$14", '实际支出');
  return bytesOf(book);
}

function styleOf(cell: ExcelJS.Cell) {
  const { numFmt, font, border, alignment, fill, protection } = cell.style;
  return JSON.parse(JSON.stringify({ numFmt, font, border, alignment, fill, protection })) as Record<string, unknown>;
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

describe('--out <annotated.xlsx>', () => {
  let input: string;
  let out: string;
  let before: Buffer;
  let original: ExcelJS.Workbook;
  let annotated: ExcelJS.Workbook;
  let stderr: string;

  beforeAll(async () => {
    before = await decoratedSeed();
    input = temp.file('input.xlsx', before);
    out = temp.file('annotated.xlsx');
    const result = await runCli([input, '--out', out]);
    expect(result.code).toBe(1);
    stderr = result.stderr;
    original = await loadBook(before);
    annotated = await loadBook(readFileSync(out));
  });

  const flagged = new Map<string, Map<number, string>>([
    ['收支总表', new Map([[10, FILLS.error]])],
    ['项目支出', new Map([[6, FILLS.warning]])],
  ]);

  it('never writes the input', () => {
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(stderr).toContain('annotated.xlsx');
  });

  it('keeps every value, formula and format of every cell (the highlight is a conditional format on top)', () => {
    expect(annotated.worksheets.map((s) => s.name)).toEqual(original.worksheets.map((s) => s.name));
    let compared = 0;
    for (const sheet of original.worksheets) {
      const copy = annotated.getWorksheet(sheet.name)!;
      expect(copy.model.merges).toEqual(sheet.model.merges);
      expect(copy.columns.map((c) => c.width)).toEqual(sheet.columns.map((c) => c.width));
      expect(copy.views).toEqual(sheet.views);
      sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          const twin = copy.getCell(rowNumber, column);
          expect(twin.value).toEqual(cell.value);
          expect(styleOf(twin)).toEqual(styleOf(cell));
          if (!flagged.get(sheet.name)?.has(rowNumber)) expect(noteText(twin)).toBe(noteText(cell));
          compared++;
        });
      });
    }
    expect(compared).toBeGreaterThan(150);
  });

  type CfSheet = ExcelJS.Worksheet & { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[]; style?: { fill?: unknown } }[] }[] };
  const formatsOf = (book: ExcelJS.Workbook, name: string) => (book.getWorksheet(name)! as CfSheet).conditionalFormattings;

  it("keeps conditional formats, data validation and defined names, adding its own formats after the user's", () => {
    const before = formatsOf(original, '项目支出');
    expect(before.length).toBeGreaterThan(0);
    expect(formatsOf(annotated, '项目支出').slice(0, before.length)).toEqual(before);
    expect(annotated.getWorksheet('项目支出')!.getCell('C6').dataValidation).toEqual(original.getWorksheet('项目支出')!.getCell('C6').dataValidation);
    expect(annotated.definedNames.model).toEqual(original.definedNames.model);
  });

  it('highlights the flagged rows across their table with a conditional format, red for errors and amber for warnings', () => {
    for (const [sheetName, rows] of flagged) {
      const ours = formatsOf(annotated, sheetName).filter((cf) => cf.rules.some((rule) => rule.formulae?.[0]?.includes('budget-check-highlight')));
      const width = sheetName === '项目支出' ? 'J' : 'B';
      for (const [rowNumber, colour] of rows) {
        const format = ours.find((cf) => cf.ref.split(' ').includes(`A${rowNumber}:${width}${rowNumber}`));
        expect(format?.rules[0]).toMatchObject({ type: 'expression', style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: colour } } } });
      }
      // nothing else is highlighted
      expect(ours.flatMap((cf) => cf.ref.split(' '))).toHaveLength(rows.size);
    }
    // the cells' own fills are untouched: the user's on C4, none on the flagged row
    expect(annotated.getWorksheet('项目支出')!.getCell('C4').fill).toMatchObject({ fgColor: { argb: 'FF00B0F0' } });
    expect((annotated.getWorksheet('项目支出')!.getCell('C6').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
  });

  it('explains the findings in a note on the first cell of the row, after any note already there', () => {
    const summaryNote = noteText(annotated.getWorksheet('收支总表')!.getCell('A10'));
    expect(summaryNote).toContain('[错误]');
    expect(summaryNote).toContain('1964.41');
    const projectNote = noteText(annotated.getWorksheet('项目支出')!.getCell('A6'));
    expect(projectNote.startsWith('用户原有的批注')).toBe(true);
    expect(projectNote).toContain('云龙区');
  });

  it('writes the notes in English with --lang en', async () => {
    const english = temp.file('annotated-en.xlsx');
    await runCli([input, '--out', english, '--lang', 'en']);
    const book = await loadBook(readFileSync(english));
    expect(noteText(book.getWorksheet('收支总表')!.getCell('A10'))).toContain('[error]');
  });
});

describe('--out refuses to overwrite the input', () => {
  it.each([
    ['the same path', (input: string) => input],
    ['another spelling of it', (input: string) => `${relative(process.cwd(), temp.path)}/./sub/../${basename(input)}`],
    [
      'a link to it',
      (input: string) => {
        const link = join(temp.path, 'link.xlsx');
        symlinkSync(input, link);
        return link;
      },
    ],
  ])('%s', async (_label, outOf) => {
    const bytes = await bytesOf(seedBook());
    const input = temp.file('same.xlsx', bytes);
    const result = await runCli([input, '--out', outOf(input)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--out');
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it('an --out that is not .xlsx, or in a folder that does not exist', async () => {
    const input = temp.file('ok.xlsx', await bytesOf(seedBook()));
    const notXlsx = await runCli([input, '--out', temp.file('copy.csv')]);
    expect([notXlsx.code, notXlsx.stderr.trim().split('\n')]).toEqual([2, [expect.stringContaining('.xlsx')]]);
    const nowhere = await runCli([input, '--out', join(temp.path, 'missing', 'copy.xlsx')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/missing.copy\.xlsx: 所在的文件夹不存在/);
    expect(nowhere.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--out on a workbook whose copy would need ZIP64', () => {
  it('checks it, writes no copy and says why in one line', async () => {
    // 65,535 parts, the most a plain zip holds: the copy's notes and drawing would be more
    const seed = ZipArchive.open(await bytesOf(seedBook()));
    const filler = Array.from({ length: 0xffff - seed.parts.length }, (_, i) => ({ name: `customXml/filler${i}.bin`, data: Buffer.from('x') }));
    const input = temp.file('many-parts.xlsx', writeZip([...seed.parts.map((kept) => ({ kept, from: seed })), ...filler]));
    const out = join(temp.path, 'many-parts-copy.xlsx');
    const result = await runCli([input, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('错误'); // the check's results are printed before the copy is attempted
    expect(result.stderr.trim().split('\n')).toEqual([`${out}: 未写批注副本：副本的部件超过 65,535 个，须用 ZIP64 格式，本工具不写这种文件；核对结果不受影响`]);
    expect(() => readFileSync(out)).toThrow();
  }, 60_000);
});
