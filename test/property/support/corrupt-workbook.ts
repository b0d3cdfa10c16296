/**
 * Corruptions applied to otherwise valid workbooks: cells overwritten with hostile values or
 * formulas, rows deleted, duplicated, inserted, truncated or swapped, columns deleted, merges
 * added, the used range moved, sheets duplicated, dropped or hidden.
 */
import fc from 'fast-check';
import type { CellRange, CellValue, Sheet, Workbook } from '../../../src/core/grid/types';
import { clampRange, FORMULA_TEXT, hostileCell, mergeNear, withinExcel } from './hostile-arbitraries';

/** One damage done to a workbook; indexes are taken modulo what exists when it is applied. */
export type Corruption =
  | { readonly kind: 'set-cell'; readonly sheet: number; readonly row: number; readonly column: number; readonly value: CellValue }
  | { readonly kind: 'set-formula'; readonly sheet: number; readonly row: number; readonly column: number; readonly formula: string }
  | { readonly kind: 'delete-row' | 'duplicate-row' | 'delete-column'; readonly sheet: number; readonly at: number }
  | { readonly kind: 'insert-row'; readonly sheet: number; readonly at: number; readonly cells: readonly CellValue[] }
  | { readonly kind: 'truncate-row'; readonly sheet: number; readonly at: number; readonly length: number }
  | { readonly kind: 'swap-rows'; readonly sheet: number; readonly at: number; readonly other: number }
  | { readonly kind: 'merge'; readonly sheet: number; readonly area: CellRange }
  | { readonly kind: 'origin'; readonly sheet: number; readonly top: number; readonly left: number }
  | { readonly kind: 'duplicate-sheet' | 'drop-sheet' | 'hide-sheet'; readonly sheet: number };

const index = fc.nat({ max: 1000 });

export const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set-cell' as const), sheet: index, row: index, column: index, value: hostileCell }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('set-formula' as const), sheet: index, row: index, column: index, formula: FORMULA_TEXT }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom('delete-row' as const, 'duplicate-row' as const, 'delete-column' as const), sheet: index, at: index }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert-row' as const), sheet: index, at: index, cells: fc.array(hostileCell, { maxLength: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate-row' as const), sheet: index, at: index, length: fc.nat({ max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-rows' as const), sheet: index, at: index, other: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge' as const), sheet: index, area: mergeNear(1, 1) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('origin' as const),
      sheet: index,
      top: fc.integer({ min: 1, max: 1_048_570 }),
      left: fc.integer({ min: 1, max: 16_380 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('duplicate-sheet' as const, 'drop-sheet' as const, 'hide-sheet' as const), sheet: index }) },
);

interface MutableSheet {
  name: string;
  top: number;
  left: number;
  values: CellValue[][];
  formulas: (string | null)[][];
  merges: CellRange[];
  hidden?: boolean;
}

function thaw(sheet: Sheet): MutableSheet {
  return {
    name: sheet.name,
    top: sheet.top,
    left: sheet.left,
    values: sheet.values.map((row) => [...row]),
    formulas: sheet.values.map((row, r) => row.map((_, c) => sheet.formulas?.[r]?.[c] ?? null)),
    merges: [...(sheet.merges ?? [])],
    hidden: sheet.hidden,
  };
}

/** Applies the corruptions in order to a copy of the workbook. */
export function corrupt(workbook: Workbook, corruptions: readonly Corruption[]): Workbook {
  const sheets = workbook.sheets.map(thaw);
  for (const damage of corruptions) {
    if (sheets.length === 0) break;
    const sheet = sheets[damage.sheet % sheets.length];
    const rows = sheet.values;
    const rowAt = (at: number): number => (rows.length === 0 ? 0 : at % rows.length);
    switch (damage.kind) {
      case 'set-cell':
      case 'set-formula': {
        if (rows.length === 0) break;
        const r = rowAt(damage.row);
        const width = Math.max(1, rows[r].length + 2);
        const c = damage.column % width;
        while (rows[r].length <= c) rows[r].push(null);
        while (sheet.formulas[r].length <= c) sheet.formulas[r].push(null);
        if (damage.kind === 'set-cell') rows[r][c] = damage.value;
        else sheet.formulas[r][c] = damage.formula;
        break;
      }
      case 'delete-row':
        if (rows.length > 0) {
          const r = rowAt(damage.at);
          rows.splice(r, 1);
          sheet.formulas.splice(r, 1);
        }
        break;
      case 'duplicate-row':
        if (rows.length > 0) {
          const r = rowAt(damage.at);
          rows.splice(r, 0, [...rows[r]]);
          sheet.formulas.splice(r, 0, [...sheet.formulas[r]]);
        }
        break;
      case 'insert-row': {
        const r = rows.length === 0 ? 0 : damage.at % (rows.length + 1);
        rows.splice(r, 0, [...damage.cells]);
        sheet.formulas.splice(
          r,
          0,
          damage.cells.map(() => null),
        );
        break;
      }
      case 'truncate-row':
        if (rows.length > 0) {
          const r = rowAt(damage.at);
          rows[r].length = Math.min(rows[r].length, damage.length);
          sheet.formulas[r].length = Math.min(sheet.formulas[r].length, damage.length);
        }
        break;
      case 'swap-rows':
        if (rows.length > 0) {
          const [a, b] = [rowAt(damage.at), rowAt(damage.other)];
          [rows[a], rows[b]] = [rows[b], rows[a]];
          [sheet.formulas[a], sheet.formulas[b]] = [sheet.formulas[b], sheet.formulas[a]];
        }
        break;
      case 'delete-column': {
        const width = Math.max(1, ...rows.map((row) => row.length));
        const c = damage.at % width;
        rows.forEach((row) => row.splice(c, 1));
        sheet.formulas.forEach((row) => row.splice(c, 1));
        break;
      }
      case 'merge':
        sheet.merges.push({
          top: damage.area.top + sheet.top - 1,
          left: damage.area.left + sheet.left - 1,
          bottom: damage.area.bottom + sheet.top - 1,
          right: damage.area.right + sheet.left - 1,
        });
        break;
      case 'origin':
        // the merges move with the cells, as when a used range starts further down
        sheet.merges = sheet.merges.map((m) => ({
          top: m.top - sheet.top + damage.top,
          bottom: m.bottom - sheet.top + damage.top,
          left: m.left - sheet.left + damage.left,
          right: m.right - sheet.left + damage.left,
        }));
        sheet.top = damage.top;
        sheet.left = damage.left;
        break;
      case 'duplicate-sheet':
        sheets.push(thaw(sheet));
        break;
      case 'drop-sheet':
        sheets.splice(damage.sheet % sheets.length, 1);
        break;
      case 'hide-sheet':
        sheet.hidden = true;
        break;
    }
  }
  return { name: workbook.name, sheets: sheets.map((sheet) => ({ ...withinExcel(sheet), merges: sheet.merges.map(clampRange) })) };
}
