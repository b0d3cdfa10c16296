/**
 * Unit notes: `单位：元`, `单位: 万元`, `金额单位：元`, `（单位：人民币万元）` written above a table.
 * Amounts are in 万元 unless such a note says otherwise (spec, introduction).
 */
import { cellValue } from '../grid/sheet-access';
import { storedColumns, storedRowsBetween } from '../grid/stored-cells';
import type { Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { foldWidth } from './normalize-label';

export const DEFAULT_UNIT: MoneyUnit = '万元';

const UNIT_NOTE = /单位[:]?(?:人民币)?(万元|元)(?![\p{Script=Han}])/u;

/** The unit a note names, or null when the text is not a unit note. */
export function readUnitNote(text: string): MoneyUnit | null {
  const match = UNIT_NOTE.exec(foldWidth(text).replace(/\s+/g, ''));
  if (!match) return null;
  return match[1] === '元' ? '元' : '万元';
}

/**
 * The unit note nearest above `beforeRow` (rows `fromRow` … `beforeRow`, inclusive: a note may
 * share the title or header row). Returns null when there is none.
 */
export function findUnitNote(sheet: Sheet, fromRow: number, beforeRow: number, lastColumn: number): MoneyUnit | null {
  const rows = storedRowsBetween(sheet, fromRow, beforeRow);
  for (const row of rows.reverse()) {
    for (const column of storedColumns(sheet, row, sheet.left, lastColumn)) {
      const value = cellValue(sheet, row, column);
      if (typeof value !== 'string' || !value.includes('单位')) continue;
      const unit = readUnitNote(value);
      if (unit) return unit;
    }
  }
  return null;
}
