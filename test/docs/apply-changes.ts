/** A copy of a workbook with some cells set to constants or formulas (a rule example's changes). */
import { parseA1 } from '../../src/core/grid/a1';
import type { CellValue, Sheet, Workbook } from '../../src/core/grid/types';
import type { CellChange } from '../../src/core/rules/types';

export function withChanges(workbook: Workbook, changes: readonly CellChange[]): Workbook {
  for (const change of changes) {
    if (!workbook.sheets.some((sheet) => sheet.name === change.sheet)) throw new Error(`No sheet “${change.sheet}” in ${workbook.name}`);
  }
  return { ...workbook, sheets: workbook.sheets.map((sheet) => changedSheet(sheet, changes.filter((change) => change.sheet === sheet.name))) };
}

function changedSheet(sheet: Sheet, changes: readonly CellChange[]): Sheet {
  if (changes.length === 0) return sheet;
  const values: CellValue[][] = sheet.values.map((row) => [...row]);
  const formulas: (string | null)[][] = sheet.formulas?.map((row) => [...row]) ?? [];
  for (const change of changes) {
    const { row, column } = parseA1(change.cell);
    const r = row - sheet.top;
    const c = column - sheet.left;
    if (r < 0 || c < 0) throw new Error(`${change.sheet}!${change.cell} lies above or left of the sheet's used range`);
    while (values.length <= r) values.push([]);
    values[r][c] = change.value;
    if (change.formula !== undefined) {
      while (formulas.length <= r) formulas.push([]);
      formulas[r][c] = change.formula;
    } else if (formulas[r]) formulas[r][c] = null;
  }
  return { ...sheet, values, formulas };
}
