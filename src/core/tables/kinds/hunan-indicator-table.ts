/**
 * A Hunan-style 部门整体支出绩效评价指标表 (common-indicators.md §2): one row per indicator under a
 * header 指标名称 | (分值) | 指标值 or 实际完成值 | 评分, closed by a 合计 / 总分 row. Found only by
 * 指标名称 together with a value and a score column: the national and Sichuan forms head their
 * rows 三级指标 and the Chongqing block (claimed first) has 得分系数, so neither is read twice.
 * The indicator-stated rule compares each row's value with the computed indicator of that name.
 */
import { storedColumns } from '../../grid/stored-cells';
import { cellText } from '../../grid/sheet-access';
import type { CellRange, Sheet } from '../../grid/types';
import type { RuleReport } from '../../rules/types';
import type { TableKind } from '../kind';
import type { IndicatorLine, NumberCell, OfficialTable } from '../official-table';
import { hasLabel, labelsOf, type LabelAt } from '../support/labelled-cells';
import { readNumberCell, round } from '../support/read-number';

/** Header words by column role, most specific first (实际完成值 is the value where a 指标值 target stands beside it). */
const HEADERS = {
  name: ['指标名称'],
  value: ['实际完成值', '完成值', '实际值', '指标值'],
  score: ['评分', '自评得分', '评价得分', '得分'],
  weight: ['分值', '指标分值', '权重', '指标权重'],
  unit: ['计量单位', '度量单位', '单位'],
} as const;
type Role = keyof typeof HEADERS;
interface Columns {
  readonly name: number;
  readonly value: number;
  readonly score: number;
  readonly weight?: number;
  readonly unit?: number;
}

/** Scores are written to two decimals. */
const SCORE_TOLERANCE = 0.005;
/** Blank name rows a table may hold (a spacer between groups) before it is taken to end. */
const BLANK_ROWS_INSIDE = 1;

function columnsOn(labels: readonly LabelAt[], row: number): Columns | null {
  const onRow = labels.filter((label) => label.row === row);
  if (onRow.some((label) => label.key === '得分系数')) return null;
  const columns: Partial<Record<Role, number>> = {};
  for (const role of Object.keys(HEADERS) as Role[]) {
    for (const word of HEADERS[role]) {
      const label = onRow.find((candidate) => candidate.key === word);
      if (label) {
        columns[role] = label.column;
        break;
      }
    }
  }
  const { name, value, score, weight, unit } = columns;
  return name !== undefined && value !== undefined && score !== undefined ? { name, value, score, weight, unit } : null;
}

function recognizeIndicatorTable(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[] {
  if (!hasLabel(sheet, '指标名称')) return [];
  const labels = labelsOf(sheet, claimed);
  const tables: OfficialTable[] = [];
  for (const header of labels.filter((label) => label.key === '指标名称')) {
    if (tables.some((table) => header.row <= table.range.bottom)) continue;
    const columns = columnsOn(labels, header.row);
    if (!columns) continue;
    const table = readRows(sheet, header.row, columns);
    if (table) tables.push(table);
  }
  return tables;
}

function readRows(sheet: Sheet, headerRow: number, columns: Columns): OfficialTable | null {
  const indicators: IndicatorLine[] = [];
  const numbers: Record<string, NumberCell> = {};
  const target = targetColumn(sheet, headerRow, columns.value);
  let blank = 0;
  let bottom = headerRow;
  for (let row = headerRow + 1; row < sheet.top + sheet.values.length; row++) {
    const name = cellText(sheet, row, columns.name).trim();
    if (/^(?:合计|总计|总分|自评总分|得分合计)$/.test(name.replace(/\s/g, '')) || (name === '' && /总分|合计/.test(rowText(sheet, row)))) {
      const total = readNumberCell(sheet, row, columns.score);
      if (total) numbers.总分 = total;
      bottom = row;
      break;
    }
    if (name === '') {
      if (++blank > BLANK_ROWS_INSIDE) break;
      continue;
    }
    blank = 0;
    bottom = row;
    indicators.push({
      row,
      name,
      nature: null,
      target: target === null ? null : readNumberCell(sheet, row, target),
      actual: readNumberCell(sheet, row, columns.value),
      coefficient: null,
      weight: columns.weight === undefined ? null : readNumberCell(sheet, row, columns.weight),
      score: readNumberCell(sheet, row, columns.score),
      core: false,
      ...(columns.unit === undefined ? {} : { unitText: cellText(sheet, row, columns.unit).trim() }),
    });
  }
  // a header with nothing under it that reads as an indicator is no table
  if (!indicators.some((line) => line.actual || line.score)) return null;
  const used = Object.values(columns).filter((column): column is number => column !== undefined);
  return {
    kind: 'hunan-indicator-table',
    sheet: sheet.name,
    range: { top: headerRow, left: Math.min(...used), bottom, right: Math.max(...used) },
    unit: '万元',
    title: null,
    fields: {},
    numbers,
    places: [],
    cells: [],
    indicators,
    rowCount: indicators.length + (numbers.总分 ? 1 : 0),
  };
}

/** A 指标值 column beside the 实际完成值 one is the target, kept for the draft. */
function targetColumn(sheet: Sheet, headerRow: number, valueColumn: number): number | null {
  for (const column of storedColumns(sheet, headerRow)) {
    if (column !== valueColumn && /^(?:指标值|年度指标值|目标值)$/.test(cellText(sheet, headerRow, column).replace(/\s/g, ''))) return column;
  }
  return null;
}

function rowText(sheet: Sheet, row: number): string {
  return storedColumns(sheet, row)
    .map((column) => cellText(sheet, row, column))
    .join('');
}

function checkScores(table: OfficialTable): RuleReport[] {
  const reports: RuleReport[] = [];
  const lines = table.indicators ?? [];
  for (const line of lines) {
    if (!line.score || !line.weight) continue;
    if (line.score.value < 0 || line.score.value > line.weight.value + SCORE_TOLERANCE) {
      reports.push({
        sheet: table.sheet,
        row: line.row,
        subject: line.name,
        cells: [line.score.address, line.weight.address],
        messageId: 'indicator-table-score-range',
        data: { name: line.name, score: String(line.score.value), weight: String(line.weight.value) },
        expected: { kind: 'score', value: Math.min(Math.max(line.score.value, 0), line.weight.value) },
        actual: { kind: 'score', value: line.score.value },
      });
    }
  }
  const total = table.numbers.总分;
  if (total) {
    // scores summed in hundredths so 14.55 + 9.17 is 23.72, not float noise
    const hundredths = lines.reduce((sum, line) => sum + Math.round((line.score?.value ?? 0) * 100), 0);
    const expected = round(hundredths / 100);
    if (Math.abs(expected - total.value) > SCORE_TOLERANCE) {
      reports.push({
        sheet: table.sheet,
        row: total.row,
        subject: '总分',
        cells: [total.address],
        messageId: 'indicator-table-total',
        data: { total: String(total.value), expected: String(expected) },
        expected: { kind: 'score', value: expected },
        actual: { kind: 'score', value: total.value },
      });
    }
  }
  return reports;
}

const hunanIndicatorTable: TableKind = {
  id: 'hunan-indicator-table',
  name: { zh: '部门整体支出绩效评价指标表（湖南）', en: 'Hunan departmental indicator table (指标表)' },
  spec: 'common-indicators.md §2',
  findBy: 'header-row',
  // one figure per indicator row, none table-wide: nothing a bureau's formula could name
  rulebookScope: false,
  fields: [
    { name: '指标名称', type: 'text', required: true },
    { name: '实际完成值', synonyms: ['完成值', '实际值', '指标值'], type: 'count', required: true },
    { name: '评分', synonyms: ['自评得分', '评价得分', '得分'], type: 'score', required: true },
    { name: '分值', synonyms: ['指标分值', '权重', '指标权重'], type: 'score' },
  ],
  identities: [
    {
      id: 'score-range',
      custom: true,
      formula: '0 <= 评分 <= 分值',
      description: { zh: '每个指标的评分在0和它的分值之间。', en: 'Each indicator scores between 0 and its weight.' },
    },
    {
      id: 'total',
      custom: true,
      formula: '总分 = Σ 评分',
      description: { zh: '合计（总分）= 各指标评分之和。', en: 'The total equals the sum of the scores.' },
    },
  ],
  messages: {
    'indicator-table-score-range': {
      zh: '指标“{name}”评分{score}分，超出0至分值{weight}分的范围。',
      en: 'Indicator “{name}” scores {score}, outside 0 to its weight of {weight}.',
    },
    'indicator-table-total': {
      zh: '指标表合计为{total}分，但各指标评分之和为{expected}分。',
      en: 'The indicator table’s total is {total}, but the scores add up to {expected}.',
    },
  },
  recognize: recognizeIndicatorTable,
  check: checkScores,
};

export default hunanIndicatorTable;
