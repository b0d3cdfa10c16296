/**
 * Real .xlsx files for the CLI and core benches, written with exceljs's streaming writer (a
 * 100k-row workbook in seconds, without holding it in memory): the seed's 基本情况 and 收支总表,
 * and project sheets the way units keep them — formulas with cached results for 全年预算数,
 * 结余结转 and 执行率, number formats on every amount, a sub-item pair under every 20th project,
 * a 合计 row. Faults to find: an unbalanced project every 50 rows, a typed-in 结余结转 where its
 * column has formulas every 70. The 合计 row holds typed-in sums of the projects.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SHIFENG_GRID_2023 } from '../../../src/cli/examples/shifeng-grid-2023';
import { fenToNumber } from '../../../src/core/money/fen';

const HEADER = ['序号', '项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '全年预算数', '实际支出', '结余结转', '执行率', '主要用途'];
const AMOUNT_FORMAT = '#,##0.00';
const PERCENT_FORMAT = '0.00%';
const FIRST_PROJECT_ROW = 4;
/** The sheet columns' letters: C…G inputs, H 全年预算数, I 实际支出, J 结余结转, K 执行率. */
const INPUT_COLUMNS = ['C', 'D', 'E', 'F', 'G'] as const;

export interface BenchFile {
  readonly path: string;
  readonly label: string;
  readonly projectRows: number;
  readonly sheets: number;
}

export interface BenchFiles {
  /** 1k, 10k and 100k project rows on one sheet, then 10k over 50 project sheets. */
  readonly workbooks: readonly BenchFile[];
  /** A folder of 200 small workbooks (50 projects each), as a bureau receives them. */
  readonly batchFolder: string;
  readonly batchSize: number;
}

let files: Promise<BenchFiles> | undefined;

/** The bench's workbooks, written once per run into a temporary folder removed at exit. */
export function benchFiles(): Promise<BenchFiles> {
  files ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'budget-check-bench-files-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    const workbooks: BenchFile[] = [];
    for (const rows of [1_000, 10_000, 100_000]) workbooks.push(await writeBenchWorkbook(folder, `projects-${rows / 1000}k.xlsx`, rows));
    workbooks.push(await writeBenchWorkbook(folder, 'fifty-sheets.xlsx', 10_000, 50));
    const batchFolder = join(folder, 'batch');
    const batchSize = 200;
    for (let i = 1; i <= batchSize; i++) await writeBenchWorkbook(batchFolder, `unit-${String(i).padStart(3, '0')}.xlsx`, 50);
    return { workbooks, batchFolder, batchSize };
  })();
  return files;
}

/** One workbook with `projectRows` projects spread over `projectSheets` sheets. */
export async function writeBenchWorkbook(folder: string, name: string, projectRows: number, projectSheets = 1): Promise<BenchFile> {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  writeUnitInfo(book.addWorksheet('基本情况'));
  writeSummary(book.addWorksheet('收支总表'));
  const perSheet = Math.ceil(projectRows / projectSheets);
  for (let s = 0; s < projectSheets; s++) {
    const count = Math.min(perSheet, projectRows - s * perSheet);
    const title = projectSheets === 1 ? '项目支出' : `项目支出${s + 1}`;
    writeProjectSheet(book.addWorksheet(title), count, s * perSheet);
  }
  await book.commit();
  const label = projectSheets === 1 ? `${projectRows.toLocaleString('en-US')} rows` : `${projectRows.toLocaleString('en-US')} rows on ${projectSheets} sheets`;
  return { path, label, projectRows, sheets: 2 + projectSheets };
}

function writeUnitInfo(sheet: ExcelJS.Worksheet): void {
  sheet.addRow(['单位基本情况']).commit();
  for (const entry of SHIFENG_GRID_2023.unitInfo) sheet.addRow([entry.label, entry.value]).commit();
  sheet.commit();
}

function writeSummary(sheet: ExcelJS.Worksheet): void {
  sheet.addRow(['预算收支总表']).commit();
  sheet.addRow(['单位：万元']).commit();
  sheet.addRow(['项目', '金额']).commit();
  for (const entry of SHIFENG_GRID_2023.summary) {
    const row = sheet.addRow([entry.label, entry.value]);
    row.getCell(2).numFmt = AMOUNT_FORMAT;
    row.commit();
  }
  sheet.commit();
}

/** Amounts of project `i`, in fen, varied but deterministic. */
function projectFen(i: number) {
  const start = BigInt((i * 7919) % 2_000_000);
  const transfer = BigInt((i * 104_729) % 500_000);
  const increase = i % 3 === 0 ? 1_000n : 0n;
  const decrease = i % 4 === 0 ? 1_300n : 0n;
  const added = i % 5 === 0 ? 50_000n : 0n;
  const budget = start + transfer + increase - decrease + added;
  const spent = (budget * 85n) / 100n;
  return { inputs: [start, transfer, increase, decrease, added], budget, spent, carry: budget - spent };
}

function writeProjectSheet(sheet: ExcelJS.Worksheet, count: number, firstIndex: number): void {
  sheet.addRow(['项目支出情况表']).commit();
  sheet.addRow(['单位：万元']).commit();
  sheet.addRow(HEADER).commit();
  const wan = (fen: bigint) => fenToNumber(fen, '万元');
  let r = FIRST_PROJECT_ROW;
  const totals = new Map<string, bigint>();
  const add = (column: string, fen: bigint) => totals.set(column, (totals.get(column) ?? 0n) + fen);
  for (let n = 1; n <= count; n++) {
    const i = firstIndex + n;
    const p = projectFen(i);
    // every 50th project does not balance: its 结余结转 result is off by 0.5 万元
    const carry = i % 50 === 0 ? p.carry + 500_000n : p.carry;
    const carryCell: ExcelJS.CellValue = i % 70 === 0 ? wan(carry) : { formula: `H${r}-I${r}`, result: wan(carry) };
    const row = sheet.getRow(r);
    row.values = [
      n,
      `网格信息化建设项目${i}号`,
      ...p.inputs.map(wan),
      { formula: INPUT_COLUMNS.map((c, k) => `${k === 3 ? '-' : k ? '+' : ''}${c}${r}`).join(''), result: wan(p.budget) },
      wan(p.spent),
      carryCell,
      { formula: `IF(H${r}=0,0,I${r}/H${r})`, result: p.budget === 0n ? 0 : Number(p.spent) / Number(p.budget) },
      '用于网格员配备、基层治理及信息化运维',
    ];
    styleAmounts(row);
    row.commit();
    p.inputs.forEach((fen, k) => add(INPUT_COLUMNS[k], fen));
    add('H', p.budget);
    add('I', p.spent);
    add('J', carry);
    r++;
    if (i % 20 === 0) r = writeSubItems(sheet, r, p.spent);
  }
  const total = sheet.getRow(r);
  total.getCell(2).value = '合计';
  // typed-in totals of the projects (a SUM over the column would count the sub-items again)
  for (const [column, fen] of totals) total.getCell(column).value = wan(fen);
  total.commit();
  sheet.commit();
}

/** Two sub-items `（1）…` `（2）…` explaining the project's 实际支出 (in column I). */
function writeSubItems(sheet: ExcelJS.Worksheet, r: number, spent: bigint): number {
  const half = spent / 2n;
  for (const [k, part] of [half, spent - half].entries()) {
    const row = sheet.getRow(r++);
    row.getCell(2).value = `（${k + 1}）${k === 0 ? '网格员补贴' : '平台运维'}`;
    row.getCell(9).value = fenToNumber(part, '万元');
    row.getCell(9).numFmt = AMOUNT_FORMAT;
    row.commit();
  }
  return r;
}

function styleAmounts(row: ExcelJS.Row): void {
  for (let c = 3; c <= 10; c++) row.getCell(c).numFmt = AMOUNT_FORMAT;
  row.getCell(11).numFmt = PERCENT_FORMAT;
}
