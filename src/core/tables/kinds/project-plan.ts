/**
 * E. A 项目库 export's 项目支出计划 (official-layouts.md §E): groups 年初预算 / 执行调整 / 全年预算 /
 * 预计支出 / 预计年度剩余 / 实际支出 / 实际年度剩余, each split 小计 | 财政拨款 | 结转资金 (the 剩余
 * groups 小计 | 结转资金 | 结余资金), one row per budget year, numbers often stored as text; then a
 * 细化经济分类 block whose 合计 is the year's 全年预算.
 */
import { storedRowsBetween } from '../../grid/stored-cells';
import { cellText, lastColumn } from '../../grid/sheet-access';
import type { CellRange, Sheet } from '../../grid/types';
import type { TableKind } from '../kind';
import type { IdentityPlace, OfficialTable, PlaceCell } from '../official-table';
import { hasLabel, labelsOf } from '../support/labelled-cells';
import { amountCell, labelKey, unitAbove } from '../support/sheet-cells';

const GROUPS = ['年初预算', '执行调整', '全年预算', '预计支出', '预计年度剩余', '实际支出', '实际年度剩余'] as const;
type Group = (typeof GROUPS)[number];

interface PlanColumn {
  readonly group: Group;
  readonly part: string;
  readonly column: number;
}

function planColumns(sheet: Sheet, headerRow: number): PlanColumn[] {
  const columns: PlanColumn[] = [];
  let group: Group | null = null;
  for (let column = sheet.left; column <= lastColumn(sheet); column++) {
    const key = labelKey(sheet, headerRow, column);
    if (key !== '') group = (GROUPS as readonly string[]).includes(key) ? (key as Group) : null;
    const part = labelKey(sheet, headerRow + 1, column);
    if (group && part !== '') columns.push({ group, part, column });
  }
  return columns;
}

function recognizeProjectPlan(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[] {
  if (!hasLabel(sheet, '执行调整')) return [];
  const labels = labelsOf(sheet, claimed);
  const header = labels.find((label) => label.key === '执行调整' && labels.some((other) => other.row === label.row && other.key === '全年预算'));
  if (!header) return [];
  const columns = planColumns(sheet, header.row);
  if (!columns.some((column) => column.part === '小计')) return [];
  const unit = unitAbove(sheet, header.row);
  const places: IdentityPlace[] = [];
  const cells: PlaceCell[] = [];
  const yearRows: { row: number; cells: Map<string, PlaceCell> }[] = [];
  for (let row = header.row + 2; row < sheet.top + sheet.values.length; row++) {
    const read = new Map(columns.map((column) => [`${column.group}.${column.part}`, amountCell(sheet, row, column.column, unit)]));
    if ([...read.values()].every((cell) => cell.reading.kind === 'empty' || cell.reading.kind === 'text')) break;
    yearRows.push({ row, cells: read });
    cells.push(...read.values());
    const subject = `第${row}行`;
    const at = (key: string): PlaceCell[] | undefined => (read.has(key) ? [read.get(key) as PlaceCell] : undefined);
    const put = (identity: string, what: string, values: Record<string, PlaceCell[] | undefined>): void => {
      places.push({
        identity,
        sheet: sheet.name,
        row,
        subject: `${subject}${what}`,
        values: Object.fromEntries(Object.entries(values).filter((entry): entry is [string, PlaceCell[]] => entry[1] !== undefined)),
      });
    };
    for (const group of GROUPS) {
      const parts = columns.filter((column) => column.group === group && column.part !== '小计');
      if (!read.has(`${group}.小计`) || parts.length === 0) continue;
      put('subtotal', `（${group}）`, { 小计: at(`${group}.小计`), 各部分之和: parts.map((part) => read.get(`${group}.${part.part}`) as PlaceCell) });
    }
    for (const part of ['小计', '财政拨款', '结转资金']) {
      if (read.has(`全年预算.${part}`) && read.has(`年初预算.${part}`) && read.has(`执行调整.${part}`)) {
        put('full-year', `（全年预算·${part}）`, { 全年预算: at(`全年预算.${part}`), 年初预算: at(`年初预算.${part}`), 执行调整: at(`执行调整.${part}`) });
      }
    }
    if (read.has('预计支出.小计') && read.has('预计年度剩余.小计'))
      put('expected', '（预计支出）', { 全年预算: at('全年预算.小计'), 预计支出: at('预计支出.小计'), 预计年度剩余: at('预计年度剩余.小计') });
    const actualFilled = ['实际支出.小计', '实际年度剩余.小计'].some((key) => read.get(key)?.reading.kind !== 'empty' && read.has(key));
    if (actualFilled) put('actual', '（实际支出）', { 全年预算: at('全年预算.小计'), 实际支出: at('实际支出.小计'), 实际年度剩余: at('实际年度剩余.小计') });
  }
  if (yearRows.length === 0) return [];
  const bottomOfPlan = yearRows[yearRows.length - 1].row;
  const detail = readDetail(
    sheet,
    labels.filter((label) => label.row > bottomOfPlan),
    unit,
  );
  const fields: Record<string, PlaceCell> = {};
  for (const [key, cell] of yearRows[0].cells) fields[key] = cell;
  if (detail) {
    cells.push(...detail.lines, detail.total);
    places.push({
      identity: 'detail-total',
      sheet: sheet.name,
      row: detail.total.row,
      subject: '细化经济分类合计',
      values: { 合计: [detail.total], 细化各项之和: detail.lines },
    });
    const fullYear = yearRows.length === 1 ? yearRows[0].cells.get('全年预算.小计') : undefined;
    if (fullYear)
      places.push({
        identity: 'detail-vs-plan',
        sheet: sheet.name,
        row: detail.total.row,
        subject: '细化经济分类合计',
        values: { 合计: [detail.total], 全年预算: [fullYear] },
      });
    fields.细化经济分类合计 = detail.total;
  }
  const bottom = detail ? detail.total.row : bottomOfPlan;
  return [
    {
      kind: 'project-plan',
      sheet: sheet.name,
      range: { top: header.row, left: sheet.left, bottom, right: Math.max(...columns.map((column) => column.column)) },
      unit,
      title: null,
      fields,
      numbers: {},
      places,
      cells,
      rowCount: yearRows.length + (detail ? detail.lines.length + 1 : 0),
    },
  ];
}

/** The 细化经济分类 block: lines with an amount beside them, closed by 合计. */
function readDetail(sheet: Sheet, labels: ReturnType<typeof labelsOf>, unit: OfficialTable['unit']): { lines: PlaceCell[]; total: PlaceCell } | null {
  const start = labels.find((label) => label.key.includes('经济分类'));
  if (!start) return null;
  const column = start.column;
  const lines: PlaceCell[] = [];
  for (const row of storedRowsBetween(sheet, start.row + 1, sheet.top + sheet.values.length - 1)) {
    const text = cellText(sheet, row, column);
    if (text === '') {
      if (lines.length > 0) return null;
      continue;
    }
    const amountColumn = nextAmountColumn(sheet, row, column);
    if (amountColumn === null) continue; // the block's own header (经济分类科目 | 金额)
    const cell = amountCell(sheet, row, amountColumn, unit);
    if (labelKey(sheet, row, column) === '合计') return { lines, total: cell };
    lines.push(cell);
  }
  return null;
}

function nextAmountColumn(sheet: Sheet, row: number, from: number): number | null {
  for (let column = from + 1; column <= Math.min(lastColumn(sheet), from + 4); column++) {
    const cell = amountCell(sheet, row, column, '元');
    if (cell.reading.kind === 'number' || cell.reading.kind === 'text-number') return column;
  }
  return null;
}

const projectPlan: TableKind = {
  id: 'project-plan',
  name: { zh: '项目库项目支出计划', en: 'project-database spending plan (项目支出计划)' },
  spec: 'official-layouts.md §E',
  findBy: 'header-row',
  fields: GROUPS.map((group) => ({ name: `${group}.小计`, type: 'money' as const, required: group === '年初预算' || group === '全年预算' })),
  identities: [
    {
      id: 'subtotal',
      formula: '小计 = 各部分之和',
      description: { zh: '每组的小计 = 其各部分（财政拨款、结转资金……）之和。', en: 'Each group’s 小计 = the sum of its parts.' },
    },
    {
      id: 'full-year',
      formula: '全年预算 = 年初预算 + 执行调整',
      description: { zh: '全年预算 = 年初预算 + 执行调整（小计及各部分）。', en: '全年预算 = 年初预算 + 执行调整 (小计 and each part).' },
    },
    {
      id: 'expected',
      formula: '预计支出 + 预计年度剩余 = 全年预算',
      description: { zh: '预计支出 + 预计年度剩余 = 全年预算。', en: 'Expected spending + expected remainder = 全年预算.' },
    },
    {
      id: 'actual',
      formula: '实际支出 + 实际年度剩余 = 全年预算',
      description: { zh: '实际列填写后：实际支出 + 实际年度剩余 = 全年预算。', en: 'Once filled: actual spending + actual remainder = 全年预算.' },
    },
    {
      id: 'detail-total',
      formula: '合计 = 细化各项之和',
      description: { zh: '细化经济分类的合计 = 各行之和。', en: 'The 细化经济分类 合计 = the sum of its lines.' },
    },
    {
      id: 'detail-vs-plan',
      formula: '合计 = 全年预算',
      description: { zh: '细化经济分类的合计 = 当年全年预算。', en: 'The 细化经济分类 合计 = the year’s 全年预算.' },
    },
  ],
  recognize: recognizeProjectPlan,
};

export default projectPlan;
