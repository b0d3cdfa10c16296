/**
 * The fast .xlsx reader on generated packages: every OOXML cell type, shared formulas moved to
 * each cell, strings with rich text and phonetic guides, dates, merges, sparse wide sheets,
 * Excel's grid limits, ZIP64, and zips that lie about their parts. Each input is built here.
 */
import JSZip from 'jszip';
import { InputError } from '../../src/cli/input-error';
import { readWorkbookBuffer } from '../../src/cli/read/read-workbook';
import { say } from '../../src/cli/cli-text';
import { describeInputError } from '../../src/cli/input-error';
import { ZipArchive } from '../../src/cli/read/zip-archive';
import { cellFormula, cellNumberFormat, cellValue } from '../../src/core/grid/sheet-access';
import type { Sheet } from '../../src/core/grid/types';
import { rawXlsx, type RawBook } from '../support/raw-xlsx';
import { asZip64 } from '../support/zip64';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function readRaw(book: RawBook): Promise<readonly Sheet[]> {
  return (await readWorkbookBuffer(await rawXlsx(book), 'test.xlsx')).sheets;
}

async function problemOf(bytes: Buffer): Promise<InputError> {
  try {
    await readWorkbookBuffer(bytes, 'bad.xlsx');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('read without complaint');
}

function worksheet(sheetData: string, after = ''): string {
  return `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="4"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>';

describe('every OOXML cell type, read as Excel shows it', () => {
  let sheet: Sheet;
  beforeAll(async () => {
    [sheet] = await readRaw({
      styles: STYLES,
      sharedStrings: [
        '<si><t>项目名称</t></si>',
        '<si><r><t>年初</t></r><r><rPr><b/></rPr><t xml:space="preserve">预算 </t></r></si>',
        '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
        '<si><t>a_x000D_b &amp; c</t></si>',
      ],
      sheets: [
        {
          name: 'S',
          xml: [
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
            '<row r="2"><c r="A2" s="1"><v>1865.39</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#REF!</v></c><c r="E2" t="d"><v>2023-12-31T00:00:00Z</v></c><c r="F2" t="d"><v>2023-05-06T08:30:00</v></c></row>',
            '<row r="3"><c r="A3" t="inlineStr"><is><r><t>内联</t></r><r><t>文字</t></r></is></c><c r="B3" t="str"><f>A3&amp;"!"</f><v>内联文字!</v></c><c r="C3" s="2"><v>45291</v></c><c r="D3" s="3"><v>0.9566</v></c><c r="E3"><f>1/0</f><v></v></c><c r="F3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
            '<row r="4"><c r="A4"><f>SUM(A2:A3)</f></c><c r="B4" t="b"><f>TRUE()</f><v>1</v></c><c r="C4"><v>1e3</v></c><c r="D4"><v>22,000.5abc</v></c></row>',
          ].join(''),
        },
      ],
    });
  });

  it('n, s (plain, rich, with a phonetic guide, with _xHHHH_), b, e, inlineStr and str', () => {
    expect(cellValue(sheet, 1, 1)).toBe('项目名称');
    expect(cellValue(sheet, 1, 2)).toBe('年初预算 ');
    expect(cellValue(sheet, 1, 3)).toBe('漢字');
    expect(cellValue(sheet, 1, 4)).toBe('a\rb & c');
    expect([cellValue(sheet, 2, 1), cellNumberFormat(sheet, 2, 1)]).toEqual([1865.39, '#,##0.00']);
    expect([cellValue(sheet, 2, 2), cellValue(sheet, 2, 3)]).toEqual([true, false]);
    expect(cellValue(sheet, 2, 4)).toEqual({ error: '#REF!' });
    expect(cellValue(sheet, 3, 1)).toBe('内联文字');
    expect([cellValue(sheet, 3, 2), cellFormula(sheet, 3, 2)]).toEqual(['内联文字!', '=A3&"!"']);
    expect(cellValue(sheet, 4, 3)).toBe(1000);
  });

  it('t="d" and numbers in date formats are dates as text, never amounts', () => {
    expect(cellValue(sheet, 2, 5)).toBe('2023-12-31');
    expect(cellValue(sheet, 2, 6)).toBe('2023-05-06T08:30:00');
    expect(cellValue(sheet, 3, 3)).toBe('2023-12-31');
    expect([cellValue(sheet, 3, 4), cellNumberFormat(sheet, 3, 4)]).toEqual([0.9566, '0.00%']);
  });

  it('a formula saved without its value is null (unknown), never 0; cached errors and booleans are kept', () => {
    expect([cellValue(sheet, 4, 1), cellFormula(sheet, 4, 1)]).toEqual([null, '=SUM(A2:A3)']);
    expect([cellValue(sheet, 3, 5), cellFormula(sheet, 3, 5)]).toEqual([null, '=1/0']);
    expect([cellValue(sheet, 3, 6), cellFormula(sheet, 3, 6)]).toEqual([{ error: '#DIV/0!' }, '=1/0']);
    expect([cellValue(sheet, 4, 2), cellFormula(sheet, 4, 2)]).toEqual([true, '=TRUE()']);
  });

  it('a number cell holding something else is its text, never a truncated number', () => {
    expect(cellValue(sheet, 4, 4)).toBe('22,000.5abc');
  });
});

describe('formulas, cells and sheets as writers other than Excel save them', () => {
  it('shared formulas: each cell gets its own text, relative references moved, the rest kept', async () => {
    const [sheet] = await readRaw({
      sheets: [
        {
          name: 'S',
          xml: [
            '<row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row>',
            `<row r="3"><c r="D3"><f t="shared" ref="D3:E5" si="0">SUM(B2:$C2)+B$2+'Other sheet'!A1+"A1"+LOG10(B2)+Sheet2!B2</f><v>1</v></c><c r="E3"><f t="shared" si="0"/><v>2</v></c></row>`,
            '<row r="5"><c r="D5"><f t="shared" si="0"/><v>3</v></c></row>',
          ].join(''),
        },
      ],
    });
    expect(cellFormula(sheet, 3, 4)).toBe(`=SUM(B2:$C2)+B$2+'Other sheet'!A1+"A1"+LOG10(B2)+Sheet2!B2`);
    expect(cellFormula(sheet, 3, 5)).toBe(`=SUM(C2:$C2)+C$2+'Other sheet'!B1+"A1"+LOG10(C2)+Sheet2!C2`);
    expect(cellFormula(sheet, 5, 4)).toBe(`=SUM(B4:$C4)+B$2+'Other sheet'!A3+"A1"+LOG10(B4)+Sheet2!B4`);
  });

  it('cells and rows without r follow the one before; hidden sheets are marked', async () => {
    const [sheet, hidden] = await readRaw({
      sheets: [
        { name: 'S', xml: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' },
        { name: 'H', xml: '<row r="1"><c r="A1"><v>1</v></c></row>', state: 'veryHidden' },
      ],
    });
    expect([cellValue(sheet, 1, 1), cellValue(sheet, 1, 2), cellValue(sheet, 2, 3), cellValue(sheet, 2, 4)]).toEqual(['a', 2, 3, 4]);
    expect([sheet.hidden, hidden.hidden]).toEqual([undefined, true]);
  });

  it('nested and repeated merged areas: the value stays in the top-left cell only', async () => {
    const [sheet] = await readRaw({
      sheets: [
        {
          name: 'S',
          xml: worksheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>hidden under the merge</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
            '<mergeCells count="3"><mergeCell ref="A1:D1"/><mergeCell ref="A1:B1"/><mergeCell ref="A1:D1"/></mergeCells>',
          ),
        },
      ],
    });
    expect(cellValue(sheet, 1, 1)).toBe('标题');
    expect(cellValue(sheet, 1, 2)).toBeNull();
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 1, left: 1, bottom: 1, right: 2 },
    ]);
  });

  it('a sheet part written with a namespace prefix is read by the general reader', async () => {
    const [sheet] = await readRaw({
      sheets: [
        {
          name: 'S',
          xml: `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        },
      ],
    });
    expect(cellValue(sheet, 1, 2)).toBe(7);
  });

  it('parts the check never uses are not read: a chart, a drawing and a media part that are garbage do no harm', async () => {
    const garbage = Buffer.from('this is not XML at all <<<');
    const [sheet] = await readRaw({
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      parts: {
        'xl/charts/chart1.xml': garbage,
        'xl/drawings/drawing1.xml': garbage,
        'xl/media/image1.png': garbage,
        'xl/pivotCache/pivotCacheDefinition1.xml': garbage,
      },
    });
    expect(cellValue(sheet, 1, 1)).toBe(1);
  });
});

describe('memory follows the cells stored, and Excel grid limits are enforced', () => {
  it('A1 and XFD1048576 only: two stored cells, no dense rectangle', async () => {
    const [sheet] = await readRaw({
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>' }],
    });
    expect(cellValue(sheet, 1048576, 16384)).toBe(2);
    const last = sheet.values[sheet.values.length - 1];
    expect([last.length, Object.keys(last).length]).toEqual([16384, 1]);
    // the empty rows between share one empty row
    expect(new Set(sheet.values.slice(1, -1)).size).toBe(1);
  });

  it('A1 plus an XFD cell on each of 20,000 rows: rows stay sparse', async () => {
    const rows = Array.from({ length: 20_000 }, (_v, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`);
    const [sheet] = await readRaw({ sheets: [{ name: 'S', xml: rows.join('') }] });
    expect(sheet.values).toHaveLength(20_000);
    expect(sheet.values.every((row) => row.length === 16384 && Object.keys(row).length === 2)).toBe(true);
    expect(cellValue(sheet, 20_000, 16384)).toBe(1);
  });

  it.each([
    ['a column beyond XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>', 'S!XFE1'],
    ['a row beyond 1,048,576', '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>', 'S!A2000000000'],
  ])('%s is one clear line naming sheet and cell', async (_label, xml, where) => {
    const error = await problemOf(await rawXlsx({ sheets: [{ name: 'S', xml }] }));
    expect([error.textId, error.where]).toEqual(['beyond-grid', where]);
    expect(describeInputError(error, 'zh')).toBe(`bad.xlsx ${where}: ${say('zh', 'beyond-grid')}`);
  });

  it('a shared string index the workbook does not hold names the cell, without JavaScript internals', async () => {
    const error = await problemOf(
      await rawXlsx({ sharedStrings: ['<si><t>a</t></si>'], sheets: [{ name: '项目', xml: '<row r="3"><c r="B3" t="s"><v>7</v></c></row>' }] }),
    );
    expect([error.textId, error.where]).toEqual(['bad-cell', '项目!B3']);
    expect(describeInputError(error, 'zh')).toMatch(/第 7 号共享字符串/);
  });
});

/** The central directory of a zip, each entry rewritten by `edit` (sizes, offsets), and the end record by `end`. */
function rewriteDirectory(bytes: Buffer, edit: (entry: Buffer, name: string) => Buffer, end?: (record: Buffer) => void): Buffer {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const offset = bytes.readUInt32LE(eocd + 16);
  const entries: Buffer[] = [];
  for (let at = offset; at < eocd;) {
    const length = 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const entry = Buffer.from(bytes.subarray(at, at + length));
    entries.push(edit(entry, entry.toString('utf8', 46, 46 + entry.readUInt16LE(28))));
    at += length;
  }
  const directory = Buffer.concat(entries);
  const record = Buffer.from(bytes.subarray(eocd, eocd + 22));
  record.writeUInt32LE(directory.length, 12);
  end?.(record);
  return Buffer.concat([bytes.subarray(0, offset), directory, record]);
}

describe('the zip itself', () => {
  const book: RawBook = { sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>42</v></c></row>' }] };

  it('reads a ZIP64 archive (sizes and offsets in the ZIP64 extra field)', async () => {
    const bytes = asZip64(await rawXlsx(book));
    expect(ZipArchive.open(bytes).parts.map((p) => p.name)).toContain('xl/worksheets/sheet1.xml');
    const [sheet] = (await readWorkbookBuffer(bytes, 'z64.xlsx')).sheets;
    expect(cellValue(sheet, 1, 1)).toBe(42);
  });

  it('counts entries by walking the directory, not by the 16-bit count of the end record', async () => {
    const zip = await JSZip.loadAsync(await rawXlsx(book));
    for (let i = 0; i < 3000; i++) zip.file(`padding/${i}.txt`, '');
    const padded = await zip.generateAsync({ type: 'nodebuffer' });
    const lying = rewriteDirectory(
      padded,
      (entry) => entry,
      (record) => record.writeUInt16LE(1, 10),
    );
    expect(ZipArchive.open(lying).parts.length).toBe(Object.keys(zip.files).length); // folders included, as JSZip lists them
    const [sheet] = (await readWorkbookBuffer(lying, 'lying.xlsx')).sheets;
    expect(cellValue(sheet, 1, 1)).toBe(42);
  });

  it('a part that inflates past its declared size is damaged, and the message names the part', async () => {
    const bytes = rewriteDirectory(await rawXlsx(book), (entry, name) => {
      if (name === 'xl/worksheets/sheet1.xml') entry.writeUInt32LE(10, 24);
      return entry;
    });
    const error = await problemOf(bytes);
    expect(error.textId).toBe('corrupt');
    expect(describeInputError(error, 'en')).toBe('bad.xlsx: the file is damaged: part xl/worksheets/sheet1.xml inflates past its declared size');
    expect(describeInputError(error, 'zh')).toBe('bad.xlsx: 文件已损坏：部件 xl/worksheets/sheet1.xml 解压后超出其声明的大小');
  });

  it('declared sizes over the memory budget are refused before anything is inflated', async () => {
    const bytes = rewriteDirectory(await rawXlsx(book), (entry, name) => {
      if (name === 'xl/worksheets/sheet1.xml') entry.writeUInt32LE(0xfffffff0, 24);
      return entry;
    });
    expect((await problemOf(bytes)).textId).toBe('too-large');
  });

  it('a sheet the workbook lists whose part is missing is damaged, naming the part', async () => {
    const zip = await JSZip.loadAsync(await rawXlsx(book));
    zip.remove('xl/worksheets/sheet1.xml');
    const error = await problemOf(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(describeInputError(error, 'en')).toBe('bad.xlsx: the file is damaged: part xl/worksheets/sheet1.xml is missing from the file');
  });
});
