/**
 * On a self-evaluation form the 年度资金总额 (总额) row must be the sum of its 其中 rows (财政拨款,
 * 上年结转资金, 其他资金; in Sichuan 财政资金, 财政专户管理资金, 单位资金, 其他资金), in every money
 * column. `/` and empty cells are "not applicable", not zeros; a column whose parts are all
 * blank is not checked. A total left empty or at 0 while its parts hold money is reported.
 */
import { fenOf, formsOf, moneyTotal, at } from '../forms/form-rule-support';
import { FORM_MONEY_COLUMNS, type FormAmount } from '../forms/form-model';
import { absFen } from '../money/fen';
import { money, outputUnit } from './support/format';
import type { Rule, RuleReport } from './types';

function unreadable(cell: FormAmount | undefined): cell is FormAmount {
  const kind = cell?.reading.kind;
  return kind === 'text' || kind === 'error' || kind === 'boolean';
}

const formTotalRow: Rule = {
  meta: {
    id: 'form-total-row',
    severity: 'error',
    description: {
      zh: '自评表：年度资金总额（总额）应等于其中各项资金之和（每一金额列）；“/”和空白不计为0。',
      en: 'Self-evaluation form: the total funds row must equal the sum of the rows under it, in every money column; “/” and blanks are not zeros.',
    },
    example: {
      workbook: 'examples/forms-2023.xlsx',
      given: {
        zh: 'forms-2023 原样：“网格通手机套餐资费服务”自评表的年度资金总额中，年初预算数填 0，而其中当年财政拨款为 22。',
        en: 'forms-2023 as bundled: the 网格通手机套餐资费服务 form gives 0 as the total 年初预算数, while its 当年财政拨款 row holds 22.',
      },
      messageId: 'mismatch',
      message: {
        zh: '“网格通手机套餐资费服务”的年初预算数总额为0万元，但其中各项之和为22万元，相差22万元。',
        en: '“网格通手机套餐资费服务”: the total 年初预算数 is 0 ×10k yuan, but the rows under it add up to 22 ×10k yuan, a difference of 22 ×10k yuan.',
      },
    },
    formula: '年度资金总额 = Σ 其中各项资金',
    messages: {
      mismatch: {
        zh: '“{subject}”的{column}总额为{actual}{unit}，但其中各项之和为{expected}{unit}，相差{difference}{unit}。',
        en: '“{subject}”: the total {column} is {actual} {unit}, but the rows under it add up to {expected} {unit}, a difference of {difference} {unit}.',
      },
      'total-missing': {
        zh: '“{subject}”的{column}总额未填写，其中各项之和为{expected}{unit}。',
        en: '“{subject}”: the total {column} is blank, while the rows under it add up to {expected} {unit}.',
      },
      unreadable: {
        zh: '“{subject}”{cell}的金额“{text}”无法识别为数字，未参与合计核对。',
        en: '“{subject}”: the amount “{text}” in {cell} is not a number and was left out of the check.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    const reports: RuleReport[] = [];
    for (const form of formsOf(context.workbook)) {
      const total = moneyTotal(form);
      if (!total) continue;
      const parts = form.money?.rows.filter((row) => row.role === 'source') ?? [];
      for (const column of FORM_MONEY_COLUMNS) {
        const totalCell = total.amounts[column];
        if (!totalCell) continue;
        const partCells = parts.map((row) => row.amounts[column]).filter((cell): cell is FormAmount => cell !== undefined);
        const bad = [totalCell, ...partCells].filter(unreadable);
        for (const cell of bad) {
          reports.push({
            messageId: 'unreadable',
            severity: 'warning',
            ...at(form, cell.row, [cell.address]),
            subject: form.subject,
            data: { subject: form.subject, cell: cell.address, text: String(cell.reading.kind === 'error' ? cell.reading.error : cell.value) },
          });
        }
        if (bad.length > 0) continue;
        const used = partCells.filter((cell) => fenOf(cell) !== null);
        if (used.length === 0) continue;
        const expected = used.reduce((sum, cell) => sum + (fenOf(cell) as bigint), 0n);
        const actual = fenOf(totalCell);
        const cells = [totalCell.address, ...used.map((cell) => cell.address)];
        const base = { ...at(form, total.row, cells), subject: form.subject };
        if (actual === null) {
          if (expected === 0n) continue;
          reports.push({
            ...base,
            messageId: 'total-missing',
            severity: 'warning',
            data: { subject: form.subject, column, expected: money(expected, unit) },
            expected: { kind: 'money', fen: expected },
          });
          continue;
        }
        const difference = absFen(expected - actual);
        if (difference <= context.settings.toleranceFen) continue;
        reports.push({
          ...base,
          messageId: 'mismatch',
          data: { subject: form.subject, column, expected: money(expected, unit), actual: money(actual, unit), difference: money(difference, unit) },
          expected: { kind: 'money', fen: expected },
          actual: { kind: 'money', fen: actual },
        });
      }
    }
    return reports;
  },
};

export default formTotalRow;
