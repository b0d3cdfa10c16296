/**
 * Hostile and malformed inputs for the CLI, built by code (nothing binary is committed): the seed
 * workbook bent out of shape with exceljs, parts of its zip rewritten with JSZip where exceljs
 * cannot write the oddity cheaply (a million formatted rows), and files that are no workbook.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnLetters } from '../../src/core/grid/a1';
import { EXCEL_ERRORS as KNOWN_ERRORS } from '../../src/excel/cell-conversion';
import { bytesOf, seedBook } from '../support/xlsx-build';

export interface HostileInput {
  /** The file name it is saved under (its extension is part of the hostility). */
  readonly file: string;
  readonly what: string;
  build(): Promise<Buffer>;
}

const PROJECTS = '项目支出';
const SUMMARY = '收支总表';

/** The seed with some changes made through exceljs. */
async function seedWith(change: (book: ExcelJS.Workbook, projects: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = seedBook();
  change(book, book.getWorksheet(PROJECTS) as ExcelJS.Worksheet);
  return bytesOf(book);
}

/** Rewrites parts of a workbook's zip, given as (part name → new text from the old). */
async function rewriteParts(bytes: Buffer, edits: Readonly<Record<string, (xml: string) => string>>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [part, edit] of Object.entries(edits)) {
    const entry = zip.file(part);
    if (!entry) throw new Error(`no part ${part} in the workbook`);
    zip.file(part, edit(await entry.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/** The zip part holding a sheet of the seed (exceljs numbers them in order). */
const SEED_PARTS = { 基本情况: 'xl/worksheets/sheet1.xml', 收支总表: 'xl/worksheets/sheet2.xml', 项目支出: 'xl/worksheets/sheet3.xml' };

const formula = (text: string, result: ExcelJS.CellFormulaValue['result']): ExcelJS.CellFormulaValue => ({ formula: text, result, date1904: false });

/** Every error a cell can show, as the add-in's reader knows them (Python in Excel's among them). */
export const EXCEL_ERRORS = [...KNOWN_ERRORS];

/** Amount cells of the seed's project rows (4, 8, 11, 13), columns C…I: where the errors go, in order. */
export const ERROR_CELLS = [4, 8, 11, 13]
  .flatMap((row) => ['C', 'D', 'E', 'F', 'G', 'H', 'I'].map((column) => `${column}${row}`))
  .slice(0, EXCEL_ERRORS.length);

export const HUGE_TEXT_LENGTH = 1024 * 1024;
export const WIDE_COLUMNS = 10_000;
export const FORMATTED_ROWS = 1_000_000;

/** A valid seed workbook, its bytes cut or damaged. */
async function seedBytes(): Promise<Buffer> {
  return bytesOf(seedBook());
}

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  {
    file: 'merged-across-tables.xlsx',
    what: 'merged cells across tables (a merge over two projects’ figures, one from the summary into the project table)',
    build: () =>
      seedWith((book, projects) => {
        projects.mergeCells('H11:I14'); // 实际支出 and 结余结转 of two projects and a sub-item in one area
        projects.mergeCells('B13:B15'); // a project's name merged down over its sub-item and the 合计 row
        (book.getWorksheet(SUMMARY) as ExcelJS.Worksheet).mergeCells('A8:B9');
      }),
  },
  {
    file: 'hidden-rows-and-sheets.xlsx',
    what: 'hidden rows and a hidden sheet, an unbalanced project on a hidden row',
    build: () =>
      seedWith((book, projects) => {
        for (const row of [8, 9, 10]) projects.getRow(row).hidden = true;
        projects.getCell('H8').value = 28.37; // 业务性专项经费 spent 10 more than its budget allows
        book.getWorksheet(SUMMARY)!.state = 'hidden';
        book.addWorksheet('隐藏说明', { state: 'veryHidden' }).getCell('A1').value = '内部备注';
      }),
  },
  {
    file: 'every-excel-error.xlsx',
    what: 'formulas returning every Excel error in amount columns',
    build: () =>
      seedWith((_book, projects) => {
        EXCEL_ERRORS.forEach((error, i) => {
          projects.getCell(ERROR_CELLS[i]).value = formula('NA()', { error } as ExcelJS.CellErrorValue);
        });
      }),
  },
  {
    file: 'dates-and-booleans.xlsx',
    what: 'dates and booleans in amount columns',
    build: () =>
      seedWith((_book, projects) => {
        projects.getCell('C4').value = new Date(Date.UTC(2023, 11, 31));
        projects.getCell('C4').numFmt = 'yyyy"年"m"月"d"日"';
        projects.getCell('D8').value = true;
        projects.getCell('H11').value = false;
        projects.getCell('I13').value = formula('DATE(2024,1,1)', new Date(Date.UTC(2024, 0, 1)));
        projects.getCell('I13').numFmt = 'yyyy-mm-dd';
      }),
  },
  {
    file: 'million-formatted-rows.xlsx',
    what: `${FORMATTED_ROWS.toLocaleString('en-US')} empty formatted rows under the project table`,
    build: async () =>
      rewriteParts(await seedBytes(), {
        [SEED_PARTS.项目支出]: (xml) => {
          const rows: string[] = [];
          for (let r = 16; r < 16 + FORMATTED_ROWS; r++) rows.push(`<row r="${r}" s="1" customFormat="1" ht="15" customHeight="1"/>`);
          return xml.replace('</sheetData>', `${rows.join('')}</sheetData>`);
        },
      }),
  },
  {
    file: 'ten-thousand-columns.xlsx',
    what: `${WIDE_COLUMNS.toLocaleString('en-US')} columns: the project table's header and rows run on to column ${columnLetters(WIDE_COLUMNS)}`,
    build: () =>
      seedWith((_book, projects) => {
        for (let column = 11; column <= WIDE_COLUMNS; column++) {
          projects.getCell(3, column).value = `备注${column - 10}`;
          for (const row of [4, 8, 11, 13]) projects.getCell(row, column).value = column;
        }
      }),
  },
  {
    file: 'duplicate-headers.xlsx',
    what: 'duplicate headers: a second 实际支出 column with other figures, a second 项目名称',
    build: () =>
      seedWith((_book, projects) => {
        projects.getCell('K3').value = '实际支出';
        projects.getCell('L3').value = '项目名称';
        for (const [row, spent] of [
          [4, 1],
          [8, 2],
          [11, 3],
          [13, 4],
        ]) {
          projects.getCell(`K${row}`).value = spent;
          projects.getCell(`L${row}`).value = `另一个名称${row}`;
        }
      }),
  },
  {
    file: 'two-tables-on-one-sheet.xlsx',
    what: 'two tables on one sheet: the summary written below the project table, its own sheet removed',
    build: () =>
      seedWith((book, projects) => {
        const summary = book.getWorksheet(SUMMARY) as ExcelJS.Worksheet;
        summary.eachRow((row, r) => row.eachCell((cell, c) => (projects.getCell(r + 18, c).value = cell.value)));
        book.removeWorksheet(summary.id);
      }),
  },
  {
    file: 'quotes-and-emoji.xlsx',
    what: 'sheets named with quotes and emoji',
    build: () =>
      seedWith((book, projects) => {
        projects.name = `项目"支出'表😀`;
        (book.getWorksheet(SUMMARY) as ExcelJS.Worksheet).name = `收支'总表"📊`;
        projects.getCell('H8').value = 28.37; // an unbalanced project, to be reported on the renamed sheet
      }),
  },
  {
    file: 'huge-strings.xlsx',
    what: 'huge strings: a 1 MB project name and a 1 MB purpose',
    build: () =>
      seedWith((_book, projects) => {
        projects.getCell('B13').value = `网格通${'手机套餐资费服务'.repeat(HUGE_TEXT_LENGTH / 8)}`;
        projects.getCell('J12').value = '用途'.repeat(HUGE_TEXT_LENGTH / 2);
      }),
  },
  {
    file: 'circular-references.xlsx',
    what: 'circular references with cached values: two figures of a project referring to each other, a 合计 summing itself',
    build: () =>
      seedWith((_book, projects) => {
        projects.getCell('C4').value = formula('D4+1.33', 90);
        projects.getCell('D4').value = formula('C4-1.33', 88.67);
        projects.getCell('H15').value = formula('SUM(H4:H15)', 1964.4);
      }),
  },
  {
    file: 'truncated.xlsx',
    what: 'a truncated file (the second half missing)',
    build: async () => {
      const bytes = await seedBytes();
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    },
  },
  {
    file: 'corrupted.xlsx',
    what: 'a corrupted zip (the middle third of its bytes scrambled)',
    build: async () => {
      const bytes = Buffer.from(await seedBytes());
      for (let i = Math.floor(bytes.length / 3); i < Math.floor((bytes.length * 2) / 3); i++) bytes[i] ^= 0x5a;
      return bytes;
    },
  },
  {
    file: 'claims-to-be-huge.xlsx',
    what: 'a zip whose table of contents claims 3 GB of sheet data (a zip bomb)',
    build: async () => claimSize(await seedBytes(), SEED_PARTS.项目支出, 3 * 1024 ** 3),
  },
  {
    file: 'report.xlsx',
    what: 'a non-xlsx with an .xlsx name (a PDF)',
    build: async () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  },
  {
    file: 'old-format.xls',
    what: 'an .xls (an OLE compound file)',
    build: async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0xff)]),
  },
  {
    file: 'figures.csv',
    what: 'a .csv',
    build: async () => Buffer.from('\ufeff序号,项目名称,年初预算,实际支出,结余结转\n1,网格信息化建设项目,90,104.68,78.86\n'),
  },
];

/** Rewrites the uncompressed size the central directory gives for one part (nothing else changes). */
function claimSize(bytes: Buffer, part: string, size: number): Buffer {
  const copy = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (let at = copy.length - 46; at >= 0; at--) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      copy.writeUInt32LE(Math.min(size, 0xfffffffe), at + 24);
      return copy;
    }
  }
  throw new Error(`no directory entry for ${part}`);
}
