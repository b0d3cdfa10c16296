/**
 * Labels with their values anywhere on a sheet, for the forms whose rows are not one table:
 * the 决算 summary's two sides, the basic-data table's pairs across a row.
 */
import { storedColumns, storedRows } from '../../grid/stored-cells';
import type { CellRange, Sheet } from '../../grid/types';
import type { MoneyUnit } from '../../money/fen';
import type { PlaceCell } from '../official-table';
import { amountCell, insideAny, textKey } from './sheet-cells';

export interface LabelAt {
  readonly row: number;
  readonly column: number;
  readonly key: string;
  readonly text: string;
}

/** A sheet's text cells, listed once however many kinds ask (a sheet is not changed once read). */
const labelsOfSheet = new WeakMap<Sheet, readonly LabelAt[]>();

/** Every text cell outside `claimed`, with its key, in reading order. */
export function labelsOf(sheet: Sheet, claimed: readonly CellRange[] = []): readonly LabelAt[] {
  let labels = labelsOfSheet.get(sheet);
  if (!labels) labelsOfSheet.set(sheet, (labels = textCells(sheet)));
  return claimed.length === 0 ? labels : labels.filter((label) => !insideAny(label.row, label.column, claimed));
}

function textCells(sheet: Sheet): LabelAt[] {
  const labels: LabelAt[] = [];
  for (const row of storedRows(sheet)) {
    const values = sheet.values[row - sheet.top];
    for (const column of storedColumns(sheet, row)) {
      const value = values[column - sheet.left];
      if (typeof value !== 'string') continue;
      const text = value.trim(); // as cellText reads it
      if (text !== '') labels.push({ row, column, key: textKey(sheet, text), text });
    }
  }
  return labels;
}

/** The amount beside a label: the next cell to its right. */
export function valueBeside(sheet: Sheet, label: LabelAt, unit: MoneyUnit): PlaceCell {
  return amountCell(sheet, label.row, label.column + 1, unit);
}

/** The bounding range of some labels and the cells beside them. */
export function areaOf(labels: readonly LabelAt[]): CellRange {
  return {
    top: Math.min(...labels.map((label) => label.row)),
    left: Math.min(...labels.map((label) => label.column)),
    bottom: Math.max(...labels.map((label) => label.row)),
    right: Math.max(...labels.map((label) => label.column + 1)),
  };
}
