/**
 * Writes a CleanWorkbook as a grid — the project table, the summary and the unit info on sheets of
 * their own, or the summary below or beside the project table — and remembers what each row and
 * column means, so that findings of two layouts of the same figures can be compared by meaning.
 */
import { columnLetters } from '../../../src/core/grid/a1';
import { sheetFromRows } from '../../../src/core/grid/sheet-from-a1';
import type { Sheet, Workbook } from '../../../src/core/grid/types';
import type { CleanWorkbook } from './clean-model';
import { blockBottom, blockRight, gridOf, regionOf, type Block, type Region } from './block';
import { projectBlock } from './render-projects';
import { summaryBlock, unitInfoBlock } from './render-summary';

export { amountValue } from './render-projects';

export const PROJECT_SHEET = '项目支出';
export const SUMMARY_SHEET = '收支总表';
export const UNIT_INFO_SHEET = '基本情况';

export interface PlacedCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export interface RenderedWorkbook {
  readonly workbook: Workbook;
  readonly regions: readonly Region[];
  /** Where each amount of the model was written: `project:<name>|<column>`, `total|<column>`, `summary|<label>`. */
  readonly cells: ReadonlyMap<string, PlacedCell>;
}

function sheetOf(name: string, blocks: readonly Block[]): Sheet {
  const grid = gridOf(blocks);
  const sheet = sheetFromRows(name, grid.rows, `${columnLetters(grid.left)}${grid.top}`);
  const merges = blocks.flatMap((block) => block.merges);
  return merges.length > 0 ? { ...sheet, merges } : sheet;
}

/** The blocks of each sheet, by the model's placement of the summary. */
function layout(model: CleanWorkbook): Map<string, Block[]> {
  const origin = model.table.origin ?? { row: 1, column: 1 };
  const projects = projectBlock(model, origin.row, origin.column);
  const sheets = new Map<string, Block[]>();
  const placement = model.summaryPlacement ?? 'own-sheet';
  if (placement === 'below') sheets.set(PROJECT_SHEET, [projects, summaryBlock(model, blockBottom(projects) + 2, origin.column)]);
  else if (placement === 'beside') sheets.set(PROJECT_SHEET, [projects, summaryBlock(model, origin.row, blockRight(projects) + 2)]);
  else sheets.set(PROJECT_SHEET, [projects]).set(SUMMARY_SHEET, [summaryBlock(model, 1, 1)]);
  if (model.unitInfo) sheets.set(UNIT_INFO_SHEET, [unitInfoBlock()]);
  return sheets;
}

export function renderWorkbook(model: CleanWorkbook, sheetOrder: readonly string[] = [UNIT_INFO_SHEET, SUMMARY_SHEET, PROJECT_SHEET]): RenderedWorkbook {
  const blocksBySheet = layout(model);
  const regions: Region[] = [];
  const cells = new Map<string, PlacedCell>();
  for (const [sheet, blocks] of blocksBySheet) {
    for (const block of blocks) {
      regions.push(regionOf(block, sheet));
      for (const [key, place] of block.amounts) cells.set(key, { sheet, ...place });
    }
  }
  const sheets = sheetOrder.flatMap((name) => {
    const blocks = blocksBySheet.get(name);
    return blocks ? [sheetOf(name, blocks)] : [];
  });
  return { workbook: { name: 'property.xlsx', sheets }, regions, cells };
}
