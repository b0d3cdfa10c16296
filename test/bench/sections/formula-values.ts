/** What computing formulas saved without values costs: the same grid checked with and without them. */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { computeMissingFormulaValues } from '../../../src/core/formulas/compute-formulas';
import type { CellValue, Sheet, Workbook } from '../../../src/core/grid/types';
import type { BenchCell, BenchSection } from '../bench-section';

const HEADER = ['项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转'];
const TOTALLED = 'BCDEFGH';

/** A project table whose 结余结转 is a formula in every row, under a 合计 row of SUMs; values as Excel saves them, or none. */
function projectGrid(rows: number, withValues: boolean): Workbook {
  const values: CellValue[][] = [HEADER];
  const formulas: (string | null)[][] = [HEADER.map(() => null)];
  for (let r = 2; r <= rows + 1; r++) {
    values.push([`项目${r}`, (r % 97) + 50.01, (r % 13) + 0.5, 0, 0, 0, (r % 50) + 1.25, null]);
    formulas.push([null, null, null, null, null, null, null, `=B${r}+C${r}+D${r}-E${r}+F${r}-G${r}`]);
  }
  values.push(['合计', ...[...TOTALLED].map(() => null)]);
  formulas.push([null, ...[...TOTALLED].map((column) => `=SUM(${column}2:${column}${rows + 1})`)]);
  const sheet: Sheet = { name: '项目支出', top: 1, left: 1, values, formulas };
  const workbook = { name: 'bench.xlsx', sheets: [sheet] };
  // "with values": what Excel would have saved, i.e. the computed grid
  return withValues ? computeMissingFormulaValues(workbook).workbook : workbook;
}

function fastest(step: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    step();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export const formulaValuesSection: BenchSection = {
  title: 'Formulas saved without values (openpyxl, XlsxWriter): computed before the check',
  note: 'checkWorkbook on an in-memory project table whose 结余结转 is a formula in every row under a 合计 of SUMs, with the values Excel saves and without any (fastest of 3).',
  columns: ['project rows', 'formula cells', 'check with values ms', 'check without values ms', 'computing ms', 'findings equal'],
  async run() {
    const rows: BenchCell[][] = [];
    for (const count of [1_000, 10_000, 100_000]) {
      const saved = projectGrid(count, true);
      const bare = projectGrid(count, false);
      const withValues = fastest(() => checkWorkbook(saved));
      const withoutValues = fastest(() => checkWorkbook(bare));
      const computing = fastest(() => computeMissingFormulaValues(bare));
      const strip = (workbook: Workbook) =>
        checkWorkbook(workbook)
          .findings.filter((finding) => finding.rule !== 'formula-values')
          .map((finding) => finding.message.zh);
      const equal = JSON.stringify(strip(saved)) === JSON.stringify(strip(bare));
      rows.push([count, count + TOTALLED.length, Math.round(withValues), Math.round(withoutValues), Math.round(computing), equal ? 'yes' : 'NO']);
    }
    return rows;
  },
};
