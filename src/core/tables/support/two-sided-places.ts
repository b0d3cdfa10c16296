/** The places of a two-sided form's identities (shared by the 收支总表 and the 财政拨款收支总表). */
import type { Sheet } from '../../grid/types';
import type { Identity } from '../kind';
import type { IdentityPlace, OfficialKindId, OfficialTable, PlaceCell } from '../official-table';
import { titleAbove } from './sheet-cells';
import { anyFilled, linesWithParts, summedLines, type FormLine, type TwoSidedForm } from './two-sided';

export function incomePlaces(sheet: Sheet, form: TwoSidedForm): IdentityPlace[] {
  const places: IdentityPlace[] = [
    {
      identity: 'income-total',
      sheet: sheet.name,
      row: form.totalRow,
      subject: '收入总计',
      values: { 收入总计: [form.incomeTotal], 收入各项之和: summedLines(form.income).map((line) => line.amounts[0]) },
    },
  ];
  for (const { line, parts } of linesWithParts(form.income)) {
    const cells = parts.map((part) => part.amounts[0]);
    if (!anyFilled(cells)) continue;
    places.push({
      identity: 'income-parts',
      sheet: sheet.name,
      row: line.row,
      subject: line.label.trim(),
      values: { 本行: [line.amounts[0]], 其中各项之和: cells },
    });
  }
  return places;
}

/** 支出总计 = Σ lines in every amount column, and each class = Σ its sub-lines where they are filled. */
export function spendingColumnPlaces(sheet: Sheet, form: TwoSidedForm): IdentityPlace[] {
  const places: IdentityPlace[] = form.spendingColumns.map((name, index) => ({
    identity: 'spending-total',
    sheet: sheet.name,
    row: form.totalRow,
    subject: `支出总计（${name}）`,
    values: { 支出总计: [form.spendingTotals[index]], 支出各项之和: summedLines(form.spending).map((line) => line.amounts[index]) },
  }));
  for (const { line, parts } of linesWithParts(form.spending)) {
    form.spendingColumns.forEach((name, index) => {
      const cells = parts.map((part) => part.amounts[index]);
      if (!anyFilled(cells)) return;
      places.push({
        identity: 'spending-parts',
        sheet: sheet.name,
        row: line.row,
        subject: `${line.label.trim()}（${name}）`,
        values: { 本行: [line.amounts[index]], 其中各项之和: cells },
      });
    });
  }
  return places;
}

/** Per expenditure row and in the total row: the named columns of `line` (or the total row). */
export function rowValues(form: TwoSidedForm, cells: readonly PlaceCell[]): Record<string, PlaceCell[]> {
  const values: Record<string, PlaceCell[]> = {};
  form.spendingColumns.forEach((name, index) => (values[name] = [cells[index]]));
  return values;
}

/** The expenditure rows and then the total row, each with its cells by column name. */
export function spendingRows(form: TwoSidedForm): { row: number; subject: string; cells: readonly PlaceCell[] }[] {
  return [
    ...form.spending.map((line: FormLine) => ({ row: line.row, subject: line.label.trim(), cells: line.amounts })),
    { row: form.totalRow, subject: '支出总计', cells: form.spendingTotals },
  ];
}

export function balancePlace(sheet: Sheet, form: TwoSidedForm): IdentityPlace {
  return {
    identity: 'balance',
    sheet: sheet.name,
    row: form.totalRow,
    subject: '收入总计',
    values: { 收入总计: [form.incomeTotal], 支出总计: [form.spendingTotals[0]] },
  };
}

/** The form's named figures: each income and expenditure line by its key, the totals, each column's total. */
export function formFields(form: TwoSidedForm): Record<string, PlaceCell> {
  const fields: Record<string, PlaceCell> = {};
  for (const line of form.income) fields[line.key] ??= line.amounts[0];
  for (const line of form.spending) fields[line.key] ??= line.amounts[0];
  fields.收入总计 = form.incomeTotal;
  fields.支出总计 = form.spendingTotals[0];
  form.spendingColumns.forEach((name, index) => {
    fields[`支出总计.${name}`] = form.spendingTotals[index];
    if (name !== '合计') fields[name] ??= form.spendingTotals[index];
  });
  return fields;
}

export function officialTable(sheet: Sheet, kind: OfficialKindId, form: TwoSidedForm, places: IdentityPlace[]): OfficialTable {
  const cells = [form.incomeTotal, ...form.spendingTotals, ...form.income.flatMap((line) => line.amounts), ...form.spending.flatMap((line) => line.amounts)];
  return {
    kind,
    sheet: sheet.name,
    range: form.range,
    unit: form.unit,
    title: titleAbove(sheet, form.headerRow),
    fields: formFields(form),
    numbers: {},
    places,
    cells,
    rowCount: form.income.length + form.spending.length + 1,
  };
}

/** The identities both two-sided budget forms carry (their lines, columns and balance). */
export const TWO_SIDED_IDENTITIES: Readonly<Record<'incomeTotal' | 'incomeParts' | 'spendingTotal' | 'spendingParts' | 'balance', Identity>> = {
  incomeTotal: {
    id: 'income-total',
    formula: '收入总计 = 收入各项之和',
    description: { zh: '收入总计等于各项收入（一、二、三……）之和。', en: '收入总计 equals the sum of the income lines (一、二、三…).' },
  },
  incomeParts: {
    id: 'income-parts',
    formula: '本行 = 其中各项之和',
    description: { zh: '有“1、2、3”其中行的收入项等于其中各行之和。', en: 'An income line with 1、2、3 lines under it equals their sum.' },
  },
  spendingTotal: {
    id: 'spending-total',
    formula: '支出总计 = 支出各项之和',
    description: { zh: '每个金额列的支出总计等于各支出项之和。', en: 'In every amount column, 支出总计 equals the sum of the expenditure lines.' },
  },
  spendingParts: {
    id: 'spending-parts',
    formula: '本行 = 其中各项之和',
    description: { zh: '有明细行的支出类等于其明细行之和。', en: 'An expenditure class with lines under it equals their sum.' },
  },
  balance: { id: 'balance', formula: '收入总计 = 支出总计', description: { zh: '收入总计等于支出总计。', en: '收入总计 equals 支出总计.' } },
};
