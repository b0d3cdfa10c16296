/**
 * B. The 决算 收入支出决算总表: carry-over on both sides (official-layouts.md §B). Told from the
 * seed's summary by its labels (本年支出合计, 年初结转和结余 / 年末结转和结余, 总计), so the seed's
 * identities are never applied to it.
 */
import type { Sheet } from '../../grid/types';
import type { TableKind } from '../kind';
import type { IdentityPlace, OfficialTable, PlaceCell } from '../official-table';
import { areaOf, hasLabel, labelsOf, valueBeside, type LabelAt } from '../support/labelled-cells';
import { lineLevel, titleAbove, unitAbove } from '../support/sheet-cells';

const INCOME_FIELDS: Readonly<Record<string, readonly string[]>> = {
  本年收入合计: ['收入合计'], // normalizeLabel drops 本年
  使用非财政拨款结余: ['使用非财政拨款结余', '用事业基金弥补收支差额', '使用非财政拨款结余和专用结余'],
  年初结转和结余: ['年初结转和结余', '年初结转结余'],
};
const SPENDING_FIELDS: Readonly<Record<string, readonly string[]>> = {
  本年支出合计: ['支出合计'],
  结余分配: ['结余分配'],
  年末结转和结余: ['年末结转和结余', '年末结转结余'],
};
/** Anywhere on the sheet: the split of 本年支出合计 and of 基本支出. */
const SPLIT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  基本支出: ['基本支出'],
  项目支出: ['项目支出'],
  上缴上级支出: ['上缴上级支出'],
  经营支出: ['经营支出'],
  对附属单位补助支出: ['对附属单位补助支出'],
  人员经费: ['人员经费'],
  公用经费: ['公用经费'],
};

function keyOf(fields: Readonly<Record<string, readonly string[]>>, key: string): string | undefined {
  return Object.keys(fields).find((field) => fields[field].includes(key));
}

/** One side: its column, its fields, its 总计 and the numbered lines above its 本年…合计. */
function readSide(sheet: Sheet, labels: readonly LabelAt[], anchor: LabelAt, fields: Readonly<Record<string, readonly string[]>>, unit: OfficialTable['unit']) {
  const column = labels.filter((label) => label.column === anchor.column);
  const values: Record<string, PlaceCell> = {};
  for (const label of column) {
    const field = keyOf(fields, label.key);
    if (field && !values[field]) values[field] = valueBeside(sheet, label, unit);
  }
  const total = column.find((label) => label.key === '总计' && label.row > anchor.row);
  // lines start below the other side's 总计 when both sides share the column
  const start = Math.max(0, ...column.filter((label) => label.key === '总计' && label.row < anchor.row).map((label) => label.row));
  const lines = column
    .filter((label) => label.row > start && label.row < anchor.row && lineLevel(label.text) === 'top')
    .map((label) => valueBeside(sheet, label, unit));
  return {
    values,
    total: total ? valueBeside(sheet, total, unit) : undefined,
    lines,
    used: [...column.filter((label) => label.row <= (total?.row ?? anchor.row))],
  };
}

function recognizeFinalAccounts(sheet: Sheet, claimed: Parameters<NonNullable<TableKind['recognize']>>[1]): OfficialTable[] {
  if (!hasLabel(sheet, '收入合计') || !hasLabel(sheet, '支出合计') || !hasLabel(sheet, '总计')) return [];
  const labels = labelsOf(sheet, claimed);
  const incomeAnchor = labels.find((label) => label.key === '收入合计' && /本年/.test(label.text));
  const spendingAnchor = labels.find((label) => label.key === '支出合计' && /本年/.test(label.text));
  const carryOver = labels.some((label) => label.key === '年初结转和结余' || label.key === '年末结转和结余');
  if (!incomeAnchor || !spendingAnchor || !carryOver || !labels.some((label) => label.key === '总计')) return [];
  const unit = unitAbove(sheet, Math.min(incomeAnchor.row, spendingAnchor.row) - 10);
  // in one column holding both sides (income block, then spending block) each 总计 follows its own 合计
  const income = readSide(sheet, labels, incomeAnchor, INCOME_FIELDS, unit);
  const spending = readSide(sheet, labels, spendingAnchor, SPENDING_FIELDS, unit);
  const splits: Record<string, PlaceCell> = {};
  for (const label of labels) {
    const field = keyOf(SPLIT_FIELDS, label.key);
    if (field && !splits[field]) splits[field] = valueBeside(sheet, label, unit);
  }
  const where = { sheet: sheet.name, row: spendingAnchor.row };
  const places: IdentityPlace[] = [];
  const put = (identity: string, row: number, subject: string, values: Record<string, PlaceCell | undefined>): void => {
    const present = Object.fromEntries(Object.entries(values).flatMap(([name, cell]) => (cell ? [[name, [cell]]] : [])));
    places.push({ identity, sheet: sheet.name, row, subject, values: present });
  };
  if (income.total) put('income-side', income.total.row, '总计（收入）', { ...income.values, 收入方总计: income.total });
  if (spending.total) put('spending-side', spending.total.row, '总计（支出）', { ...spending.values, 支出方总计: spending.total });
  if (income.total && spending.total) put('totals-equal', spending.total.row, '总计', { 收入方总计: income.total, 支出方总计: spending.total });
  if (income.lines.length > 0 && income.values.本年收入合计) {
    places.push({
      identity: 'income-lines',
      sheet: sheet.name,
      row: incomeAnchor.row,
      subject: '本年收入合计',
      values: { 本年收入合计: [income.values.本年收入合计], 收入各项之和: income.lines },
    });
  }
  if (spending.lines.length > 0 && spending.values.本年支出合计) {
    places.push({
      identity: 'spending-lines',
      ...where,
      subject: '本年支出合计',
      values: { 本年支出合计: [spending.values.本年支出合计], 支出各项之和: spending.lines },
    });
  }
  if (splits.基本支出 && splits.项目支出) put('spending-split', where.row, '本年支出合计', { 本年支出合计: spending.values.本年支出合计, ...splits });
  if (splits.基本支出 && splits.人员经费 && splits.公用经费)
    put('basic-split', splits.基本支出.row, '基本支出', { 基本支出: splits.基本支出, 人员经费: splits.人员经费, 公用经费: splits.公用经费 });
  const used = [...income.used, ...spending.used, ...labels.filter((label) => keyOf(SPLIT_FIELDS, label.key))];
  const fields: Record<string, PlaceCell> = { ...income.values, ...spending.values, ...splits };
  if (income.total) fields.收入方总计 = income.total;
  if (spending.total) fields.支出方总计 = spending.total;
  const range = areaOf(used);
  return [
    {
      kind: 'final-accounts',
      sheet: sheet.name,
      range,
      unit,
      title: titleAbove(sheet, range.top),
      fields,
      numbers: {},
      places,
      cells: [...Object.values(fields), ...income.lines, ...spending.lines],
      rowCount: range.bottom - range.top + 1,
    },
  ];
}

const finalAccounts: TableKind = {
  id: 'final-accounts',
  name: { zh: '收入支出决算总表', en: 'final-accounts income and expenditure summary (决算)' },
  spec: 'official-layouts.md §B',
  findBy: 'two-sided',
  fields: [
    { name: '本年收入合计', type: 'money', required: true },
    { name: '使用非财政拨款结余', synonyms: INCOME_FIELDS.使用非财政拨款结余, type: 'money' },
    { name: '年初结转和结余', synonyms: INCOME_FIELDS.年初结转和结余, type: 'money' },
    { name: '收入方总计', synonyms: ['总计'], type: 'money', required: true },
    { name: '本年支出合计', type: 'money', required: true },
    { name: '结余分配', type: 'money' },
    { name: '年末结转和结余', synonyms: SPENDING_FIELDS.年末结转和结余, type: 'money' },
    { name: '支出方总计', synonyms: ['总计'], type: 'money', required: true },
    ...Object.keys(SPLIT_FIELDS).map((name) => ({ name, type: 'money' as const })),
  ],
  identities: [
    {
      id: 'income-side',
      formula: '本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 收入方总计',
      optional: ['使用非财政拨款结余', '年初结转和结余'],
      description: {
        zh: '收入方：本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计。',
        en: 'Income side: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计.',
      },
    },
    {
      id: 'spending-side',
      formula: '本年支出合计 + 结余分配 + 年末结转和结余 = 支出方总计',
      optional: ['结余分配', '年末结转和结余'],
      description: { zh: '支出方：本年支出合计 + 结余分配 + 年末结转和结余 = 总计。', en: 'Spending side: 本年支出合计 + 结余分配 + 年末结转和结余 = 总计.' },
    },
    { id: 'totals-equal', formula: '收入方总计 = 支出方总计', description: { zh: '两方总计相等。', en: 'The two sides’ 总计 are equal.' } },
    {
      id: 'income-lines',
      formula: '本年收入合计 = 收入各项之和',
      description: { zh: '本年收入合计等于各项收入（一、二、三……）之和。', en: '本年收入合计 equals the sum of the income lines.' },
    },
    {
      id: 'spending-lines',
      formula: '本年支出合计 = 支出各项之和',
      description: { zh: '本年支出合计等于各项支出（一、二、三……）之和。', en: '本年支出合计 equals the sum of the expenditure lines.' },
    },
    {
      id: 'spending-split',
      formula: '本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
      optional: ['上缴上级支出', '经营支出', '对附属单位补助支出'],
      description: {
        zh: '本年支出合计 = 基本支出 + 项目支出（+ 上缴上级支出、经营支出、对附属单位补助支出，如列出）。',
        en: '本年支出合计 = 基本支出 + 项目支出 (+ the other kinds where listed).',
      },
    },
    {
      id: 'basic-split',
      formula: '基本支出 = 人员经费 + 公用经费',
      description: { zh: '基本支出 = 人员经费 + 公用经费（如列出）。', en: '基本支出 = 人员经费 + 公用经费 (where listed).' },
    },
  ],
  recognize: recognizeFinalAccounts,
};

export default finalAccounts;
