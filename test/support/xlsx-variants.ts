/**
 * Test helper: the seed workbook with its project table laid out differently — columns reordered,
 * header lower down, merged two-row headers, synonyms, amounts in 元, one signed 年中调整 column,
 * the 合计 row on top — so tests can assert the checker finds the same things whatever the layout.
 */
import type ExcelJS from 'exceljs';
import { columnLetters } from '../../src/core/grid/a1';
import { fenToNumber, numberToFen, sumFen, type MoneyUnit } from '../../src/core/money/fen';
import type { ProjectSpec } from '../../src/cli/examples/example-spec';
import { SHIFENG_GRID_2023 } from '../../src/cli/examples/shifeng-grid-2023';
import { seedBook } from './xlsx-build';

export type ColumnKey =
  'serial' | 'name' | 'initialBudget' | 'transfer' | 'increase' | 'decrease' | 'adjustment' | 'added' | 'spending' | 'carryOver' | 'purpose';

const LABELS: Record<ColumnKey, string> = {
  serial: '序号',
  name: '项目名称',
  initialBudget: '年初预算',
  transfer: '上级转移支付',
  increase: '年中调增',
  decrease: '年中调减',
  adjustment: '年中调整',
  added: '追加',
  spending: '实际支出',
  carryOver: '结余结转',
  purpose: '主要用途',
};

export const SEED_COLUMNS: readonly ColumnKey[] = [
  'serial',
  'name',
  'initialBudget',
  'transfer',
  'increase',
  'decrease',
  'added',
  'spending',
  'carryOver',
  'purpose',
];

/** Two-row headers: a group label merged over these columns, the others merged down both rows. */
const HEADER_GROUPS: readonly { readonly label: string; readonly columns: readonly ColumnKey[] }[] = [
  { label: '预算安排', columns: ['initialBudget', 'transfer', 'increase', 'decrease', 'adjustment', 'added'] },
  { label: '执行情况', columns: ['spending', 'carryOver'] },
];

export interface VariantOptions {
  readonly sheetName?: string;
  readonly columns?: readonly ColumnKey[];
  /** Header texts replacing the canonical ones (synonyms). */
  readonly labels?: Partial<Record<ColumnKey, string>>;
  /** Rows above the header (title, unit note, blank rows); the default is a title and the unit note. */
  readonly above?: readonly (readonly string[])[];
  readonly unit?: MoneyUnit;
  readonly mergedHeader?: boolean;
  readonly totalOnTop?: boolean;
}

export interface Variant {
  readonly book: ExcelJS.Workbook;
  readonly sheetName: string;
  /** Where each row of the seed's project sheet (4…15) went in the variant. */
  readonly rowOf: ReadonlyMap<number, number>;
}

type LogicalRow =
  | { readonly kind: 'project'; readonly serial: number; readonly project: ProjectSpec }
  | { readonly kind: 'sub-item'; readonly label: string; readonly spending: number; readonly purpose: string }
  | { readonly kind: 'total' };

type AmountKey = Exclude<ColumnKey, 'serial' | 'name' | 'purpose'>;

function amountOf(project: ProjectSpec, key: AmountKey): number {
  if (key === 'adjustment') return fenToNumber(numberToFen(project.increase, '万元')! - numberToFen(project.decrease, '万元')!, '万元');
  return project[key];
}

export function seedVariant(options: VariantOptions = {}): Variant {
  const unit = options.unit ?? '万元';
  const columns = options.columns ?? SEED_COLUMNS;
  const sheetName = options.sheetName ?? '项目支出';
  const above = options.above ?? [['2023年度项目支出情况表'], [`单位：${unit}`]];
  const book = seedBook();
  book.removeWorksheet(book.getWorksheet('项目支出')!.id);
  if (unit === '元') summaryInYuan(book);
  const sheet = book.addWorksheet(sheetName);
  const inUnit = (wan: number) => fenToNumber(numberToFen(wan, '万元')!, unit);

  above.forEach((row, i) => row.forEach((text, j) => (sheet.getCell(i + 1, j + 1).value = text)));
  const headerRow = above.length + 1;
  const firstDataRow = writeHeader(sheet, headerRow, columns, options);

  // the seed's rows in order: each project, its sub-items, then 合计 (seed rows 4…15)
  const logical: LogicalRow[] = [];
  SHIFENG_GRID_2023.projects.forEach((project, i) => {
    logical.push({ kind: 'project', serial: i + 1, project });
    project.subItems.forEach((item, j) =>
      logical.push({ kind: 'sub-item', label: `（${j + 1}）${item.name}`, spending: item.spending, purpose: item.purpose }),
    );
  });
  const placed = options.totalOnTop ? [{ kind: 'total' } as const, ...logical] : [...logical, { kind: 'total' } as const];
  const rowOf = new Map<number, number>();
  placed.forEach((row, i) => rowOf.set(row.kind === 'total' ? 4 + logical.length : 4 + logical.indexOf(row), firstDataRow + i));

  const projectRows = placed.flatMap((row, i) => (row.kind === 'project' ? [firstDataRow + i] : []));
  placed.forEach((row, i) => {
    const r = firstDataRow + i;
    columns.forEach((key, c) => {
      const cell = sheet.getCell(r, c + 1);
      if (row.kind === 'project') {
        if (key === 'serial') cell.value = row.serial;
        else if (key === 'name') cell.value = row.project.name;
        else if (key !== 'purpose') cell.value = inUnit(amountOf(row.project, key));
      } else if (row.kind === 'sub-item') {
        if (key === 'name') cell.value = row.label;
        else if (key === 'spending') cell.value = inUnit(row.spending);
        else if (key === 'purpose') cell.value = row.purpose;
      } else if (key === 'name') {
        cell.value = '合计';
      } else if (key !== 'serial' && key !== 'purpose') {
        const letter = columnLetters(c + 1);
        const total = sumFen(SHIFENG_GRID_2023.projects.map((p) => numberToFen(inUnit(amountOf(p, key)), unit)!));
        cell.value = { formula: `SUM(${projectRows.map((p) => `${letter}${p}`).join(',')})`, result: fenToNumber(total, unit) };
      }
    });
  });
  return { book, sheetName, rowOf };
}

/** Writes the header (one row, or two with merged group labels); returns the first data row. */
function writeHeader(sheet: ExcelJS.Worksheet, headerRow: number, columns: readonly ColumnKey[], options: VariantOptions): number {
  const label = (key: ColumnKey) => options.labels?.[key] ?? LABELS[key];
  if (!options.mergedHeader) {
    columns.forEach((key, c) => (sheet.getCell(headerRow, c + 1).value = label(key)));
    return headerRow + 1;
  }
  columns.forEach((key, c) => {
    const group = HEADER_GROUPS.find((g) => g.columns.includes(key));
    if (!group) {
      sheet.getCell(headerRow, c + 1).value = label(key);
      sheet.mergeCells(headerRow, c + 1, headerRow + 1, c + 1);
    } else {
      sheet.getCell(headerRow + 1, c + 1).value = label(key);
    }
  });
  for (const group of HEADER_GROUPS) {
    const at = columns.map((key, c) => (group.columns.includes(key) ? c + 1 : 0)).filter(Boolean);
    if (at.length === 0) continue;
    sheet.getCell(headerRow, at[0]).value = group.label;
    if (at.length > 1) sheet.mergeCells(headerRow, at[0], headerRow, at[at.length - 1]);
  }
  return headerRow + 2;
}

/** The 收支总表 with its amounts in 元 and its note saying so. */
function summaryInYuan(book: ExcelJS.Workbook): void {
  const sheet = book.getWorksheet('收支总表')!;
  sheet.getCell('A2').value = '单位：元';
  sheet.eachRow((row) => {
    const cell = row.getCell(2);
    if (typeof cell.value === 'number') cell.value = fenToNumber(numberToFen(cell.value, '万元')!, '元');
  });
}
