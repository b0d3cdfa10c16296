/**
 * Work proportional to the cells stored, never to the bounding rectangle: sparse sheets (A1 and
 * XFD1048576; 20,000 rows each with a cell in XFD; a cell two billion rows down) are checked in a
 * child process with a 256 MB heap. Before, the first took 12 minutes, the second 4.3 GB and a crash.
 * The generous timeout only catches a hang. A sparse copy of each bundled example gives the same
 * findings as the dense sheet the reader builds.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check-workbook';
import { storedColumns, storedIndexes, storedRows } from '../../src/core/grid/stored-cells';
import type { CellValue, Sheet } from '../../src/core/grid/types';

const CHILD = join(__dirname, 'support', 'sparse-sheet-check.ts');

function checkInSmallHeap(kind: string): { counts: Record<string, number>; tables: string[] } {
  const child = spawnSync(process.execPath, ['--max-old-space-size=256', '-r', 'ts-node/register/transpile-only', CHILD, kind], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect({ status: child.status, signal: child.signal, stderr: child.stderr.slice(0, 300) }).toEqual({ status: 0, signal: null, stderr: '' });
  return JSON.parse(child.stdout) as { counts: Record<string, number>; tables: string[] };
}

describe('sparse sheets in a 256 MB heap', () => {
  test('A1 and XFD1048576 only: nothing recognised, said once', () => {
    expect(checkInSmallHeap('corners')).toEqual({ counts: { error: 0, warning: 1, info: 0 }, tables: [] });
  }, 150_000);

  test('a project table whose 20,000 rows also hold a cell in XFD: read as the table it is', () => {
    expect(checkInSmallHeap('wide-rows')).toEqual({ counts: { error: 0, warning: 0, info: 0 }, tables: ['projects:A1:D20001:20000'] });
  }, 150_000);

  test('a cell at row 2,000,000,000', () => {
    expect(checkInSmallHeap('far-row').tables).toEqual([]);
  }, 150_000);

  test('a cell at row 2,000,000,000 below a formula saved without its value', () => {
    expect(checkInSmallHeap('far-formula').tables).toEqual([]);
  }, 150_000);
});

describe('stored cells', () => {
  test('holes are skipped, in order, for short and long rows', () => {
    const short: CellValue[] = [];
    short[3] = 1;
    short[1] = 'a';
    const long: CellValue[] = [];
    long[16_383] = 2;
    long[300] = null;
    expect(storedIndexes(short)).toEqual([1, 3]);
    expect(storedIndexes(long)).toEqual([300, 16_383]);
    const sheet: Sheet = { name: 'S', top: 5, left: 2, values: [short, [], long] };
    expect(storedRows(sheet)).toEqual([5, 6, 7]);
    expect(storedColumns(sheet, 7)).toEqual([16_385]);
    expect(storedColumns(sheet, 5, 3, 4)).toEqual([3]);
  });

  test.each(['shifeng-grid-2023.xlsx', 'forms-2023.xlsx'])('%s: a sparse copy gives the findings of the dense sheets', async (name) => {
    const dense = await readXlsxFile(join(__dirname, '../../examples', name));
    const sparse = { ...dense, sheets: dense.sheets.map(sparseCopy) };
    const findings = (book: typeof dense) => checkWorkbook(book).findings.map((f) => `${f.rule} ${f.sheet}!${f.cells.join(',')} ${f.message.zh}`);
    expect(findings(sparse)).toEqual(findings(dense));
    expect(findings(dense).length).toBeGreaterThan(0);
  });
});

/** The sheet with every empty cell and empty row left out of its arrays (holes). */
function sparseCopy(sheet: Sheet): Sheet {
  const holey = <T>(rows: readonly (readonly T[])[] | undefined, keep: (value: T) => boolean) => {
    if (!rows) return undefined;
    const out: T[][] = [];
    rows.forEach((row, r) => {
      const copy: T[] = [];
      row.forEach((value, c) => {
        if (keep(value)) copy[c] = value;
      });
      if (copy.length > 0) out[r] = copy;
    });
    out.length = rows.length;
    return out;
  };
  const values = holey(sheet.values, (value) => value !== null && value !== '') as CellValue[][];
  return { ...sheet, values, formulas: holey(sheet.formulas, (f) => f !== null), numberFormats: holey(sheet.numberFormats, (f) => f !== null) };
}
