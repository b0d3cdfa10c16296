/**
 * On the unit form (部门整体支出绩效自评表) the budget split by the nature of its income
 * (按收入性质分: 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金) adds up to the
 * 全年预算数, and the spending split by its nature (按支出性质分: 基本支出, 项目支出) to the 全年执行数.
 */
import { at, fenOf, formsOf, moneyTotal } from '../forms/form-rule-support';
import type { FormAmount, FormMoneyColumn, FormMoneyRowRole } from '../forms/form-model';
import { absFen } from '../money/fen';
import { money, outputUnit } from './support/format';
import type { Rule, RuleReport } from './types';

const SPLITS: readonly { readonly role: FormMoneyRowRole; readonly column: FormMoneyColumn; readonly messageId: string }[] = [
  { role: 'income', column: '全年预算数', messageId: 'income' },
  { role: 'expenditure', column: '全年执行数', messageId: 'expenditure' },
];

const formIncomeSplit: Rule = {
  meta: {
    id: 'form-income-split',
    severity: 'error',
    description: {
      zh: '部门整体支出绩效自评表：按收入性质分的各项之和应等于全年预算数，按支出性质分的各项之和应等于全年执行数。',
      en: 'Unit self-evaluation form: the budget by nature of income must add up to the full-year budget, and spending by nature to full-year spending.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      changes: [{ sheet: '部门整体自评', cell: 'D8', value: 1865.39 }],
      given: {
        zh: '部门整体自评表“按收入性质分”的一般公共预算（D8）改为年初预算数 1865.39，而全年预算数为 2388.07。',
        en: 'On the unit form, 一般公共预算 under 按收入性质分 (D8) is set to the initial 1865.39, while the full-year budget is 2388.07.',
      },
      messageId: 'income',
      message: {
        zh: '“石峰区网格化管理服务中心”按收入性质分的各项之和为1865.39万元，但全年预算数为2388.07万元，相差522.68万元。',
        en: '“石峰区网格化管理服务中心”: the budget by nature of income adds up to 1865.39 ×10k yuan, but the full-year budget is 2388.07 ×10k yuan, a difference of 522.68 ×10k yuan.',
      },
    },
    formula: 'Σ 按收入性质分 = 全年预算数；Σ 按支出性质分 = 全年执行数',
    messages: {
      income: {
        zh: '“{subject}”按收入性质分的各项之和为{expected}{unit}，但全年预算数为{actual}{unit}，相差{difference}{unit}。',
        en: '“{subject}”: the budget by nature of income adds up to {expected} {unit}, but the full-year budget is {actual} {unit}, a difference of {difference} {unit}.',
      },
      expenditure: {
        zh: '“{subject}”按支出性质分的各项之和为{expected}{unit}（{parts}），但全年执行数为{actual}{unit}，相差{difference}{unit}。',
        en: '“{subject}”: spending by nature adds up to {expected} {unit} ({parts}), but full-year spending is {actual} {unit}, a difference of {difference} {unit}.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      const total = moneyTotal(form);
      for (const { role, column, messageId } of SPLITS) {
        const rows = form.money?.rows.filter((row) => row.role === role) ?? [];
        const used = rows.flatMap((row) => {
          const cell = row.amounts[column];
          const fen = fenOf(cell);
          return fen === null ? [] : [{ name: row.name, cell: cell as FormAmount, fen }];
        });
        const totalCell = total?.amounts[column];
        const actual = fenOf(totalCell);
        if (used.length === 0 || !total || !totalCell || actual === null) continue;
        const expected = used.reduce((sum, part) => sum + part.fen, 0n);
        const difference = absFen(expected - actual);
        if (difference <= context.settings.toleranceFen) continue;
        const parts = used.map((part) => `${part.name}${money(part.fen, unit)}`).join(' + ');
        reports.push({
          messageId,
          ...at(form, total.row, [totalCell.address, ...used.map((part) => part.cell.address)]),
          subject: form.subject,
          data: { subject: form.subject, expected: money(expected, unit), actual: money(actual, unit), difference: money(difference, unit), parts },
          expected: { kind: 'money', fen: expected },
          actual: { kind: 'money', fen: actual },
        });
      }
    }
    return reports;
  },
};

export default formIncomeSplit;
