/**
 * The project table of a CleanWorkbook as a block: optional title and unit note, one or two header
 * rows, projects with their sub-items, and a 合计 row (typed, or `=SUM` formulas with their values).
 */
import { columnLetters } from '../../../src/core/grid/a1';
import type { CellRange } from '../../../src/core/grid/types';
import { formatFen, type Fen, type MoneyUnit } from '../../../src/core/money/fen';
import { projectBudget, sumOf, type CleanWorkbook, type ColumnKey, type MoneyField, type ProjectModel, type TableLayout } from './clean-model';
import type { Block, BlockRow } from './block';

const AMOUNT_COLUMNS: ReadonlySet<ColumnKey> = new Set([
  '年初预算',
  '上级转移支付',
  '年中调增',
  '年中调减',
  '年中调整',
  '追加',
  '实际支出',
  '结余结转',
  '全年预算数',
]);

/** An amount as Excel holds it: the number whose shortest decimal is the exact figure in `unit`. */
export function amountValue(fen: Fen, unit: MoneyUnit): number {
  return Number(formatFen(fen, unit));
}

/** 执行率 in percent points to two decimals, rounded half up; null when there is no budget. */
function ratePercent(spent: Fen, budget: Fen): number | null {
  if (budget === 0n) return null;
  const hundredths = (spent * 20_000n + budget) / (budget * 2n);
  return Number(formatFen(hundredths, '元'));
}

function headerText(key: ColumnKey, table: TableLayout): string {
  const word = table.headerWords?.[key] ?? key;
  if (key === '执行率') return table.unitStyle === 'unit-row' ? word : `${word}（%）`;
  if (table.unitStyle === 'header' && AMOUNT_COLUMNS.has(key)) return `${word}（${table.unit}）`;
  return word;
}

/** Header rows: one, or two with 年中调整 merged over 调增 | 调减 and the other headers merged down (merges relative to the first). */
function headerRows(table: TableLayout): { rows: BlockRow[]; merges: CellRange[] } {
  const { columns } = table;
  const increase = columns.indexOf('年中调增');
  const banded = table.banded === true && increase >= 0 && columns[increase + 1] === '年中调减';
  const texts = columns.map((key) => headerText(key, table));
  if (!banded) return { rows: [{ key: 'header', cells: texts }], merges: [] };
  const upper = columns.map((_, i) => (i === increase ? '年中调整' : i === increase + 1 ? null : texts[i]));
  const lower = columns.map((_, i) => (i === increase || i === increase + 1 ? texts[i] : null));
  const merges = columns.flatMap((_, i) =>
    i === increase ? [{ top: 0, left: i, bottom: 0, right: i + 1 }] : i === increase + 1 ? [] : [{ top: 0, left: i, bottom: 1, right: i }],
  );
  return {
    rows: [
      { key: 'header', cells: upper },
      { key: 'header2', cells: lower },
    ],
    merges,
  };
}

const HAN_NUMERALS = [
  '',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

function projectLabel(marker: NonNullable<TableLayout['projectMarker']>, number: number): string {
  if (marker === 'digit') return `${number}．`;
  if (marker === 'han') return `${HAN_NUMERALS[number]}、`;
  if (marker === 'paren-han') return `（${HAN_NUMERALS[number]}）`;
  return '';
}

function subItemLabel(style: NonNullable<TableLayout['subItemStyle']>, project: number, item: number): string {
  if (style === 'decimal') return `${project}.${item} `;
  if (style === 'circled') return String.fromCharCode(0x2460 + item - 1);
  return `（${item}）`;
}

function totalAmounts(projects: readonly ProjectModel[], offsets: Partial<Readonly<Record<MoneyField, Fen>>>): Record<MoneyField, Fen> {
  const total = (field: MoneyField): Fen => sumOf(projects, field) + (offsets[field] ?? 0n);
  return {
    年初预算: total('年初预算'),
    上级转移支付: total('上级转移支付'),
    年中调增: total('年中调增'),
    年中调减: total('年中调减'),
    追加: total('追加'),
    实际支出: total('实际支出'),
    结余结转: total('结余结转'),
  };
}

function amountOf(amounts: Readonly<Record<MoneyField, Fen>>, key: ColumnKey): Fen {
  if (key === '年中调整') return amounts.年中调增 - amounts.年中调减;
  if (key === '全年预算数') return projectBudget(amounts);
  return amounts[key as MoneyField];
}

/** The project table with its first cell at (top, left). */
export function projectBlock(model: CleanWorkbook, top: number, left: number): Block {
  const { table, projects } = model;
  const { columns, unit } = table;
  const columnOf = new Map(columns.map((key, i) => [key, left + i]));
  const letter = (key: ColumnKey): string => columnLetters(columnOf.get(key) as number);
  const money = (fen: Fen): number => amountValue(fen, unit);

  const rows: BlockRow[] = [];
  const note = `单位：${unit}`;
  const noteInTitle = table.title && table.unitStyle === 'note' && table.noteInTitleRow === true;
  if (table.title)
    rows.push({ key: 'title', cells: noteInTitle ? ['2023年项目支出情况表', ...columns.slice(2).map(() => null), note] : ['2023年项目支出情况表'] });
  if (table.unitStyle === 'note' && !noteInTitle) rows.push({ key: 'note', cells: [note] });
  const header = headerRows(table);
  const headerTop = top + rows.length;
  rows.push(...header.rows);
  if (table.unitStyle === 'unit-row')
    rows.push({ key: 'units', cells: columns.map((key) => (AMOUNT_COLUMNS.has(key) ? unit : key === '执行率' ? '%' : null)) });

  // rows are numbered before they are written, so that formulas can name them
  const projectRows: number[] = [];
  let next = top + rows.length;
  for (const project of projects) {
    projectRows.push(next);
    next += 1 + project.subItems.length;
  }
  const budgetFormula = (row: number): string => {
    const plus = (['上级转移支付', '年中调增', '年中调整', '追加'] as const).filter((key) => columnOf.has(key)).map((key) => `+${letter(key)}${row}`);
    const minus = columnOf.has('年中调减') ? [`-${letter('年中调减')}${row}`] : [];
    return `=${letter('年初预算')}${row}${plus.join('')}${minus.join('')}`;
  };
  const markInNumber = table.subItemMarker === 'number' && columnOf.has('序号');

  projects.forEach((project, index) => {
    rows.push({
      key: `project:${project.name}`,
      cells: columns.map((key) => {
        if (key === '序号') return index + 1;
        if (key === '项目名称') return projectLabel(table.projectMarker ?? 'none', index + 1) + project.name;
        if (key === '主要用途') return '主要用于项目实施。';
        if (key === '执行率') return ratePercent(project.amounts.实际支出, projectBudget(project.amounts));
        const value = money(amountOf(project.amounts, key));
        return key === '全年预算数' && table.budgetFormulas ? `${budgetFormula(projectRows[index])}|${value}` : value;
      }),
    });
    project.subItems.forEach((item, i) => {
      rows.push({
        key: `sub:${project.name}:${i + 1}`,
        cells: columns.map((key) => {
          if (key === '序号') return markInNumber ? `（${i + 1}）` : null;
          if (key === '项目名称') return markInNumber ? item.name : subItemLabel(table.subItemStyle ?? 'paren', index + 1, i + 1) + item.name;
          if (key === '实际支出') return money(item.spent);
          if (key === '主要用途') return '主要用于子项目。';
          return null;
        }),
      });
    });
  });
  if (table.blankBeforeTotal) rows.push({ key: 'blank', cells: [] });

  const totals = totalAmounts(projects, model.totalOffsets ?? {});
  const labelColumn: ColumnKey = columnOf.has('序号') ? '序号' : '项目名称';
  rows.push({
    key: 'total',
    cells: columns.map((key) => {
      if (key === labelColumn) return '合计';
      if (key === '序号' || key === '项目名称' || key === '主要用途') return null;
      if (key === '执行率') return ratePercent(totals.实际支出, projectBudget(totals));
      const value = money(amountOf(totals, key));
      return table.totalFormulas ? `=SUM(${projectRows.map((row) => `${letter(key)}${row}`).join(',')})|${value}` : value;
    }),
  });

  const amounts = new Map<string, { row: number; column: number }>();
  rows.forEach((row, i) => {
    if (!row.key.startsWith('project:') && row.key !== 'total') return;
    for (const key of columns) if (AMOUNT_COLUMNS.has(key)) amounts.set(`${row.key}|${key}`, { row: top + i, column: columnOf.get(key) as number });
  });
  const merges = header.merges.map((m) => ({ top: headerTop + m.top, bottom: headerTop + m.bottom, left: left + m.left, right: left + m.right }));
  return { region: 'projects', top, left, rows, columns: [...columns], merges, amounts };
}
