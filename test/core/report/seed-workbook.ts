/**
 * The bundled example (src/cli/examples/shifeng-grid-2023.ts: every figure of the seed report) laid
 * out as grids the way examples/shifeng-grid-2023.xlsx is: 基本情况 label | value, 收支总表 under a
 * title and a unit note, 项目支出 with sub-item rows `（n）…` and a 合计 row of SUM formulas.
 */
import { columnLetters } from '../../../src/core/grid/a1';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { Workbook } from '../../../src/core/grid/types';
import { fenToNumber, numberToFen, sumFen } from '../../../src/core/money/fen';
import type { BudgetWorkbookSpec, ProjectSpec } from '../../../src/cli/examples/example-spec';
import { SHIFENG_GRID_2023 } from '../../../src/cli/examples/shifeng-grid-2023';

export const SEED_SPEC = SHIFENG_GRID_2023;

const AMOUNT_FIELDS: readonly (keyof ProjectSpec)[] = ['initialBudget', 'transfer', 'increase', 'decrease', 'added', 'spending', 'carryOver'];

export function seedWorkbook(spec: BudgetWorkbookSpec = SEED_SPEC): Workbook {
  const unitRows = [['单位基本情况'], ...spec.unitInfo.map((entry) => [entry.label, entry.value])];
  const summaryRows = [[`${spec.year}年度预算收支总表`], ['单位：万元'], ['项目', '金额'], ...spec.summary.map((entry) => [entry.label, entry.value])];

  const projectRows: unknown[][] = [
    [`${spec.year}年度项目支出情况表`],
    ['单位：万元'],
    ['序号', '项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转', '主要用途'],
  ];
  const projectRowNumbers: number[] = [];
  spec.projects.forEach((project, i) => {
    projectRowNumbers.push(projectRows.length + 1);
    projectRows.push([i + 1, project.name, ...AMOUNT_FIELDS.map((field) => project[field]), project.purpose ?? null]);
    project.subItems.forEach((item, j) => projectRows.push(['', `（${j + 1}）${item.name}`, null, null, null, null, null, item.spending, null, item.purpose]));
  });
  projectRows.push([
    '',
    '合计',
    ...AMOUNT_FIELDS.map((field, k) => {
      const letter = columnLetters(3 + k);
      const total = sumFen(spec.projects.map((project) => numberToFen(project[field] as number, '万元') ?? 0n));
      return `=SUM(${projectRowNumbers.map((row) => `${letter}${row}`).join(',')})|${fenToNumber(total, '万元')}`;
    }),
  ]);

  return {
    name: 'shifeng-grid-2023.xlsx',
    sheets: [sheetFromRows('基本情况', unitRows), sheetFromRows('收支总表', summaryRows), sheetFromRows('项目支出', projectRows)],
  };
}
