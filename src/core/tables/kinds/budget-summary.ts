/**
 * A. The budget 收支总表 (财务收支预算总表), department and unit forms: income lines with their
 * 其中 lines on the left, expenditure lines on the right — one 预算数 column (department form) or
 * 合计 | 基本支出: 人员经费 | 公用经费 | 项目支出 (unit form) — closed by 收入总计 / 支出总计.
 */
import type { TableKind } from '../kind';
import { balancePlace, incomePlaces, officialTable, rowValues, spendingColumnPlaces, spendingRows } from '../support/two-sided-places';
import { readTwoSidedForms, type TwoSidedForm } from '../support/two-sided';
import type { IdentityPlace } from '../official-table';
import type { Sheet } from '../../grid/types';

/** The 财政拨款收支总表 has the same two sides, but its columns split the money by fund. */
export function isAppropriationForm(form: TwoSidedForm): boolean {
  return form.incomeHeading === '财政拨款收入' || form.spendingColumns.includes('一般公共预算');
}

function rowTotalPlaces(sheet: Sheet, form: TwoSidedForm): IdentityPlace[] {
  const has = (name: string): boolean => form.spendingColumns.includes(name);
  if (!has('合计') || !has('项目支出') || !(has('基本支出') || has('人员经费') || has('公用经费'))) return [];
  return spendingRows(form).flatMap(({ row, subject, cells }) => {
    const values = rowValues(form, cells);
    const basic = values.基本支出 ?? [...(values.人员经费 ?? []), ...(values.公用经费 ?? [])];
    const places: IdentityPlace[] = [{ identity: 'row-total', sheet: sheet.name, row, subject, values: { ...values, 基本支出: basic } }];
    if (has('基本支出') && (has('人员经费') || has('公用经费'))) places.push({ identity: 'basic-split', sheet: sheet.name, row, subject, values });
    return places;
  });
}

const budgetSummary: TableKind = {
  id: 'budget-summary',
  name: { zh: '财务收支预算总表（收支总表）', en: 'budget income and expenditure summary (收支总表)' },
  spec: 'official-layouts.md §A',
  findBy: 'two-sided',
  fields: [
    { name: '收入总计', type: 'money', required: true },
    { name: '支出总计', type: 'money', required: true },
    { name: '财政拨款收入', type: 'money' },
    { name: '一般公共预算', type: 'money' },
    { name: '政府性基金预算', type: 'money' },
    { name: '国有资本经营预算', type: 'money' },
    { name: '事业收入', type: 'money' },
    { name: '事业单位经营收入', type: 'money' },
    { name: '其他收入', type: 'money' },
    { name: '人员经费', type: 'money' },
    { name: '公用经费', type: 'money' },
    { name: '基本支出', type: 'money' },
    { name: '项目支出', type: 'money' },
  ],
  identities: [
    { id: 'income-total', formula: '收入总计 = 收入各项之和', description: { zh: '收入总计等于各项收入（一、二、三……）之和。', en: '收入总计 equals the sum of the income lines (一、二、三…).' } },
    { id: 'income-parts', formula: '本行 = 其中各项之和', description: { zh: '有“1、2、3”其中行的收入项等于其中各行之和。', en: 'An income line with 1、2、3 lines under it equals their sum.' } },
    { id: 'spending-total', formula: '支出总计 = 支出各项之和', description: { zh: '每个金额列的支出总计等于各支出项之和。', en: 'In every amount column, 支出总计 equals the sum of the expenditure lines.' } },
    { id: 'spending-parts', formula: '本行 = 其中各项之和', description: { zh: '有明细行的支出类等于其明细行之和。', en: 'An expenditure class with lines under it equals their sum.' } },
    { id: 'row-total', formula: '合计 = 基本支出 + 项目支出', description: { zh: '单位表每行及总计行：合计 = 基本支出（人员经费 + 公用经费）+ 项目支出。', en: 'Unit form, each row and the total row: 合计 = 基本支出 (人员经费 + 公用经费) + 项目支出.' }, optional: ['基本支出', '项目支出'] },
    { id: 'basic-split', formula: '基本支出 = 人员经费 + 公用经费', description: { zh: '有“基本支出”列时，基本支出 = 人员经费 + 公用经费。', en: 'Where a 基本支出 column exists, 基本支出 = 人员经费 + 公用经费.' }, optional: ['人员经费', '公用经费'] },
    { id: 'balance', formula: '收入总计 = 支出总计', description: { zh: '收入总计等于支出总计。', en: '收入总计 equals 支出总计.' } },
  ],
  recognize(sheet, claimed) {
    return readTwoSidedForms(sheet, claimed)
      .filter((form) => !isAppropriationForm(form))
      .map((form) =>
        officialTable(sheet, 'budget-summary', form, [...incomePlaces(sheet, form), ...spendingColumnPlaces(sheet, form), ...rowTotalPlaces(sheet, form), balancePlace(sheet, form)]),
      );
  },
};

export default budgetSummary;
