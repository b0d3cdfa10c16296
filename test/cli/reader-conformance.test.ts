/**
 * One conformance test for the readers: every workbook of examples/ and of the test fixtures (and
 * the generated hostile workbooks) read by the fast reader, by SheetJS and by the exceljs reader the
 * CLI used before must give the same grid (in the reader-independent form of grid-normal-form.ts).
 * Where exceljs is wrong or fails, the exception is listed with its reason and asserted too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxBuffer } from '../../src/cli/read-xlsx';
import { readOoxmlWithSheetJs, readWithFastPath } from '../../src/cli/read/read-workbook';
import { HOSTILE_INPUTS } from '../hardening/hostile-workbooks';
import { isCellError } from '../../src/core/grid/types';
import { normalSheets, type NormalSheet } from '../support/grid-normal-form';

const ROOT = join(__dirname, '..', '..');

function filesIn(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, folder))
    .filter((name) => pattern.test(name))
    .map((name) => join(folder, name));
}

const WORKBOOKS = [
  ...filesIn('examples', /\.xlsx$/),
  ...filesIn('test/fixtures/formats', /\.xlsm$/),
  ...filesIn('test/fixtures/other-writers', /\.xlsx$/),
  ...filesIn('test/fixtures/formula-values', /\.xlsx$/),
];

/** Files the exceljs reader gets wrong or cannot read, and what it does instead. */
const EXCELJS_FAULTS: Readonly<Record<string, RegExp | 'differs'>> = {
  'test/fixtures/other-writers/openpyxl-note-picture.xlsx': /reading 'anchors'/,
  'test/fixtures/other-writers/openpyxl-nested-merges-table.xlsx': /Cannot merge already merged cells/,
  // t="d" is read as parseFloat("2023-12-31") = 2023 and shown as a 1905 date
  'test/fixtures/other-writers/openpyxl-iso-date.xlsx': 'differs',
};

async function exceljsForm(bytes: Buffer, file: string) {
  return normalSheets((await readXlsxBuffer(bytes, file)).sheets);
}

describe.each(WORKBOOKS)('%s', (file) => {
  const bytes = readFileSync(join(ROOT, file));

  it('the fast reader and SheetJS give the same grid', async () => {
    expect(normalSheets(await readWithFastPath(bytes, file))).toEqual(normalSheets(await readOoxmlWithSheetJs(bytes, file)));
  });

  it('the fast reader gives the grid the exceljs reader gave (or reads what exceljs could not)', async () => {
    const fast = normalSheets(await readWithFastPath(bytes, file));
    const fault = EXCELJS_FAULTS[file];
    if (fault === undefined) expect(fast).toEqual(await exceljsForm(bytes, file));
    else if (fault === 'differs') expect(fast).not.toEqual(await exceljsForm(bytes, file));
    else await expect(exceljsForm(bytes, file)).rejects.toThrow(fault);
  });
});

const BIFF_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);

function withBiffErrorsOnly(sheets: NormalSheet[]): NormalSheet[] {
  return sheets.map((sheet) => ({
    ...sheet,
    cells: Object.fromEntries(
      Object.entries(sheet.cells).map(([address, cell]) => {
        const { value } = cell;
        const unnamed = isCellError(value) && !BIFF_ERRORS.has(value.error);
        return [address, unnamed ? { ...cell, value: { error: '#UNKNOWN!' } } : cell];
      }),
    ),
  }));
}

describe('the generated hostile workbooks the fast reader reads', () => {
  const readable = HOSTILE_INPUTS.filter((input) => input.file.endsWith('.xlsx'));

  it.each(readable.map((input) => [input.what, input] as const))(
    '%s',
    async (_what, input) => {
      const bytes = await input.build();
      let fast;
      try {
        fast = normalSheets(await readWithFastPath(bytes, input.file));
      } catch {
        // unreadable on purpose (truncated, scrambled, a zip bomb): the CLI's messages are tested elsewhere
        await expect(exceljsForm(bytes, input.file)).rejects.toThrow();
        return;
      }
      expect(fast).toEqual(await exceljsForm(bytes, input.file));
      // SheetJS names only the eight errors BIFF has; the newer ones come back as #UNKNOWN!, still errors
      expect(withBiffErrorsOnly(fast)).toEqual(normalSheets(await readOoxmlWithSheetJs(bytes, input.file)));
    },
    300_000,
  ); // three readers of a million formatted rows on a shared machine: exceljs alone takes 46 s
});
