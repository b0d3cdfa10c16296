/**
 * Labels with their values anywhere on a sheet, for the forms whose rows are not one table:
 * the 决算 summary's two sides, the basic-data table's pairs across a row.
 */
import { forEachStoredText } from '../../grid/stored-cells';
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

/**
 * A sheet's text cells in reading order, listed once however many kinds ask (a sheet is not
 * changed once read), as their keys and texts only: a kind first asks whether its anchor label is
 * there at all (hasLabel), and the cells' records, with their places, are made only for a sheet
 * where one is — never for the 100k project names of a project sheet.
 */
interface SheetTexts {
  readonly keys: string[];
  readonly texts: string[];
  labels?: readonly LabelAt[];
}

const textsOfSheet = new WeakMap<Sheet, SheetTexts>();

function sheetTexts(sheet: Sheet): SheetTexts {
  let texts = textsOfSheet.get(sheet);
  if (!texts) {
    const keys: string[] = [];
    const found: string[] = [];
    forEachStoredText(sheet, (_row, _column, text) => {
      keys.push(textKey(sheet, text));
      found.push(text);
    });
    textsOfSheet.set(sheet, (texts = { keys, texts: found }));
  }
  return texts;
}

/** The records of the text cells, the i-th with the i-th key and text; `wanted` says which. */
function records(sheet: Sheet, { keys, texts }: SheetTexts, wanted: (i: number) => boolean): LabelAt[] {
  const labels: LabelAt[] = [];
  let i = 0;
  forEachStoredText(sheet, (row, column) => {
    if (wanted(i)) labels.push({ row, column, key: keys[i], text: texts[i] });
    i++;
  });
  return labels;
}

/**
 * Whether a text cell of the sheet (claimed or not) has one of these keys: what a kind asks before
 * it reads the sheet's labels, so a sheet without its anchor costs a look at the keys.
 */
export function hasLabel(sheet: Sheet, ...keys: string[]): boolean {
  const all = sheetTexts(sheet).keys;
  return keys.some((key) => all.includes(key));
}

/** Whether a text cell of the sheet has a text (trimmed) passing `test`. */
export function hasText(sheet: Sheet, test: (text: string) => boolean): boolean {
  return sheetTexts(sheet).texts.some(test);
}

/** Whether a text cell of the sheet has a key passing `test`. */
export function hasLabelLike(sheet: Sheet, test: (key: string) => boolean): boolean {
  return sheetTexts(sheet).keys.some(test);
}

/** Every text cell outside `claimed`, with its key, in reading order. */
export function labelsOf(sheet: Sheet, claimed: readonly CellRange[] = []): readonly LabelAt[] {
  const texts = sheetTexts(sheet);
  texts.labels ??= records(sheet, texts, () => true);
  return claimed.length === 0 ? texts.labels : texts.labels.filter((label) => !insideAny(label.row, label.column, claimed));
}

/** The text cells whose text passes `test` (claimed or not), in reading order: no record for the others. */
export function labelsWithText(sheet: Sheet, test: (text: string) => boolean): LabelAt[] {
  const texts = sheetTexts(sheet);
  if (!texts.texts.some(test)) return [];
  return records(sheet, texts, (i) => test(texts.texts[i]));
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
