/**
 * Lays out the example workbook the way a unit keeps one: 基本情况 (label | value), 收支总表
 * (label | amount) and 项目支出 (one row per project, its sub-items `（n）…` below it, a 合计 row
 * computed by Excel). Formulas carry their computed results so the file reads correctly even
 * before Excel recalculates it.
 */
import ExcelJS from 'exceljs';
import { columnLetters } from '../../core/grid/a1';
import { fenToNumber, numberToFen, sumFen } from '../../core/money/fen';
import type { BudgetWorkbookSpec, ProjectSpec } from './example-spec';
import { AMOUNT_FORMAT, BOLD, BOX, addTitle, estimatedHeight, writeHeader, writeLabelRow } from './sheet-style';

export const PROJECT_HEADERS = [
  '序号',
  '项目名称',
  '年初预算',
  '上级转移支付',
  '年中调增',
  '年中调减',
  '追加',
  '实际支出',
  '结余结转',
  '主要用途',
] as const;

/** Amount columns of the project sheet, in header order, with the spec field each holds. */
const AMOUNT_COLUMNS: readonly { readonly column: number; readonly field: keyof ProjectSpec }[] = [
  { column: 3, field: 'initialBudget' },
  { column: 4, field: 'transfer' },
  { column: 5, field: 'increase' },
  { column: 6, field: 'decrease' },
  { column: 7, field: 'added' },
  { column: 8, field: 'spending' },
  { column: 9, field: 'carryOver' },
];
const SPENDING_COLUMN = 8;
const PURPOSE_COLUMN = 10;
/** The project table's header row (under the title and the unit note). */
const HEADER_ROW = 3;

export function buildBudgetWorkbook(spec: BudgetWorkbookSpec): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'budget-check';
  // a fixed date keeps regenerated examples identical in content
  book.created = book.modified = new Date(Date.UTC(2024, 0, 1));
  addUnitInfoSheet(book, spec);
  addSummarySheet(book, spec);
  addProjectSheet(book, spec);
  return book;
}

function addUnitInfoSheet(book: ExcelJS.Workbook, spec: BudgetWorkbookSpec): void {
  const sheet = book.addWorksheet('基本情况');
  sheet.columns = [{ width: 16 }, { width: 96 }];
  addTitle(sheet, '单位基本情况', 2);
  spec.unitInfo.forEach((entry, i) => {
    const row = sheet.getRow(i + 2);
    writeLabelRow(row, entry.label, entry.value, { bold: true, wrap: true });
    if (entry.long && typeof entry.value === 'string') row.height = estimatedHeight(entry.value, 48);
  });
}

function addSummarySheet(book: ExcelJS.Workbook, spec: BudgetWorkbookSpec): void {
  const sheet = book.addWorksheet('收支总表');
  sheet.columns = [{ width: 22 }, { width: 16 }];
  addTitle(sheet, `${spec.year}年度预算收支总表`, 2);
  sheet.getCell('A2').value = '单位：万元';
  writeHeader(sheet, 3, ['项目', '金额']);
  spec.summary.forEach((entry, i) => {
    writeLabelRow(sheet.getRow(i + 4), entry.label, entry.value, {
      bold: !entry.part,
      indent: entry.part ? 2 : 0,
      numFmt: AMOUNT_FORMAT,
    });
  });
}

function addProjectSheet(book: ExcelJS.Workbook, spec: BudgetWorkbookSpec): void {
  const sheet = book.addWorksheet('项目支出', { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = [6, 40, 12, 12, 12, 12, 12, 12, 12, 60].map((width) => ({ width }));
  addTitle(sheet, `${spec.year}年度项目支出情况表`, PROJECT_HEADERS.length);
  sheet.getCell('A2').value = '单位：万元';
  writeHeader(sheet, HEADER_ROW, PROJECT_HEADERS);

  let rowNumber = HEADER_ROW + 1;
  const projectRows: number[] = [];
  spec.projects.forEach((project, i) => {
    projectRows.push(rowNumber);
    writeProjectRow(sheet.getRow(rowNumber++), i + 1, project);
    project.subItems.forEach((item, j) => {
      const row = sheet.getRow(rowNumber++);
      row.getCell(2).value = `（${j + 1}）${item.name}`;
      row.getCell(SPENDING_COLUMN).value = item.spending;
      row.getCell(PURPOSE_COLUMN).value = item.purpose;
      styleBodyRow(row);
      row.getCell(2).alignment = { indent: 1, wrapText: true, vertical: 'top' };
    });
  });
  writeTotalRow(sheet.getRow(rowNumber), spec.projects, projectRows);
}

function writeProjectRow(row: ExcelJS.Row, serial: number, project: ProjectSpec): void {
  row.getCell(1).value = serial;
  row.getCell(2).value = project.name;
  for (const { column, field } of AMOUNT_COLUMNS) row.getCell(column).value = project[field] as number;
  if (project.purpose) row.getCell(PURPOSE_COLUMN).value = project.purpose;
  styleBodyRow(row);
}

function styleBodyRow(row: ExcelJS.Row): void {
  for (let column = 1; column <= PROJECT_HEADERS.length; column++) {
    const cell = row.getCell(column);
    cell.border = BOX;
    if (column >= 3 && column < PURPOSE_COLUMN) cell.numFmt = AMOUNT_FORMAT;
    else cell.alignment = { wrapText: true, vertical: 'top' };
  }
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
}

/**
 * The 合计 row: Excel SUM formulas over the project rows only (sub-item rows explain a project's
 * spending and must not be added again), with their results computed exactly in fen.
 */
function writeTotalRow(row: ExcelJS.Row, projects: readonly ProjectSpec[], projectRows: readonly number[]): void {
  row.getCell(2).value = '合计';
  for (const { column, field } of AMOUNT_COLUMNS) {
    const letter = columnLetters(column);
    const total = sumFen(projects.map((p) => numberToFen(p[field] as number, '万元') ?? 0n));
    row.getCell(column).value = {
      formula: `SUM(${projectRows.map((r) => `${letter}${r}`).join(',')})`,
      result: fenToNumber(total, '万元'),
    };
  }
  styleBodyRow(row);
  row.eachCell({ includeEmpty: true }, (cell) => (cell.font = BOLD));
  row.getCell(2).alignment = { horizontal: 'center' };
}
