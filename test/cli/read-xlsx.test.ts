import ExcelJS from 'exceljs';
import { readXlsxBuffer, readXlsxFile } from '../../src/cli/read-xlsx';
import { InputError } from '../../src/cli/input-error';
import { cellFormula, cellNumberFormat, cellValue } from '../../src/core/grid/sheet-access';
import type { Sheet } from '../../src/core/grid/types';
import { bookFromRows, bytesOf, tempFolder } from '../support/xlsx-build';

const temp = tempFolder();
afterAll(() => temp.cleanup());

async function readBook(book: ExcelJS.Workbook): Promise<readonly Sheet[]> {
  return (await readXlsxBuffer(await bytesOf(book), 'test.xlsx')).sheets;
}

describe('reading an .xlsx into the grid', () => {
  it('keeps values as a person sees them and formulas with their leading =', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('S');
    sheet.getCell('B2').value = 1865.39;
    sheet.getCell('B2').numFmt = '#,##0.00';
    sheet.getCell('C2').value = { formula: 'B2*2', result: 3730.78 };
    sheet.getCell('D2').value = { formula: 'B2-B2', result: 0 }; // exceljs drops a 0 result from cell.value
    // a shared formula as Excel saves one: the master holds the text, the others point at it
    sheet.getCell('B3').value = { formula: 'B2+1', shareType: 'shared', ref: 'B3:B4', result: 1866.39 } as ExcelJS.CellFormulaValue;
    sheet.getCell('B4').value = { sharedFormula: 'B3', result: 1867.39 };
    sheet.getCell('C3').value = { richText: [{ text: '项目' }, { text: '名称', font: { bold: true } }] };
    sheet.getCell('C4').value = { text: '链接文字', hyperlink: 'https://example.org' };
    sheet.getCell('D3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    sheet.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    sheet.getCell('E2').value = new Date(Date.UTC(2023, 11, 31));
    sheet.getCell('E3').value = true;
    sheet.getCell('E4').value = '0.13';

    const [read] = await readBook(book);
    expect([read.top, read.left]).toEqual([2, 2]);
    expect(cellValue(read, 2, 2)).toBe(1865.39);
    expect(cellNumberFormat(read, 2, 2)).toBe('#,##0.00');
    expect([cellValue(read, 2, 3), cellFormula(read, 2, 3)]).toEqual([3730.78, '=B2*2']);
    expect([cellValue(read, 2, 4), cellFormula(read, 2, 4)]).toEqual([0, '=B2-B2']);
    expect(cellFormula(read, 3, 2)).toBe('=B2+1');
    expect([cellValue(read, 4, 2), cellFormula(read, 4, 2)]).toEqual([1867.39, '=B3+1']); // shared formula expanded
    expect(cellValue(read, 3, 3)).toBe('项目名称');
    expect(cellValue(read, 4, 3)).toBe('链接文字');
    expect(cellValue(read, 3, 4)).toEqual({ error: '#REF!' });
    expect([cellValue(read, 4, 4), cellFormula(read, 4, 4)]).toEqual([{ error: '#DIV/0!' }, '=1/0']);
    expect(cellValue(read, 2, 5)).toBe('2023-12-31');
    expect(cellValue(read, 3, 5)).toBe(true);
    expect(cellValue(read, 4, 5)).toBe('0.13');
    expect(cellFormula(read, 2, 2)).toBeNull();
  });

  it('keeps merged areas (value in the top-left cell only) and hidden sheets', async () => {
    const book = bookFromRows([
      { name: '项目支出', rows: [['标题'], [], ['预算数', null, '执行']], merges: ['A1:C1', 'A3:B3'] },
      { name: '隐藏', rows: [['x']], hidden: true },
    ]);
    const [projects, hidden] = await readBook(book);
    expect(projects.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 3 },
        { top: 3, left: 1, bottom: 3, right: 2 },
      ]),
    );
    expect(cellValue(projects, 3, 2)).toBeNull();
    expect(cellValue(projects, 3, 3)).toBe('执行');
    expect(projects.hidden).toBeUndefined();
    expect(hidden.hidden).toBe(true);
  });

  it('builds dense rows over the used range, skipping empty sheets and blank rows', async () => {
    const rows: unknown[][] = [];
    rows[4] = [null, null, '序号', '项目名称'];
    rows[20_004] = [null, null, 20_000, '最后一个项目', 12.34];
    const book = bookFromRows([
      { name: '空表', rows: [] },
      { name: '大表', rows },
    ]);
    const sheets = await readBook(book);
    expect(sheets.map((s) => s.name)).toEqual(['大表']);
    const [big] = sheets;
    expect([big.top, big.left, big.values.length]).toEqual([5, 3, 20_001]);
    expect(big.values[0]).toEqual(['序号', '项目名称']);
    expect(big.values[1]).toEqual([]);
    expect(cellValue(big, 20_005, 5)).toBe(12.34);
  });
});

describe('inputs that are not usable workbooks', () => {
  async function problemOf(path: string): Promise<InputError> {
    try {
      await readXlsxFile(path);
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error(`${path} was read without complaint`);
  }

  it.each([
    ['a text file', 'notes.txt', Buffer.from('项目名称,年初预算\n网格,90\n'), 'not-xlsx'],
    ['a .txt renamed .xlsx', 'renamed.xlsx', Buffer.from('just text'), 'not-xlsx'],
    ['an empty file', 'zero.xlsx', Buffer.alloc(0), 'not-xlsx'],
    [
      'an OLE compound file (encrypted .xlsx or old .xls)',
      'locked.xlsx',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
      'encrypted-or-xls',
    ],
    ['a damaged zip', 'broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), 'corrupt'],
  ])('%s', async (_label, name, bytes, textId) => {
    const error = await problemOf(temp.file(name, bytes));
    expect(error.textId).toBe(textId);
    expect(error.file).toContain(name);
  });

  it('a workbook whose sheets are all empty', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    book.addWorksheet('Sheet2').getCell('B2').numFmt = '0.00'; // formatted, still empty
    expect((await problemOf(temp.file('empty.xlsx', await bytesOf(book)))).textId).toBe('empty');
  });

  it('a zip that holds no workbook (a .docx renamed, say)', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('S').getCell('A1').value = 1;
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await bytesOf(book));
    zip.remove('xl/workbook.xml');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await problemOf(temp.file('hollow.xlsx', bytes))).textId).toBe('not-xlsx');
  });

  it('a missing file and a folder', async () => {
    expect((await problemOf(temp.file('nowhere.xlsx'))).textId).toBe('not-found');
    expect((await problemOf(temp.path)).textId).toBe('is-folder');
  });
});
