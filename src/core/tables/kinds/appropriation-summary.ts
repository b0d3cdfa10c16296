/**
 * A. The 财政拨款收支总表: income by fund (一般公共预算 / 政府性基金预算 / 国有资本经营预算) on the
 * left, each expenditure line split by fund on the right; its 一般公共预算 income must be the
 * 收支总表's `1、一般公共预算` line.
 */
import type { Sheet } from '../../grid/types';
import type { TableKind } from '../kind';
import type { IdentityPlace, OfficialTable, PlaceCell } from '../official-table';
import { filled, fundingSources } from '../support/funding-sources';
import { readTwoSidedForms, type TwoSidedForm } from '../support/two-sided';
import { balancePlace, incomePlaces, officialTable, rowValues, spendingColumnPlaces, spendingRows, TWO_SIDED_IDENTITIES } from '../support/two-sided-places';
import { isAppropriationForm } from './budget-summary';

const FUNDS = ['一般公共预算', '政府性基金预算', '国有资本经营预算'];

function fundPlaces(sheet: Sheet, form: TwoSidedForm): IdentityPlace[] {
  if (!form.spendingColumns.includes('合计') || !FUNDS.some((fund) => form.spendingColumns.includes(fund))) return [];
  return spendingRows(form).map(({ row, subject, cells }) => ({ identity: 'row-total', sheet: sheet.name, row, subject, values: rowValues(form, cells) }));
}

function generalBudgetIncome(table: OfficialTable): PlaceCell | undefined {
  return table.fields.一般公共预算;
}

const appropriationSummary: TableKind = {
  id: 'appropriation-summary',
  name: { zh: '财政拨款收支预算总表', en: 'appropriation income and expenditure summary (财政拨款收支总表)' },
  spec: 'official-layouts.md §A',
  findBy: 'two-sided',
  fields: [
    { name: '收入总计', type: 'money', required: true },
    { name: '支出总计', type: 'money', required: true },
    { name: '一般公共预算', type: 'money' },
    { name: '政府性基金预算', type: 'money' },
    { name: '国有资本经营预算', type: 'money' },
  ],
  identities: [
    TWO_SIDED_IDENTITIES.incomeTotal,
    TWO_SIDED_IDENTITIES.incomeParts,
    TWO_SIDED_IDENTITIES.spendingTotal,
    TWO_SIDED_IDENTITIES.spendingParts,
    {
      id: 'row-total',
      formula: '合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
      description: {
        zh: '每个支出行及总计行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算。',
        en: 'Each expenditure row and the total row: 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算.',
      },
      optional: FUNDS,
    },
    TWO_SIDED_IDENTITIES.balance,
    {
      id: 'general-budget-matches-summary',
      formula: '一般公共预算收入 = 收支总表一般公共预算',
      description: {
        zh: '本表的一般公共预算收入等于收支总表“1、一般公共预算”一行。',
        en: 'This table’s 一般公共预算 income equals the 收支总表’s “1、一般公共预算” line.',
      },
    },
    {
      id: 'income-matches-summary',
      formula: '收入总计 = 收支总表收入总计',
      description: {
        zh: '单位的全部收入为财政拨款（收支总表其他收入项均为空或 0）时，本表的收入总计等于收支总表的收入总计。',
        en: 'When all the unit’s income is 财政拨款 (the 收支总表’s other income lines are blank or 0), this table’s 收入总计 equals the 收支总表’s.',
      },
    },
  ],
  recognize(sheet, claimed) {
    return readTwoSidedForms(sheet, claimed)
      .filter(isAppropriationForm)
      .map((form) =>
        officialTable(sheet, 'appropriation-summary', form, [
          ...incomePlaces(sheet, form),
          ...spendingColumnPlaces(sheet, form),
          ...fundPlaces(sheet, form),
          balancePlace(sheet, form),
        ]),
      );
  },
  link(table, all) {
    const summary = all.find((other) => other.kind === 'budget-summary');
    if (!summary || summary.kind !== 'budget-summary') return [];
    const places: IdentityPlace[] = [];
    const own = generalBudgetIncome(table);
    const theirs = generalBudgetIncome(summary);
    // a table left blank (a template, or no appropriation of that fund) is not compared
    if (filled(own) && filled(theirs))
      places.push({
        identity: 'general-budget-matches-summary',
        sheet: table.sheet,
        row: own.row,
        subject: '一般公共预算',
        values: { 一般公共预算收入: [own], 收支总表一般公共预算: [theirs] },
      });
    const [ownTotal, theirTotal] = [table.fields.收入总计, summary.fields.收入总计];
    if (filled(ownTotal) && filled(theirTotal) && fundingSources(all).allAppropriation)
      places.push({
        identity: 'income-matches-summary',
        sheet: table.sheet,
        row: ownTotal.row,
        subject: '收入总计',
        values: { 收入总计: [ownTotal], 收支总表收入总计: [theirTotal] },
      });
    return places;
  },
};

export default appropriationSummary;
