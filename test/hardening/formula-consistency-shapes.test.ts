/**
 * formula-consistency numbers a column's shapes run of copies by run, counts them in one pass and
 * passes over columns with fewer than two formulas; it must report exactly what a plain reading
 * says: every cell's formulaShape, the most frequent shape (ties to the first met), and each cell
 * that is a constant or another shape.
 */
import fc from 'fast-check';
import formulaConsistency from '../../src/core/rules/formula-consistency';
import { formulaReferences, formulaShape } from '../../src/core/grid/formula-shape';
import { cellFormula, cellValue } from '../../src/core/grid/sheet-access';
import type { ProjectTable } from '../../src/core/recognize/model';
import { recognizeWorkbook } from '../../src/core/tables/recognize-workbook';
import { runRuleOn } from '../support/rule-tester';
import { workbookFromSheets } from '../support/workbook';

const HEADER = ['项目名称', '年初预算', '追加', '全年预算数', '实际支出', '结余结转'];
const BUDGET_COLUMN = 4;

/** What a 全年预算数 cell of sheet row `row` holds; `items` are the rows of the project's sub-items. */
type CellKind = 'copy' | 'other-row' | 'swapped' | 'constant' | 'blank' | 'sum-of-items';
const cellOf = (kind: CellKind, row: number, items: readonly number[]): unknown => {
  switch (kind) {
    case 'copy':
      return `=B${row}+C${row}|1`;
    case 'other-row':
      return `=B${row}+C${row + 1}|1`;
    case 'swapped':
      return `=C${row}+B${row}|1`;
    case 'constant':
      return 7;
    case 'blank':
      return null;
    case 'sum-of-items':
      return items.length > 0 ? `=SUM(D${items[0]}:D${items[items.length - 1]})|1` : `=B${row}+C${row}|1`;
  }
};

/** The rule's column findings as a plain reading gives them: one shape per cell, most frequent first met. */
function plainFindings(table: ProjectTable, sheet: Parameters<typeof cellFormula>[0]): string[] {
  const shapes = table.projects.map((project) => {
    const formula = cellFormula(sheet, project.row, BUDGET_COLUMN);
    if (formula === null) return cellValue(sheet, project.row, BUDGET_COLUMN) === null ? undefined : null;
    const items = table.subItems.filter((item) => item.parentRow === project.row);
    const references = formulaReferences(formula);
    const sumsItems =
      items.length > 0 && references.length > 0 && references.every((ref) => ref.column === BUDGET_COLUMN && items.some((item) => item.row === ref.row));
    return sumsItems ? 'Σ' : formulaShape(formula, project.row, BUDGET_COLUMN);
  });
  const formulas = shapes.filter((shape) => typeof shape === 'string').length;
  const filled = shapes.filter((shape) => shape !== undefined).length;
  if (formulas < 2 || formulas * 2 < filled) return [];
  const counts = new Map<string, number>();
  for (const shape of shapes) if (typeof shape === 'string') counts.set(shape, (counts.get(shape) ?? 0) + 1);
  const usual = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  return table.projects.flatMap((project, i) => {
    const shape = shapes[i];
    if (shape === undefined || shape === usual) return [];
    return [`${shape === null ? 'constant-in-column' : 'different-formula'} D${project.row}`];
  });
}

describe('formula-consistency says what a plain reading of every cell says', () => {
  const project = fc.record({
    kind: fc.constantFrom<CellKind>('copy', 'copy', 'copy', 'other-row', 'swapped', 'constant', 'blank', 'sum-of-items'),
    items: fc.array(fc.constantFrom<CellKind>('copy', 'constant', 'blank'), { maxLength: 2 }),
  });
  it('on computed and typed columns with sub-items, constants, blanks and odd formulas', () => {
    fc.assert(
      fc.property(fc.array(project, { minLength: 1, maxLength: 12 }), (projects) => {
        const rows: unknown[][] = [HEADER];
        projects.forEach(({ kind, items }, p) => {
          const row = rows.length + 1;
          const itemRows = items.map((_, k) => row + 1 + k);
          rows.push([`${p + 1}、项目${p + 1}`, 1, 2, cellOf(kind, row, itemRows), 3, 0]);
          items.forEach((itemKind, k) => rows.push([`（${k + 1}）子项${k + 1}`, 1, 2, cellOf(itemKind, row + 1 + k, []), 3, 0]));
        });
        const workbook = workbookFromSheets({ 项目支出: rows });
        const table = recognizeWorkbook(workbook).tables.find((t): t is ProjectTable => t.kind === 'projects');
        if (!table) return;
        const found = runRuleOn(formulaConsistency, { name: 'random', sheets: { 项目支出: rows } })
          .filter((finding) => finding.messageId === 'constant-in-column' || finding.messageId === 'different-formula')
          .map((finding) => `${finding.messageId} ${finding.cells[0]}`);
        expect(found).toEqual(plainFindings(table, workbook.sheets[0]));
      }),
      { numRuns: 1500 },
    );
  });
});
