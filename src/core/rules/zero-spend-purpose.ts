/**
 * A project or sub-item that spent nothing but whose 主要用途 reads as money spent: “项目支出0万元，
 * 主要用于支付…”, “已完成…采购”. A purpose that only names what the money is for (“主要用于建设
 * 经开区风险防控系统…”, the seed's own 0 sub-item) is not flagged.
 */
import { purposeRuns } from './support/unit-texts';
import { toA1 } from '../grid/a1';
import { usableFen } from '../money/read-amount';
import type { Rule, RuleReport } from './types';

/** Words that say money went out or work was done with it. */
const SPENT = /已(?:支付|发放|缴纳|拨付|完成|采购|购置|结算|报销)|支付了|发放了|缴纳了|用于支付|用于发放|用于缴纳|完成了|实际支付|已全部/;

const zeroSpendPurpose: Rule = {
  meta: {
    id: 'zero-spend-purpose',
    severity: 'warning',
    description: {
      zh: '实际支出为0的项目或子项目，其主要用途却写成已经支出（“用于支付……”“已完成……”）时提醒。',
      en: 'Warns when a project or sub-item spent nothing but its 主要用途 describes money spent (“used to pay …”, “completed …”).',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '项目支出', cell: 'J7', value: '主要用于支付经开区风险防控系统融入石峰网格平台的建设费用。' }],
      given: {
        zh: '子项目“经开区风险防控系统融入石峰网格平台建设经费项目”实际支出为0（H7），主要用途（J7）却写“主要用于支付……建设费用”。',
        en: 'The sub-item in row 7 spent 0 (H7), but its purpose (J7) says the money was used to pay the building costs.',
      },
      messageId: 'zero-spend',
      message: {
        zh: '“经开区风险防控系统融入石峰网格平台建设经费项目”实际支出为0，主要用途（J7）却写成已经支出（“用于支付”）：请核对支出或改写用途。',
        en: '“经开区风险防控系统融入石峰网格平台建设经费项目” spent nothing, yet its purpose (J7) describes money spent (“用于支付”): check the spending or reword the purpose.',
      },
    },
    messages: {
      'zero-spend': {
        zh: '“{subject}”实际支出为0，主要用途（{cell}）却写成已经支出（“{words}”）：请核对支出或改写用途。',
        en: '“{subject}” spent nothing, yet its purpose ({cell}) describes money spent (“{words}”): check the spending or reword the purpose.',
      },
    },
  },
  check(context) {
    const reports: RuleReport[] = [];
    // a purpose copied down its column is one run: its words are looked for once
    for (const { table, column: purposeColumn, rows, text } of purposeRuns(context.workbook)) {
      const words = SPENT.exec(text)?.[0];
      if (words === undefined) continue;
      const spentColumn = table.columns.实际支出;
      if (spentColumn === undefined) continue;
      for (const row of rows) {
        const spent = row.amounts.实际支出;
        // an empty 实际支出 cell in a project table is 0 (tables leave zeros blank)
        const fen = !spent || spent.reading.kind === 'empty' ? 0n : usableFen(spent.reading);
        if (fen !== 0n) continue;
        const cell = toA1(row.row, purposeColumn);
        reports.push({
          messageId: 'zero-spend',
          data: { cell, words },
          sheet: table.sheet,
          row: row.row,
          cells: [cell, toA1(row.row, spentColumn)],
          subject: row.name,
        });
      }
    }
    return reports;
  },
};

export default zeroSpendPurpose;
