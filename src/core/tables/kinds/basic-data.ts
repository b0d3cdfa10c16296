/**
 * C. The Hunan 部门整体支出绩效评价基础数据表 (official-layouts.md §C): staff as label/value pairs
 * across a row (编制数 | 12 | 实际在职人数 | 11 | 控制率 | 91.67%), then the 经费控制情况 block in
 * 万元 with 上年决算数 | 本年预算数 | 本年决算数 columns (and 上年预算数 where a year has it): 三公经费,
 * 项目支出, 公用经费, 政府采购金额.
 */
import { cellText } from '../../grid/sheet-access';
import type { CellRange, Sheet } from '../../grid/types';
import type { TableKind } from '../kind';
import type { IdentityPlace, NumberCell, OfficialTable, PlaceCell } from '../official-table';
import type { RuleContext, RuleParam, RuleReport } from '../../rules/types';
import type { RecognizedTable } from '../model';
import { hasLabel, labelsOf } from '../support/labelled-cells';
import { divide, multiply } from '../../rulebook/exact';
import { RATE_TOLERANCE_PARAM } from '../../rules/support/rate-tolerance';
import { decimalText, differsBy, exactNumber, exactPercent, HUNDRED, toleranceParam } from '../support/exact-number';
import { readNumberCell } from '../support/read-number';
import { amountCell, labelKey, unitAbove } from '../support/sheet-cells';

/** Header key → column name; 上年预算数 is there in some years (the Hunan 三公经费变动率 is on budgets). */
const COLUMNS: Readonly<Record<string, string>> = { 上年决算数: '上年决算数', 上年预算数: '上年预算数', 预算数: '本年预算数', 决算数: '本年决算数' };

/** Canonical line names and the keys people write. */
const LINES: Readonly<Record<string, readonly string[]>> = {
  三公经费: ['三公经费', '三公经费合计'],
  公务用车购置和维护经费: ['公务用车购置和维护经费', '公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置和运行维护费'],
  公车购置: ['公车购置', '公务用车购置', '公务用车购置费', '购置费'],
  公车运行维护: ['公车运行维护', '公务用车运行维护费', '公务用车运行费', '运行维护费', '运行费'],
  出国经费: ['出国经费', '因公出国费', '因公出国境费'],
  公务接待: ['公务接待', '公务接待费'],
  项目支出: ['项目支出'],
  公用经费: ['公用经费'],
  政府采购金额: ['政府采购金额', '政府采购'],
};

interface Line {
  readonly row: number;
  readonly name: string | null;
  readonly key: string;
  readonly labelColumn: number;
  readonly cells: readonly PlaceCell[];
}

function lineName(key: string): string | null {
  return Object.keys(LINES).find((name) => LINES[name].includes(key)) ?? null;
}

function staffNumbers(sheet: Sheet, claimed: readonly CellRange[]): Record<string, NumberCell> {
  const numbers: Record<string, NumberCell> = {};
  for (const label of labelsOf(sheet, claimed)) {
    const name =
      label.key === '编制数' ? '编制数' : label.key === '实际在职人数' || label.key === '在职人数' ? '实际在职人数' : label.key === '控制率' ? '控制率' : null;
    if (!name || numbers[name]) continue;
    const value = readNumberCell(sheet, label.row, label.column + 1);
    if (value) numbers[name] = value;
  }
  return numbers;
}

function recognizeBasicData(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[] {
  if (!hasLabel(sheet, '上年决算数', '上年预算数')) return [];
  const labels = labelsOf(sheet, claimed);
  const header = labels.find((label) => label.key === '上年决算数' || label.key === '上年预算数');
  if (!header) return [];
  const columns = labels.filter((label) => label.row === header.row && COLUMNS[label.key]).map((label) => ({ column: label.column, name: COLUMNS[label.key] }));
  if (columns.length < 2) return [];
  const unit = unitAbove(sheet, header.row + 1) === '元' ? '元' : '万元';
  const first = Math.min(...columns.map((column) => column.column));
  const lines: Line[] = [];
  let blank = 0;
  for (let row = header.row + 1; row < sheet.top + sheet.values.length && blank < 3; row++) {
    let labelColumn = 0;
    for (let column = sheet.left; column < first; column++) if (cellText(sheet, row, column) !== '') labelColumn = column;
    if (labelColumn === 0) {
      blank++;
      continue;
    }
    blank = 0;
    const key = labelKey(sheet, row, labelColumn);
    lines.push({ row, name: lineName(key), key, labelColumn, cells: columns.map((column) => amountCell(sheet, row, column.column, unit)) });
  }
  const numbers = staffNumbers(sheet, claimed);
  if (!lines.some((line) => line.name === '三公经费' || line.name === '公用经费')) return [];
  const fields: Record<string, PlaceCell> = {};
  for (const line of lines) if (line.name) columns.forEach((column, index) => (fields[`${line.name}.${column.name}`] ??= line.cells[index]));
  const places: IdentityPlace[] = [];
  const byName = (name: string): Line | undefined => lines.find((line) => line.name === name);
  columns.forEach((column, index) => {
    const at = (name: string): PlaceCell[] | undefined => {
      const line = byName(name);
      return line ? [line.cells[index]] : undefined;
    };
    const place = (identity: string, row: number, subject: string, values: Record<string, PlaceCell[] | undefined>): void => {
      places.push({
        identity,
        sheet: sheet.name,
        row,
        subject: `${subject}（${column.name}）`,
        values: Object.fromEntries(Object.entries(values).filter((entry): entry is [string, PlaceCell[]] => entry[1] !== undefined)),
      });
    };
    const threePublic = byName('三公经费');
    if (threePublic)
      place('three-public', threePublic.row, '三公经费', {
        三公经费: at('三公经费'),
        公务用车购置和维护经费: at('公务用车购置和维护经费'),
        出国经费: at('出国经费'),
        公务接待: at('公务接待'),
      });
    const vehicles = byName('公务用车购置和维护经费');
    if (vehicles && (byName('公车购置') || byName('公车运行维护')))
      place('vehicles', vehicles.row, '公务用车购置和维护经费', {
        公务用车购置和维护经费: at('公务用车购置和维护经费'),
        公车购置: at('公车购置'),
        公车运行维护: at('公车运行维护'),
      });
    const publicFunds = byName('公用经费');
    const parts = publicFunds ? partsUnder(lines, publicFunds) : [];
    if (publicFunds && parts.length > 0)
      place('public-funds', publicFunds.row, '公用经费', { 公用经费: [publicFunds.cells[index]], 其中各项之和: parts.map((part) => part.cells[index]) });
  });
  const rows = lines.map((line) => line.row);
  const top = Math.min(header.row, ...Object.values(numbers).map((number) => number.row));
  return [
    {
      kind: 'basic-data',
      sheet: sheet.name,
      range: {
        top,
        left: sheet.left,
        bottom: Math.max(...rows),
        right: Math.max(...columns.map((column) => column.column), ...Object.values(numbers).map((number) => number.column)),
      },
      unit,
      title: null,
      fields,
      numbers,
      places,
      cells: lines.flatMap((line) => line.cells),
      rowCount: lines.length + (numbers.编制数 ? 1 : 0),
    },
  ];
}

/** Lines that are 公用经费's 其中 lines even when written at its indent. */
const PART_KEYS = ['办公经费', '水费、电费、差旅费', '会议费、培训费', '水电费', '差旅费', '会议费', '培训费', '办公费'];

/** The 其中 lines under 公用经费: indented further, or named as its parts, up to the next line. */
function partsUnder(lines: readonly Line[], parent: Line): Line[] {
  const parts: Line[] = [];
  for (const line of lines.slice(lines.indexOf(parent) + 1)) {
    if (line.labelColumn <= parent.labelColumn && !PART_KEYS.includes(line.key)) break;
    parts.push(line);
  }
  return parts;
}

/** The projects' Σ 实际支出 and the summary's 项目支出, against this table's 项目支出 本年决算数. */
function linkProjects(table: OfficialTable, all: readonly RecognizedTable[]): IdentityPlace[] {
  const own = table.fields['项目支出.本年决算数'];
  if (!own || own.reading.kind === 'empty') return [];
  const places: IdentityPlace[] = [];
  for (const other of all) {
    if (other.kind === 'projects' && other.projects.length > 0) {
      const cells: PlaceCell[] = other.projects.flatMap((row) => {
        const cell = row.amounts.实际支出;
        return cell
          ? [{ sheet: other.sheet, row: cell.row, column: cell.column, address: cell.address, value: cell.value, formula: cell.formula, reading: cell.reading }]
          : [];
      });
      places.push({
        identity: 'projects-spending',
        sheet: table.sheet,
        row: own.row,
        subject: '项目支出（本年决算数）',
        values: { 项目支出: [own], 项目实际支出之和: cells },
      });
    }
    if (other.kind === 'summary' && other.fields.项目支出) {
      const cell = other.fields.项目支出;
      places.push({
        identity: 'summary-spending',
        sheet: table.sheet,
        row: own.row,
        subject: '项目支出（本年决算数）',
        values: { 项目支出: [own], 收支总表项目支出: [{ ...cell, sheet: other.sheet }] },
      });
    }
  }
  return places;
}

const CONTROL_RATE_TOLERANCE: RuleParam = {
  ...RATE_TOLERANCE_PARAM,
  description: {
    zh: '基础数据表：控制率与实际在职人数 ÷ 编制数允许的误差（百分点），按精确值比较',
    en: 'Basic-data table: how far 控制率 may be from staff in post ÷ posts (percentage points), compared exactly',
  },
};

function checkStaffing(table: OfficialTable, context: RuleContext): RuleReport[] {
  const { 编制数: posts, 实际在职人数: staff, 控制率: rate } = table.numbers;
  if (!posts || !staff || posts.value <= 0) return [];
  const reports: RuleReport[] = [];
  // 在职人数 ÷ 编制数 exactly (11 ÷ 12 = 91.666…%): the written rate may be 0.01 point off it, as rounded
  const [inPost, establishment] = [exactNumber(staff), exactNumber(posts)];
  const exactRate = inPost && establishment ? divide(multiply(inPost, HUNDRED), establishment) : null;
  if (!exactRate) return [];
  const expected = decimalText(exactRate);
  const base = { sheet: table.sheet, row: posts.row, subject: '控制率' };
  const written = rate ? exactPercent(rate) : null;
  if (rate && written && differsBy(written, exactRate, toleranceParam(context, 'basic-data', 'rate-tolerance', CONTROL_RATE_TOLERANCE))) {
    reports.push({
      ...base,
      row: rate.row,
      cells: [rate.address, staff.address, posts.address],
      messageId: 'basic-data-rate',
      data: { rate: decimalText(written), staff: staff.value, posts: posts.value, expected },
      expected: { kind: 'percent', value: Number(expected) },
      actual: { kind: 'percent', value: Number(decimalText(written)) },
    });
  }
  if (staff.value > posts.value) {
    reports.push({
      ...base,
      cells: [staff.address, posts.address],
      severity: 'warning',
      messageId: 'basic-data-over-establishment',
      data: { staff: staff.value, posts: posts.value, expected },
    });
  }
  return reports;
}

const basicData: TableKind = {
  id: 'basic-data',
  name: { zh: '部门整体支出绩效评价基础数据表', en: 'basic-data table (Hunan 基础数据表)' },
  spec: 'official-layouts.md §C',
  findBy: 'label-pairs',
  fields: [
    { name: '编制数', type: 'count', required: true },
    { name: '实际在职人数', synonyms: ['在职人数'], type: 'count' },
    { name: '控制率', type: 'rate' },
    ...Object.entries(LINES).flatMap(([name, synonyms]) =>
      Object.values(COLUMNS).map((column) => ({ name: `${name}.${column}`, synonyms, type: 'money' as const })),
    ),
  ],
  identities: [
    {
      id: 'three-public',
      formula: '三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待',
      optional: ['公务用车购置和维护经费', '出国经费', '公务接待'],
      description: {
        zh: '每一列：三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待。',
        en: 'Each column: 三公经费 = vehicles + travel abroad + reception.',
      },
    },
    {
      id: 'vehicles',
      formula: '公务用车购置和维护经费 = 公车购置 + 公车运行维护',
      optional: ['公车购置', '公车运行维护'],
      description: { zh: '每一列：公务用车购置和维护经费 = 公车购置 + 公车运行维护。', en: 'Each column: vehicles = purchase + running.' },
    },
    {
      id: 'public-funds',
      formula: '公用经费 >= 其中各项之和',
      description: { zh: '每一列：公用经费不小于其中各行之和。', en: 'Each column: 公用经费 is at least the sum of its 其中 lines.' },
    },
    {
      id: 'projects-spending',
      formula: '项目支出 = 项目实际支出之和',
      description: {
        zh: '本年决算数的项目支出 = 项目支出表各项目实际支出之和（有项目支出表时）。',
        en: 'The 本年决算数 of 项目支出 equals the projects’ Σ 实际支出 (when the project table is present).',
      },
    },
    {
      id: 'summary-spending',
      formula: '项目支出 = 收支总表项目支出',
      description: {
        zh: '本年决算数的项目支出 = 收支总表的项目支出（有收支总表时）。',
        en: 'The 本年决算数 of 项目支出 equals the summary’s 项目支出 (when present).',
      },
    },
    {
      id: 'staffing',
      custom: true,
      formula: '控制率 = 实际在职人数 ÷ 编制数; 实际在职人数 ≤ 编制数',
      description: {
        zh: '控制率 = 实际在职人数 ÷ 编制数；在职人数超过编制数即超编。',
        en: '控制率 = staff in post ÷ posts; more staff than posts is over-establishment.',
      },
    },
  ],
  messages: {
    'basic-data-rate': {
      zh: '控制率写为{rate}%，但实际在职人数{staff} ÷ 编制数{posts} = {expected}%。',
      en: '控制率 is written as {rate}%, but staff in post {staff} ÷ posts {posts} = {expected}%.',
    },
    'basic-data-over-establishment': {
      zh: '实际在职人数{staff}人超过编制数{posts}人（控制率{expected}%），属超编。',
      en: 'Staff in post ({staff}) exceeds the posts ({posts}) (control rate {expected}%): over-establishment.',
    },
  },
  recognize: recognizeBasicData,
  link: linkProjects,
  check: checkStaffing,
  params: { 'rate-tolerance': CONTROL_RATE_TOLERANCE },
};

export default basicData;
