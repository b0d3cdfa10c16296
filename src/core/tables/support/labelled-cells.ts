/**
 * Labels with their values anywhere on a sheet, for the forms whose rows are not one table:
 * the 决算 summary's two sides, the basic-data table's pairs across a row.
 */
import { storedTexts, type StoredTexts } from '../../grid/stored-cells';
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
 * changed once read). Their keys are made when a kind first asks for keys; their places, and the
 * cells' records (LabelAt), only on a sheet where a kind's anchor label (or a text a kind looks
 * for) is — never for the 100k project names of a project sheet.
 */
interface SheetTexts {
  readonly texts: readonly string[];
  keys?: readonly string[];
  places?: Required<StoredTexts>;
  labels?: readonly LabelAt[];
}

const textsOfSheet = new WeakMap<Sheet, SheetTexts>();

function sheetTexts(sheet: Sheet): SheetTexts {
  let texts = textsOfSheet.get(sheet);
  if (!texts) textsOfSheet.set(sheet, (texts = { texts: storedTexts(sheet).texts }));
  return texts;
}

/** The key of each text cell, the i-th of the i-th text. */
function sheetKeys(sheet: Sheet, texts: SheetTexts): readonly string[] {
  texts.keys ??= keysOf(sheet, texts.texts);
  return texts.keys;
}

/** The texts' keys, the i-th of the i-th text. */
function keysOf(sheet: Sheet, texts: readonly string[]): string[] {
  const keys: string[] = new Array<string>(texts.length);
  for (let i = 0; i < texts.length; i++) keys[i] = textKey(sheet, texts[i]);
  return keys;
}

/** The records of the text cells whose index passes `wanted`, each with its key; the places are walked for once. */
function records(sheet: Sheet, texts: SheetTexts, wanted: (i: number) => boolean, keyAt: (i: number) => string): LabelAt[] {
  texts.places ??= storedTexts(sheet, true) as Required<StoredTexts>;
  const { rows, columns } = texts.places;
  const labels: LabelAt[] = [];
  for (let i = 0; i < texts.texts.length; i++) {
    if (wanted(i)) labels.push({ row: rows[i], column: columns[i], key: keyAt(i), text: texts.texts[i] });
  }
  return labels;
}

/**
 * Whether a text cell of the sheet (claimed or not) has one of these keys: what a kind asks before
 * it reads the sheet's labels, so a sheet without its anchor costs a look at the keys.
 */
export function hasLabel(sheet: Sheet, ...keys: string[]): boolean {
  const all = sheetKeys(sheet, sheetTexts(sheet));
  return keys.some((key) => all.includes(key));
}

/** Whether a text cell of the sheet has a text (trimmed) passing `test`. */
export function hasText(sheet: Sheet, test: (text: string) => boolean): boolean {
  return sheetTexts(sheet).texts.some(test);
}

/** Whether a text cell of the sheet has a key passing `test`. */
export function hasLabelLike(sheet: Sheet, test: (key: string) => boolean): boolean {
  return sheetKeys(sheet, sheetTexts(sheet)).some(test);
}

/** Every text cell outside `claimed`, with its key, in reading order. */
export function labelsOf(sheet: Sheet, claimed: readonly CellRange[] = []): readonly LabelAt[] {
  const texts = sheetTexts(sheet);
  if (!texts.labels) {
    const keys = sheetKeys(sheet, texts);
    texts.labels = records(
      sheet,
      texts,
      () => true,
      (i) => keys[i],
    );
  }
  return claimed.length === 0 ? texts.labels : texts.labels.filter((label) => !insideAny(label.row, label.column, claimed));
}

/** The text cells whose text passes `test` (claimed or not), in reading order: no record, nor key, for the others. */
export function labelsWithText(sheet: Sheet, test: (text: string) => boolean): LabelAt[] {
  const texts = sheetTexts(sheet);
  if (!texts.texts.some(test)) return [];
  return records(
    sheet,
    texts,
    (i) => test(texts.texts[i]),
    (i) => textKey(sheet, texts.texts[i]),
  );
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
