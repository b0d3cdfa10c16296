/**
 * One read pass over the workbook: values, formulas and number formats of every sheet's used range.
 * Sync 1 lists the sheets; sync 2 gets every used range's size (and merged areas) at once; then
 * the cells come in as few syncs as the 5 MB response budget allows (see read-plan.ts).
 */
import type { CellRange, CellValue, Sheet, Workbook } from '../core/grid/types';
import { rangeToA1 } from '../core/grid/a1';
import { parseAreaAddresses } from './addresses';
import { toCellValue, toFormula, toNumberFormat } from './cell-conversion';
import { detectCapabilities, type ExcelHost, isPayloadTooLarge } from './excel-host';
import { GatewayError, type ReadProgress } from './gateway';
import {
  DEFAULT_READ_BUDGET,
  EXCEL_COLUMNS,
  EXCEL_ROWS,
  MAX_READ_CELLS,
  nextBytesPerCell,
  type ReadBudget,
  ReadQueue,
  type RowChunk,
  splitIntoChunks,
  unreadableArea,
  type UnreadableArea,
  type UsedArea,
} from './read-plan';

interface SheetCells {
  readonly values: CellValue[][];
  readonly formulas: (string | null)[][];
  readonly numberFormats: (string | null)[][];
}

function jsonBytes(value: unknown): number {
  // UTF-8 size of the JSON the host sent; close enough to size the next request.
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

function storeChunk(target: SheetCells, area: UsedArea, chunk: RowChunk, range: Excel.Range, date1904: boolean): number {
  const values = range.values;
  const formulas = range.formulas;
  const formats = range.numberFormat;
  for (let i = 0; i < chunk.rows; i++) {
    const row = chunk.top - area.top + i;
    target.values[row] = values[i].map((value, c) => toCellValue(value, formats[i][c], date1904));
    target.formulas[row] = formulas[i].map((formula, c) => toFormula(formula, values[i][c]));
    target.numberFormats[row] = formats[i].map(toNumberFormat);
  }
  return jsonBytes(values) + jsonBytes(formulas) + jsonBytes(formats);
}

/** One clear line: which sheet, its used range, and what to do (Ctrl+End shows where the used range ends). */
function unreadableError(unreadable: UnreadableArea, areas: readonly UsedArea[], sheet: string): GatewayError {
  const area = areas.find((a) => a.sheetIndex === unreadable.sheetIndex) as UsedArea;
  const address = rangeToA1(area.top, area.left, area.top + area.rows - 1, area.left + area.columns - 1);
  const why =
    unreadable.reason === 'past-grid'
      ? `reaches past Excel's grid (${EXCEL_ROWS.toLocaleString('en-US')} rows × ${EXCEL_COLUMNS.toLocaleString('en-US')} columns)`
      : `spans ${unreadable.cells.toLocaleString('en-US')} cells, more than the ${MAX_READ_CELLS.toLocaleString('en-US')} one check reads`;
  return new GatewayError(
    'too-large',
    sheet,
    `The used range ${address} of ${sheet} ${why}. Delete the stray cells far from the tables (Ctrl+End shows the last one), save, and check again.`,
  );
}

/**
 * A merge shows only its top-left cell, and the grid holds only that one (as the CLI reads a file):
 * a value another program left under a merge, which Excel keeps and reports, is not what the user sees.
 */
function clearCoveredCells(target: SheetCells, area: UsedArea | null, merges: readonly CellRange[]): void {
  if (!area) return;
  for (const merge of merges) {
    for (let row = Math.max(merge.top, area.top); row <= Math.min(merge.bottom, area.top + area.rows - 1); row++) {
      const values = target.values[row - area.top];
      const formulas = target.formulas[row - area.top];
      for (let column = Math.max(merge.left, area.left); column <= Math.min(merge.right, area.left + area.columns - 1); column++) {
        if (row === merge.top && column === merge.left) continue;
        values[column - area.left] = null;
        formulas[column - area.left] = null;
      }
    }
  }
}

export async function readSnapshot(
  host: ExcelHost,
  onProgress?: (progress: ReadProgress) => void,
  budget: ReadBudget = DEFAULT_READ_BUDGET,
): Promise<Workbook> {
  const capabilities = detectCapabilities(host.isSetSupported);
  return host.run(async (context) => {
    const workbook = context.workbook;
    const worksheets = workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    if (capabilities.workbookName) workbook.load('name');
    // Office.js does not say which date system the workbook uses: DATE(1904,1,1) is 0 in the 1904 system, 1462 in the 1900 one
    const epoch1904 = workbook.functions.date(1904, 1, 1).load('value');
    await context.sync();
    const date1904 = epoch1904.value === 0;

    const sheets = worksheets.items;
    const usedRanges = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    const mergedAreas = capabilities.mergedAreas ? sheets.map((sheet) => sheet.getRange().getMergedAreasOrNullObject().load('address')) : [];
    await context.sync();

    const areas: (UsedArea | null)[] = usedRanges.map((used, sheetIndex) =>
      used.isNullObject ? null : { sheetIndex, top: used.rowIndex + 1, left: used.columnIndex + 1, rows: used.rowCount, columns: used.columnCount },
    );
    const cells: SheetCells[] = areas.map((area) => ({
      values: new Array<CellValue[]>(area?.rows ?? 0),
      formulas: new Array<(string | null)[]>(area?.rows ?? 0),
      numberFormats: new Array<(string | null)[]>(area?.rows ?? 0),
    }));
    const used = areas.filter((a): a is UsedArea => a !== null);
    const unreadable = unreadableArea(used);
    if (unreadable) throw unreadableError(unreadable, used, sheets[unreadable.sheetIndex].name);
    const chunks = splitIntoChunks(used, budget);
    const chunksLeft = areas.map((_, i) => chunks.filter((c) => c.sheetIndex === i).length);
    const sheetsRead = () => chunksLeft.filter((n) => n === 0).length;
    onProgress?.({ sheetsRead: sheetsRead(), sheetsTotal: sheets.length });

    const queue = new ReadQueue(chunks);
    let bytesPerCell = budget.initialBytesPerCell;
    while (!queue.isEmpty) {
      const group = queue.nextGroup(bytesPerCell, budget.responseBytes);
      const ranges = group.map((chunk) =>
        sheets[chunk.sheetIndex]
          .getRange(rangeToA1(chunk.top, chunk.left, chunk.top + chunk.rows - 1, chunk.left + chunk.columns - 1))
          .load('values,formulas,numberFormat'),
      );
      try {
        // One sync per response budget, not per sheet or row: the count depends on bytes alone.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!isPayloadTooLarge(error)) throw error;
        bytesPerCell *= 2;
        const unsplittable = queue.requeueSmaller(group);
        if (unsplittable) {
          const sheet = sheets[unsplittable.sheetIndex].name;
          throw new GatewayError('too-large', sheet, `Row ${unsplittable.top} of ${sheet} is too large for Excel to send in one request.`);
        }
        continue;
      }
      let bytes = 0;
      let cellCount = 0;
      group.forEach((chunk, i) => {
        bytes += storeChunk(cells[chunk.sheetIndex], areas[chunk.sheetIndex] as UsedArea, chunk, ranges[i], date1904);
        cellCount += chunk.rows * chunk.columns;
        chunksLeft[chunk.sheetIndex] -= 1;
      });
      bytesPerCell = nextBytesPerCell(bytes, cellCount, budget);
      onProgress?.({ sheetsRead: sheetsRead(), sheetsTotal: sheets.length });
    }

    const result: Sheet[] = sheets.map((sheet, i) => {
      const area = areas[i];
      const merges: CellRange[] = capabilities.mergedAreas && !mergedAreas[i].isNullObject ? parseAreaAddresses(mergedAreas[i].address) : [];
      clearCoveredCells(cells[i], area, merges);
      return {
        name: sheet.name,
        top: area?.top ?? 1,
        left: area?.left ?? 1,
        values: cells[i].values,
        formulas: cells[i].formulas,
        numberFormats: cells[i].numberFormats,
        merges,
        hidden: sheet.visibility !== 'Visible',
      };
    });
    return capabilities.workbookName ? { name: workbook.name, sheets: result } : { sheets: result };
  });
}
