/**
 * A. The budget 收支总表 (财务收支预算总表), department and unit forms: income lines with their
 * 其中 lines on the left, expenditure lines on the right — one 预算数 column (department form) or
 * 合计 | 基本支出: 人员经费 | 公用经费 | 项目支出 (unit form) — closed by 收入总计 / 支出总计.
 */
import type { TableKind } from '../kind';
import { balancePlace, incomePlaces, officialTable, rowValues, spendingColumnPlaces, spendingRows, TWO_SIDED_IDENTITIES } from '../support/two-sided-places';
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
    TWO_SIDED_IDENTITIES.incomeTotal,
    TWO_SIDED_IDENTITIES.incomeParts,
    TWO_SIDED_IDENTITIES.spendingTotal,
    TWO_SIDED_IDENTITIES.spendingParts,
    {
      id: 'row-total',
      formula: '合计 = 基本支出 + 项目支出',
      description: {
        zh: '单位表每行及总计行：合计 = 基本支出（人员经费 + 公用经费）+ 项目支出。',
        en: 'Unit form, each row and the total row: 合计 = 基本支出 (人员经费 + 公用经费) + 项目支出.',
      },
      optional: ['基本支出', '项目支出'],
    },
    {
      id: 'basic-split',
      formula: '基本支出 = 人员经费 + 公用经费',
      description: { zh: '有“基本支出”列时，基本支出 = 人员经费 + 公用经费。', en: 'Where a 基本支出 column exists, 基本支出 = 人员经费 + 公用经费.' },
      optional: ['人员经费', '公用经费'],
    },
    TWO_SIDED_IDENTITIES.balance,
  ],
  recognize(sheet, claimed) {
    return readTwoSidedForms(sheet, claimed)
      .filter((form) => !isAppropriationForm(form))
      .map((form) =>
        officialTable(sheet, 'budget-summary', form, [
          ...incomePlaces(sheet, form),
          ...spendingColumnPlaces(sheet, form),
          ...rowTotalPlaces(sheet, form),
          balancePlace(sheet, form),
        ]),
      );
  },
};

export default budgetSummary;
