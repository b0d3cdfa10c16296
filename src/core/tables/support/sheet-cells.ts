/** Reading the official layouts' cells: labels without their numbering, amounts with their cell. */
import { storedColumns } from '../../grid/stored-cells';
import { cellText, cellValue, lastColumn } from '../../grid/sheet-access';
import type { CellRange, Sheet } from '../../grid/types';
import type { MoneyUnit } from '../../money/fen';
import { readAmount } from '../../money/read-amount';
import type { AmountCell } from '../../recognize/model';
import { isOwnLabelKey, normalizeLabel, OUTLINE_NUMBER } from '../../recognize/normalize-label';
import { readCell } from '../../recognize/read-cell';
import { DEFAULT_UNIT, findUnitNote } from '../../recognize/unit-note';
import type { PlaceCell } from '../official-table';

export function amountCell(sheet: Sheet, row: number, column: number, unit: MoneyUnit): PlaceCell {
  const cell = readCell(sheet, row, column);
  return { ...cell, sheet: sheet.name, reading: readAmount(cell.value, unit) };
}

/**
 * Each table kind looks for its labels over the whole sheet, so the same cell's key is asked for
 * once per kind: the keys of a sheet's texts are kept with the sheet (a sheet is not changed once
 * read; a re-check reads new sheets) and dropped with it.
 */
const keysOfSheet = new WeakMap<Sheet, Map<string, string>>();

/** The official layouts' longest label (`其中：…` lines included) is well under this. */
const LONGEST_LABEL = 60;

/** The label as a key: `1、一般公共预算` → `一般公共预算`, `其中：公车购置` → `公车购置`. */
export function labelKey(sheet: Sheet, row: number, column: number): string {
  const value = cellValue(sheet, row, column);
  if (value === null) return '';
  // a number's key is its digits (as normalizeLabel leaves them): cheap, and not worth keeping
  if (typeof value === 'number') return String(value).replace(OUTLINE_NUMBER, '');
  return textKey(sheet, cellText(sheet, row, column));
}

/** The key of a cell's text (as cellText gives it) on `sheet`. */
export function textKey(sheet: Sheet, text: string): string {
  // a sentence (a project's 主要用途, a 说明) is no label: its key is itself, not worth normalising;
  // nor is a text normalising would leave as it is (most project names)
  if (text.length > LONGEST_LABEL || isOwnLabelKey(text)) return text;
  let keys = keysOfSheet.get(sheet);
  if (!keys) keysOfSheet.set(sheet, (keys = new Map()));
  let key = keys.get(text);
  if (key === undefined) keys.set(text, (key = normalizeLabel(text.replace(/^\s*[（(][一二三四五六七八九十\d]+[）)]/, ''))));
  return key;
}

/** `一、` lines are top-level, `1、` `（一）` `其中` lines belong to the line above; others stand alone. */
export type LineLevel = 'top' | 'sub' | 'plain';

export function lineLevel(text: string): LineLevel {
  const trimmed = text.trim().replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/^[一二三四五六七八九十]+\s*[、.．]/.test(trimmed)) return 'top';
  if (/^\d+\s*[、.．]/.test(trimmed) || /^[（(][一二三四五六七八九十\d]+[）)]/.test(trimmed) || /^其中/.test(trimmed)) return 'sub';
  return 'plain';
}

export function insideAny(row: number, column: number, areas: readonly CellRange[]): boolean {
  return areas.some((area) => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right);
}

/** The unit note above a table (`单位：元`), else 万元. */
export function unitAbove(sheet: Sheet, top: number): MoneyUnit {
  return findUnitNote(sheet, Math.max(sheet.top, top - 6), top, lastColumn(sheet)) ?? DEFAULT_UNIT;
}

/** The title a few rows above a table: the first text naming a 表. */
export function titleAbove(sheet: Sheet, top: number): string | null {
  for (let row = Math.max(sheet.top, top - 6); row < top; row++) {
    for (const column of storedColumns(sheet, row)) {
      const text = cellText(sheet, row, column).trim();
      if (/表$/.test(text)) return text;
    }
  }
  return null;
}

/** A place's cell list from amount cells of one sheet. */
export function cellsOf(...cells: (AmountCell | PlaceCell | undefined)[]): PlaceCell[] {
  return cells.filter((cell): cell is PlaceCell => cell !== undefined && 'sheet' in cell);
}

export function isNumberish(cell: AmountCell): boolean {
  return cell.reading.kind !== 'text' && cell.reading.kind !== 'boolean';
}
