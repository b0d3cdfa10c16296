/**
 * Property 1: recognition and the checks survive any grid. Neither throws, no rule crashes
 * (a crash would surface as a `rule-failed` finding), and what comes out is well formed.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check-workbook';
import type { Workbook } from '../../src/core/grid/types';
import { recognizeWorkbook } from '../../src/core/tables/recognize-workbook';
import { cleanWorkbookArbitrary } from './support/clean-arbitraries';
import { corrupt, corruption } from './support/corrupt-workbook';
import { hostileWorkbook } from './support/hostile-arbitraries';
import { renderWorkbook } from './support/render-workbook';
import { resultProblems } from './support/well-formed';
import { workbookFromSheets } from '../support/workbook';

/**
 * Counterexamples random runs have found, kept so that every run tries them: a rate typed as
 * 1.7e308 (once read as a finite rate whose percentage became Infinity; fixed in read-rate.ts),
 * an absurd spending whose expected execution rate overflows to Infinity (execution-rate), and
 * head counts of 1e308 that the headcount rule sums into an Infinity count.
 */
const FOUND: readonly (readonly [string, Workbook])[] = [
  [
    'a rate typed as 1.7e308',
    workbookFromSheets({
      项目支出: [
        ['项目名称', '年初预算', '实际支出', '结余结转', '执行率（%）'],
        ['网格信息化建设项目', 100, 90, 10, 1.7e308],
      ],
    }),
  ],
  [
    'spending of 1.7e308 万元 against a budget of 0.01 万元',
    workbookFromSheets({
      项目支出: [
        ['项目名称', '年初预算', '实际支出', '结余结转', '执行率（%）'],
        ['网格信息化建设项目', 0.01, 1.7e308, 0, 50],
      ],
    }),
  ],
  [
    'head counts of 1e308',
    workbookFromSheets({
      基本情况: [
        ['单位名称', '石峰区网格化管理服务中心'],
        ['实有人数', 35],
        ['在职人员', 1e308],
        ['劳务派遣人员', 1e308],
      ],
    }),
  ],
];

function survives(workbook: Workbook): void {
  recognizeWorkbook(workbook);
  const result = checkWorkbook(workbook);
  expect(resultProblems(workbook, result)).toEqual([]);
}

describe('property: recognition and checks never throw', () => {
  it('on arbitrary grids of mixed cells, ragged rows, odd origins and stray merges', () => {
    fc.assert(
      fc.property(hostileWorkbook, (workbook) => survives(workbook)),
      { seed: 20_240_601, numRuns: 300 },
    );
  });

  it.each(FOUND)('on a counterexample found before: %s', (_, workbook) => survives(workbook));

  it('on valid project workbooks after random corruption', () => {
    const corrupted = fc
      .tuple(cleanWorkbookArbitrary(), fc.array(corruption, { minLength: 1, maxLength: 8 }))
      .map(([{ model, sheetOrder }, damages]) => corrupt(renderWorkbook(model, sheetOrder).workbook, damages));
    fc.assert(
      fc.property(corrupted, (workbook) => survives(workbook)),
      { seed: 20_240_602, numRuns: 300 },
    );
  });
});
