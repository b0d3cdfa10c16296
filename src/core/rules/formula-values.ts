/**
 * Files written by programs that do not calculate (openpyxl, XlsxWriter…) hold formulas without
 * their values. checkWorkbook computes them first (formulas/compute-formulas.ts); this rule says
 * so once, and names each formula that could not be computed: its cell is unknown to every other
 * rule, never 0, so a total built from it is not checked — and the user is told why.
 */
import { sheetPrefix, toA1 } from '../grid/a1';
import type { NotCalculatedCell } from '../formulas/compute-formulas';
import type { LocalizedText, Rule, RuleReport } from './types';

/** Sheets named in the summary before `…`. */
const LISTED_SHEETS = 5;

const AFTER = {
  zh: '文件没有保存它的值，它不参与任何核对，以它为依据的合计和公式也无法核对。',
  en: 'The file holds no value for it, so it takes part in no check, and totals built from it cannot be checked.',
};

const notCalculated = (zh: string, en: string): LocalizedText => ({
  zh: `{cell} 的公式 {formula} 未计算：${zh}。${AFTER.zh}`,
  en: `{cell}: the formula {formula} was not calculated: ${en}. ${AFTER.en}`,
});

function notCalculatedReport(cell: NotCalculatedCell, sheetNames: readonly string[]): RuleReport | null {
  const address = toA1(cell.row, cell.column);
  const base = { sheet: cell.sheet, row: cell.row, cells: [address], subject: address, severity: 'warning' as const };
  const data = { cell: address, formula: cell.formula };
  const reason = cell.reason;
  switch (reason.kind) {
    case 'circular':
      return null; // circular-references names the loop
    case 'unknown-function':
      return { ...base, messageId: 'unknown-function', data: { ...data, name: reason.name } };
    case 'name':
      return { ...base, messageId: 'name', data: { ...data, name: reason.name } };
    case 'unknown-sheet':
      return { ...base, messageId: 'unknown-sheet', data: { ...data, name: reason.name } };
    case 'external':
      return { ...base, messageId: 'external', data };
    case 'depends': {
      const local = toA1(reason.row, reason.column);
      const source = sheetNames[reason.sheet] === cell.sheet ? local : `${sheetPrefix(sheetNames[reason.sheet])}!${local}`;
      return { ...base, messageId: 'depends', data: { ...data, source } };
    }
    default:
      return { ...base, messageId: 'not-supported', data };
  }
}

const formulaValues: Rule = {
  meta: {
    id: 'formula-values',
    severity: 'info',
    description: {
      zh: '文件中的公式没有保存计算结果（由 openpyxl、XlsxWriter 等不做计算的程序写入）时，先按公式算出它们的值再核对，并说明算了哪些；算不出的公式逐个指出（“未计算”），不当作 0。',
      en: 'When the file holds formulas without their results (written by programs that do not calculate, such as openpyxl or XlsxWriter), their values are computed before checking, and this is said; a formula that cannot be computed is named (“not calculated”), never taken as 0.',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '项目支出', cell: 'H15', value: null, formula: '=SUM(H4,H8,H11,H13)' }],
      given: {
        zh: '合计行的实际支出（H15）是公式 =SUM(H4,H8,H11,H13)，文件中没有保存它的值（如 openpyxl 写出的文件）。',
        en: 'The 合计 row’s 实际支出 (H15) is the formula =SUM(H4,H8,H11,H13), and the file holds no value for it (as in a file openpyxl wrote).',
      },
      messageId: 'computed',
      message: {
        zh: '文件中的公式没有保存计算结果（由不做计算的程序写入，如 openpyxl、XlsxWriter）：已按公式算出 1 个单元格的值（工作表：项目支出），再据以核对。',
        en: 'The file holds formulas without their results (written by a program that does not calculate, such as openpyxl or XlsxWriter): they were computed before checking (formula cells computed: 1; sheets: 项目支出).',
      },
    },
    messages: {
      computed: {
        zh: '文件中的公式没有保存计算结果（由不做计算的程序写入，如 openpyxl、XlsxWriter）：已按公式算出 {count} 个单元格的值（工作表：{sheets}），再据以核对。',
        en: 'The file holds formulas without their results (written by a program that does not calculate, such as openpyxl or XlsxWriter): they were computed before checking (formula cells computed: {count}; sheets: {sheets}).',
      },
      'unknown-function': notCalculated('用到了本工具不会计算的函数 {name}', 'it uses the function {name}, which this tool does not compute'),
      name: notCalculated('用到了名称 {name}（定义的名称或表格引用）', 'it uses the name {name} (a defined name or a table reference)'),
      'unknown-sheet': notCalculated('引用的工作表“{name}”不在本工作簿中', 'it refers to the sheet “{name}”, which is not in this workbook'),
      external: notCalculated('引用了另一个工作簿', 'it refers to another workbook'),
      depends: notCalculated('它引用的 {source} 未能算出', 'it refers to {source}, which could not be computed'),
      'not-supported': notCalculated(
        '公式的写法超出本工具能计算的范围（数组、区域交集等）',
        'it is written in a way this tool does not compute (arrays, intersections…)',
      ),
    },
  },
  check(context) {
    const report = context.workbook.formulaValues;
    if (!report) return [];
    const reports: RuleReport[] = [];
    const first = report.computed[0];
    if (first) {
      const count = report.computed.reduce((sum, sheet) => sum + sheet.count, 0);
      const names = report.computed.map((sheet) => sheet.sheet);
      const sheets = names.length > LISTED_SHEETS ? `${names.slice(0, LISTED_SHEETS).join('、')}…` : names.join('、');
      const cell = toA1(first.firstRow, first.firstColumn);
      reports.push({ messageId: 'computed', data: { count, sheets }, sheet: first.sheet, row: first.firstRow, cells: [cell], subject: cell });
    }
    const sheetNames = context.workbook.sheets.map((sheet) => sheet.name);
    for (const cell of report.notCalculated) {
      const found = notCalculatedReport(cell, sheetNames);
      if (found) reports.push(found);
    }
    return reports;
  },
};

export default formulaValues;
