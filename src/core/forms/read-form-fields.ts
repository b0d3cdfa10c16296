/**
 * Reads the labelled fields of a form outside its two blocks: 项目名称, 主管部门, 实施单位, staffing,
 * and the narrative fields the unit writes (年度目标完成情况, 评价结论, 存在问题, 改进措施, …).
 * A value stands right of its label; where labels head a row of their own (`预期目标 | 实际完成情况`)
 * the values stand below them.
 */
import { toA1 } from '../grid/a1';
import { cellText, lastColumn } from '../grid/sheet-access';
import { storedColumns, storedRowsBetween } from '../grid/stored-cells';
import type { CellRange, Sheet } from '../grid/types';
import type { LabelledCell, ReadCell } from '../recognize/model';
import { readCell } from '../recognize/read-cell';
import { matchFormField, matchNarrative } from './form-labels';
import type { FormField, FormText } from './form-model';

/** Labels are short; a longer text is a value. */
const MAX_LABEL_LENGTH = 40;

type FieldLabel = { readonly field: FormField } | { readonly narrative: string };
type LabelAt = (row: number, column: number) => FieldLabel | null;

function matchLabel(text: string): FieldLabel | null {
  if (text === '' || text.length > MAX_LABEL_LENGTH) return null;
  const field = matchFormField(text);
  if (field) return { field };
  const narrative = matchNarrative(text);
  return narrative ? { narrative } : null;
}

export interface FormFieldsRead {
  readonly fields: Partial<Record<FormField, LabelledCell>>;
  readonly texts: readonly FormText[];
}

export function readFormFields(sheet: Sheet, top: number, bottom: number, skipRow: (row: number) => boolean): FormFieldsRead {
  const right = lastColumn(sheet);
  const labelAt: LabelAt = (row, column) => matchLabel(cellText(sheet, row, column));
  const fields: Partial<Record<FormField, LabelledCell>> = {};
  const texts: FormText[] = [];
  for (const row of storedRowsBetween(sheet, top, bottom)) {
    if (skipRow(row)) continue;
    const labels = labelsOfRow(sheet, row, right, labelAt);
    const headsValuesBelow = labels.length >= 2 && labels.every((label) => label.valuesAfterAreLabels);
    for (const { column, match } of labels) {
      const label = cellText(sheet, row, column);
      const valueCell = headsValuesBelow ? valueBelow(sheet, row, column) : valueRight(sheet, row, column, right, labelAt);
      const labelled: LabelledCell = { ...valueCell, label, labelAddress: toA1(row, column) };
      if ('field' in match) {
        fields[match.field] ??= labelled;
      } else {
        texts.push({ ...labelled, name: match.narrative, text: cellText(sheet, valueCell.row, valueCell.column) });
      }
    }
  }
  return { fields, texts };
}

interface RowLabel {
  readonly column: number;
  readonly match: FieldLabel;
  /** Every filled cell right of this label is a label too. */
  readonly valuesAfterAreLabels: boolean;
}

function labelsOfRow(sheet: Sheet, row: number, right: number, labelAt: LabelAt): RowLabel[] {
  const labels: RowLabel[] = [];
  let valuesAfterAreLabels = true;
  for (const column of storedColumns(sheet, row, sheet.left, right).reverse()) {
    if (cellText(sheet, row, column) === '') continue;
    const match = labelAt(row, column);
    if (match === null) {
      valuesAfterAreLabels = false;
      continue;
    }
    labels.unshift({ column, match, valuesAfterAreLabels });
  }
  return labels;
}

function mergeAt(sheet: Sheet, row: number, column: number): CellRange | undefined {
  return sheet.merges?.find((area) => area.top === row && area.left === column);
}

/** The next filled cell to the right unless it is another label; else the cell just right of the label's merge. */
function valueRight(sheet: Sheet, row: number, column: number, right: number, labelAt: LabelAt): ReadCell {
  const after = (mergeAt(sheet, row, column)?.right ?? column) + 1;
  const next = nextFilledColumn(sheet, row, after, right);
  return readCell(sheet, row, next !== null && labelAt(row, next) === null ? next : after);
}

function valueBelow(sheet: Sheet, row: number, column: number): ReadCell {
  return readCell(sheet, (mergeAt(sheet, row, column)?.bottom ?? row) + 1, column);
}

function nextFilledColumn(sheet: Sheet, row: number, from: number, to: number): number | null {
  return storedColumns(sheet, row, from, to).find((column) => cellText(sheet, row, column) !== '') ?? null;
}
