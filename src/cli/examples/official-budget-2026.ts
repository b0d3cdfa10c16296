/**
 * An official-layout example: the 单位收支总表 and 单位财政拨款收支总表 of a Shanghai-style 2026
 * unit budget (official-layouts.md §A; the blank templates are in ../shared/cases/), with figures
 * of our own that reconcile to the fen. Totals are SUM formulas with their results, as Excel saves them.
 */
import ExcelJS from 'exceljs';
import { AMOUNT_FORMAT, BOLD, BOX } from './sheet-style';

/** Expenditure lines: 人员经费, 公用经费, 项目支出 (元). */
const SPENDING: readonly [string, number, number, number][] = [
  ['一、一般公共服务支出', 1_800_000, 400_000, 800_000],
  ['二、社会保障和就业支出', 1_000_000, 200_000, 300_000],
  ['三、卫生健康支出', 0, 100_000, 800_000],
  ['四、城乡社区支出', 200_000, 0, 400_000],
];

/** Income lines (元); the 其中 lines of 财政拨款收入 under it. */
const INCOME: readonly [string, number | null][] = [
  ['一、财政拨款收入', null],
  ['1、一般公共预算', 4_930_000],
  ['2、政府性基金预算', 200_000],
  ['3、国有资本经营预算', 100_000],
  ['二、事业收入', 700_000.5],
  ['三、事业单位经营收入', 0],
  ['四、其他收入', 69_999.5],
];

/** Appropriation expenditure: 一般公共预算, 政府性基金预算, 国有资本经营预算 (元). */
const APPROPRIATION: readonly [string, number, number, number][] = [
  ['一、一般公共服务支出', 2_900_000, 100_000, 0],
  ['二、社会保障和就业支出', 1_130_000, 100_000, 100_000],
  ['三、卫生健康支出', 900_000, 0, 0],
];

export function buildOfficialBudgetWorkbook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'budget-check';
  book.created = book.modified = new Date(Date.UTC(2024, 0, 1));
  writeSummary(book.addWorksheet('单位收支总表'));
  writeAppropriation(book.addWorksheet('单位财政拨款收支总表'));
  return book;
}

function sumOf(values: readonly number[]): number {
  return Math.round(values.reduce((sum, value) => sum + value * 100, 0)) / 100;
}

function amount(cell: ExcelJS.Cell, value: number | { formula: string; result: number }): void {
  cell.value = value;
  cell.numFmt = AMOUNT_FORMAT;
  cell.border = BOX;
}

function heading(sheet: ExcelJS.Worksheet, title: string, right: string): void {
  sheet.getCell('A2').value = title;
  sheet.getCell('A2').font = { ...BOLD, size: 14 };
  sheet.mergeCells(`A2:${right}2`);
  sheet.getCell('A4').value = '编制单位：示例单位';
  sheet.getCell(`${right}4`).value = '单位：元';
  sheet.getColumn(1).width = 26;
  sheet.getColumn(3).width = 26;
  for (const column of [2, 4, 5, 6, 7]) sheet.getColumn(column).width = 16;
}

function writeSummary(sheet: ExcelJS.Worksheet): void {
  heading(sheet, '2026年预算单位财务收支预算总表', 'G');
  sheet.getCell('A6').value = '本年收入';
  sheet.getCell('C6').value = '本年支出';
  sheet.mergeCells('A6:B6');
  sheet.mergeCells('C6:G6');
  const header: [string, string][] = [['A7', '项目'], ['B7', '预算数'], ['C7', '项目'], ['D7', '预算数'], ['D8', '合计'], ['E8', '基本支出'], ['G8', '项目支出'], ['E9', '人员经费'], ['F9', '公用经费']];
  for (const [address, text] of header) Object.assign(sheet.getCell(address), { value: text, font: BOLD });
  sheet.mergeCells('A7:A9');
  sheet.mergeCells('B7:B9');
  sheet.mergeCells('C7:C9');
  sheet.mergeCells('D7:G7');
  sheet.mergeCells('E8:F8');
  sheet.mergeCells('G8:G9');
  sheet.mergeCells('D8:D9');
  const appropriation = sumOf(INCOME.slice(1, 4).map(([, value]) => value ?? 0));
  INCOME.forEach(([label, value], index) => {
    const row = 10 + index;
    sheet.getCell(`A${row}`).value = label;
    amount(sheet.getCell(`B${row}`), value === null ? { formula: 'SUM(B11:B13)', result: appropriation } : value);
  });
  SPENDING.forEach(([label, staff, office, project], index) => {
    const row = 10 + index;
    sheet.getCell(`C${row}`).value = label;
    amount(sheet.getCell(`D${row}`), { formula: `SUM(E${row}:G${row})`, result: sumOf([staff, office, project]) });
    amount(sheet.getCell(`E${row}`), staff);
    amount(sheet.getCell(`F${row}`), office);
    amount(sheet.getCell(`G${row}`), project);
  });
  const income = sumOf([appropriation, ...INCOME.slice(4).map(([, value]) => value ?? 0)]);
  sheet.getCell('A21').value = '收入总计';
  sheet.getCell('C21').value = '支出总计';
  amount(sheet.getCell('B21'), { formula: 'B10+B14+B15+B16', result: income });
  ['D', 'E', 'F', 'G'].forEach((column, index) => {
    const values = SPENDING.map((line) => (index === 0 ? sumOf(line.slice(1) as number[]) : (line[index] as number)));
    amount(sheet.getCell(`${column}21`), { formula: `SUM(${column}10:${column}20)`, result: sumOf(values) });
  });
}

function writeAppropriation(sheet: ExcelJS.Worksheet): void {
  heading(sheet, '2026年预算单位财政拨款收支预算总表', 'G');
  sheet.getCell('A6').value = '财政拨款收入';
  sheet.getCell('C6').value = '财政拨款支出';
  const header = ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'];
  header.forEach((text, index) => Object.assign(sheet.getCell(7, index + 1), { value: text, font: BOLD }));
  const funds = INCOME.slice(1, 4).map(([label, value]) => [label.replace(/^\d、/, ''), value ?? 0] as const);
  const numbers = ['一、', '二、', '三、'];
  funds.forEach(([label, value], index) => {
    sheet.getCell(`A${8 + index}`).value = `${numbers[index]}${label}`;
    amount(sheet.getCell(`B${8 + index}`), value);
  });
  APPROPRIATION.forEach(([label, general, fund, capital], index) => {
    const row = 8 + index;
    sheet.getCell(`C${row}`).value = label;
    amount(sheet.getCell(`D${row}`), { formula: `SUM(E${row}:G${row})`, result: sumOf([general, fund, capital]) });
    amount(sheet.getCell(`E${row}`), general);
    amount(sheet.getCell(`F${row}`), fund);
    amount(sheet.getCell(`G${row}`), capital);
  });
  sheet.getCell('A21').value = '收入总计';
  sheet.getCell('C21').value = '支出总计';
  amount(sheet.getCell('B21'), { formula: 'SUM(B8:B20)', result: sumOf(funds.map(([, value]) => value)) });
  ['D', 'E', 'F', 'G'].forEach((column, index) => {
    const values = APPROPRIATION.map((line) => (index === 0 ? sumOf(line.slice(1) as number[]) : (line[index] as number)));
    amount(sheet.getCell(`${column}21`), { formula: `SUM(${column}8:${column}20)`, result: sumOf(values) });
  });
}
