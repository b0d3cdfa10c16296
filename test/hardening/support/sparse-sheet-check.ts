/**
 * Run as a child process with a small heap (see sparse-sheets.test.ts): checks one sparse sheet —
 * rows and cells given as sparse arrays, as a reader gives a sheet holding A1 and XFD1048576 — and
 * prints the finding counts as JSON. A check whose work follows the bounding rectangle runs out of
 * memory or time here.
 */
import { checkWorkbook } from '../../../src/core/check-workbook';
import type { CellValue, Sheet } from '../../../src/core/grid/types';

const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

function sparseRow(cells: Readonly<Record<number, CellValue>>): CellValue[] {
  const row: CellValue[] = [];
  for (const [column, value] of Object.entries(cells)) row[Number(column) - 1] = value;
  return row;
}

const SHEETS: Readonly<Record<string, () => Sheet>> = {
  // A1 and XFD1048576 only: 17 G cells spanned, two stored
  corners: () => {
    const values: CellValue[][] = [];
    values[0] = sparseRow({ 1: '收支总表' });
    values[LAST_ROW - 1] = sparseRow({ [LAST_COLUMN]: 1 });
    return { name: 'S', top: 1, left: 1, values, formulas: values.map(() => []) };
  },
  // a project table whose 20,000 rows each also hold a cell in column XFD
  'wide-rows': () => {
    const values: CellValue[][] = [sparseRow({ 1: '项目名称', 2: '年初预算', 3: '实际支出', 4: '结余结转', [LAST_COLUMN]: 'x' })];
    for (let r = 1; r <= 20_000; r++) values[r] = sparseRow({ 1: `项目${r}`, 2: 3, 3: 2, 4: 1, [LAST_COLUMN]: r });
    return { name: 'S', top: 1, left: 1, values };
  },
  // a cell two billion rows down
  'far-row': () => {
    const values: CellValue[][] = [];
    values[0] = sparseRow({ 1: '单位名称', 2: '某单位' });
    values[1_999_999_999] = sparseRow({ 1: 1 });
    return { name: 'S', top: 1, left: 1, values };
  },
  // the same, with a formula saved without its value: formula values are computed over stored rows only
  'far-formula': () => {
    const values: CellValue[][] = [];
    values[0] = sparseRow({ 1: '单位名称', 2: 1, 3: null });
    values[1_999_999_999] = sparseRow({ 1: 1 });
    const formulas: (string | null)[][] = [];
    formulas[0] = [null, null, '=B1+1'];
    return { name: 'S', top: 1, left: 1, values, formulas };
  },
};

const sheet = SHEETS[process.argv[2]]();
const result = checkWorkbook({ name: 'sparse.xlsx', sheets: [sheet] });
process.stdout.write(JSON.stringify({ counts: result.counts, tables: result.tables.map((t) => `${t.kind}:${t.range}:${t.rows}`) }));
