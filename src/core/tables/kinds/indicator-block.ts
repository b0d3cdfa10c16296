/**
 * D. The Chongqing 部门整体绩效自评表 indicator block (official-layouts.md §D): 指标名称 | 计量单位 |
 * 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标.
 * Its money block (执行率, 执行率得分) is read by forms/ as the Chongqing variant; this kind reads
 * the indicators, their scores and the 自评总分.
 */
import { storedColumns } from '../../grid/stored-cells';
import { cellText } from '../../grid/sheet-access';
import type { CellRange, Sheet } from '../../grid/types';
import type { RuleContext, RuleParam, RuleReport } from '../../rules/types';
import type { TableKind } from '../kind';
import type { IndicatorLine, NumberCell, OfficialTable, PlaceCell } from '../official-table';
import { hasLabel, labelsOf, type LabelAt } from '../support/labelled-cells';
import { add, compare, divide, exact, multiply, ZERO, type Exact } from '../../rulebook/exact';
import { decimalText, differsBy, exactNumber, exactPercent, HUNDRED, toleranceParam } from '../support/exact-number';
import { readNumberCell } from '../support/read-number';
import { amountCell } from '../support/sheet-cells';

const COLUMNS = ['指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数', '指标权重', '指标得分', '是否核心指标'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Scores and coefficients are written to two decimals: each may differ from the exact figure by one
 * unit of the last decimal (0.01 分, 0.01 percentage point) — compared exactly, never as floats.
 */
const SCORE_TOLERANCE: RuleParam = {
  default: 0.01,
  min: 0,
  max: 100,
  description: {
    zh: '重庆自评表：得分系数、指标得分、自评总分与精确计算值允许的误差（百分点或分），按精确值比较',
    en: 'Chongqing form: how far a coefficient, score or total may be from the exact figure (percentage points or points), compared exactly',
  },
};
const ONE = exact(1n);

function natureOf(text: string, target: string): IndicatorLine['nature'] {
  const written = `${text}${target}`
    .replace(/＝/g, '=')
    .replace(/＞=|>=/g, '≥')
    .replace(/＜=|<=/g, '≤');
  if (/定性/.test(text)) return null;
  if (/≥|大于等于|不低于/.test(written)) return '≥';
  if (/≤|小于等于|不高于/.test(written)) return '≤';
  if (/=|等于/.test(written)) return '=';
  return text.trim() === '' ? '≥' : null;
}

function recognizeIndicatorBlock(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[] {
  if (!hasLabel(sheet, '得分系数')) return [];
  const labels = labelsOf(sheet, claimed);
  const header = labels.find((label) => label.key === '得分系数');
  if (!header) return [];
  const columns: Partial<Record<Column, number>> = {};
  for (const label of labels.filter((candidate) => candidate.row === header.row)) {
    const column = COLUMNS.find((name) => name === label.key);
    if (column && columns[column] === undefined) columns[column] = label.column;
  }
  if (columns.指标名称 === undefined || columns.指标权重 === undefined || columns.指标得分 === undefined) return [];
  const indicators: IndicatorLine[] = [];
  const errorCells: PlaceCell[] = [];
  const number = (row: number, column: Column): NumberCell | null =>
    columns[column] === undefined ? null : readNumberCell(sheet, row, columns[column] as number);
  let row = header.row + 1;
  let total: NumberCell | null = null;
  let totalRow = 0;
  for (; row < sheet.top + sheet.values.length; row++) {
    const name = cellText(sheet, row, columns.指标名称);
    const rowText = rowLabels(sheet, row);
    if (/总分/.test(rowText)) {
      totalRow = row;
      total = number(row, '指标得分') ?? lastNumber(sheet, row);
      errorCells.push(...errorsInRow(sheet, row));
      break;
    }
    if (name === '') break;
    const targetText = cellText(sheet, row, columns.年初指标值 ?? 0);
    const adjusted = number(row, '调整指标值');
    errorCells.push(...errorsInRow(sheet, row));
    indicators.push({
      row,
      name,
      nature: natureOf(cellText(sheet, row, columns.指标性质 ?? 0), targetText),
      target: adjusted ?? number(row, '年初指标值'),
      actual: number(row, '全年完成值'),
      coefficient: number(row, '得分系数'),
      weight: number(row, '指标权重'),
      score: number(row, '指标得分'),
      core: columns.是否核心指标 !== undefined && cellText(sheet, row, columns.是否核心指标) === '是',
      ...(columns.计量单位 === undefined ? {} : { unitText: cellText(sheet, row, columns.计量单位).trim() }),
    });
  }
  if (indicators.length === 0) return [];
  const numbers: Record<string, NumberCell> = {};
  if (total) numbers.自评总分 = total;
  const execution = executionScore(labels, sheet);
  if (execution) numbers.执行率得分 = execution;
  const bottom = Math.max(totalRow, ...indicators.map((indicator) => indicator.row));
  return [
    {
      kind: 'indicator-block',
      sheet: sheet.name,
      range: { top: header.row, left: Math.min(...Object.values(columns)), bottom, right: Math.max(...Object.values(columns)) },
      unit: '万元',
      title: null,
      fields: {},
      numbers,
      places: [],
      cells: errorCells,
      indicators,
      rowCount: indicators.length + (total ? 1 : 0),
    },
  ];
}

function rowLabels(sheet: Sheet, row: number): string {
  let text = '';
  for (const column of storedColumns(sheet, row)) text += cellText(sheet, row, column);
  return text;
}

function lastNumber(sheet: Sheet, row: number): NumberCell | null {
  for (const column of storedColumns(sheet, row).reverse()) {
    const value = readNumberCell(sheet, row, column);
    if (value) return value;
  }
  return null;
}

/** Cells of a row showing an error value, or a formula saved without its value that holds one. */
function errorsInRow(sheet: Sheet, row: number): PlaceCell[] {
  const cells: PlaceCell[] = [];
  for (const column of storedColumns(sheet, row)) {
    const cell = amountCell(sheet, row, column, '元');
    if (cell.reading.kind === 'error' || (cell.formula !== null && /#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!)/.test(cell.formula))) cells.push(cell);
  }
  return cells;
}

/** The 执行率得分 of the money block above: the figure under its header. */
function executionScore(labels: readonly LabelAt[], sheet: Sheet): NumberCell | null {
  const header = labels.find((label) => label.key === '执行率得分');
  return header ? readNumberCell(sheet, header.row + 1, header.column) : null;
}

/** 得分系数 as completion warrants, in percentage points: min(完成值 ÷ 指标值, 100%), the inverse for a `≤` target. */
export function expectedCoefficient(indicator: IndicatorLine): Exact | null {
  const { nature, target, actual } = indicator;
  if (nature === null || !target || !actual) return null;
  if (target.unit !== actual.unit && target.unit !== '' && actual.unit !== '') return null;
  const [goal, done] = [exactNumber(target), exactNumber(actual)];
  if (!goal || !done || compare(goal, ZERO) <= 0) return null;
  const ratio = nature === '≤' ? (done.n === 0n ? ONE : divide(goal, done)) : divide(done, goal);
  if (!ratio) return null;
  return multiply(compare(ratio, ONE) < 0 ? ratio : ONE, HUNDRED);
}

const exactOf = (cell: NumberCell | null): Exact | null => (cell ? exactNumber(cell) : null);

function checkIndicators(table: OfficialTable, context: RuleContext): RuleReport[] {
  const tolerance = toleranceParam(context, 'indicator-block', 'score-tolerance', SCORE_TOLERANCE);
  const reports: RuleReport[] = [];
  const indicators = table.indicators ?? [];
  for (const indicator of indicators) {
    const base = { sheet: table.sheet, row: indicator.row, subject: indicator.name };
    const expected = expectedCoefficient(indicator);
    const given = indicator.coefficient ? exactPercent(indicator.coefficient) : null;
    if (expected !== null && given !== null && indicator.coefficient && differsBy(given, expected, tolerance)) {
      reports.push({
        ...base,
        cells: [indicator.coefficient.address, ...[indicator.actual, indicator.target].flatMap((cell) => (cell ? [cell.address] : []))],
        messageId: 'indicator-coefficient',
        data: {
          name: indicator.name,
          actual: `${indicator.actual?.value}${indicator.actual?.unit}`,
          target: `${indicator.target?.value}${indicator.target?.unit}`,
          expected: decimalText(expected),
          given: decimalText(given),
        },
        expected: { kind: 'percent', value: Number(decimalText(expected)) },
        actual: { kind: 'percent', value: Number(decimalText(given)) },
      });
    }
    const [weight, score] = [exactOf(indicator.weight), exactOf(indicator.score)];
    if (given !== null && weight && score && indicator.weight && indicator.score) {
      const product = multiply(divide(given, HUNDRED) as Exact, weight);
      if (differsBy(product, score, tolerance)) {
        reports.push({
          ...base,
          cells: [indicator.score.address, indicator.coefficient?.address ?? '', indicator.weight.address].filter(Boolean),
          messageId: 'indicator-score',
          data: {
            name: indicator.name,
            score: decimalText(score, 6),
            coefficient: decimalText(given, 6),
            weight: decimalText(weight, 6),
            expected: decimalText(product),
          },
          expected: { kind: 'score', value: Number(decimalText(product)) },
          actual: { kind: 'score', value: indicator.score.value },
        });
      }
    }
  }
  reports.push(...checkTotal(table, indicators, tolerance));
  const coreColumn = indicators.some((indicator) => indicator.core);
  const cores = indicators.filter((indicator) => indicator.core).length;
  if (coreColumn && cores < 5) {
    reports.push({
      sheet: table.sheet,
      row: table.range.top,
      subject: '是否核心指标',
      cells: [],
      severity: 'warning',
      messageId: 'indicator-core-count',
      data: { count: cores },
    });
  }
  return reports;
}

function checkTotal(table: OfficialTable, indicators: readonly IndicatorLine[], tolerance: Exact): RuleReport[] {
  const total = table.numbers.自评总分;
  const written = exactOf(total ?? null);
  if (!total || !written) return [];
  const parts = [...indicators.map((indicator) => indicator.score), table.numbers.执行率得分 ?? null];
  const expected = parts.reduce<Exact>((sum, cell) => add(sum, exactOf(cell) ?? ZERO), ZERO);
  const reports: RuleReport[] = [];
  const base = { sheet: table.sheet, row: total.row, subject: '自评总分', cells: [total.address] };
  if (differsBy(expected, written, tolerance)) {
    reports.push({
      ...base,
      messageId: 'indicator-total',
      data: { total: decimalText(written, 6), expected: decimalText(expected) },
      expected: { kind: 'score', value: Number(decimalText(expected)) },
      actual: { kind: 'score', value: total.value },
    });
  }
  if (compare(written, HUNDRED) > 0) reports.push({ ...base, messageId: 'indicator-total-over', data: { total: decimalText(written, 6) } });
  return reports;
}

const indicatorBlock: TableKind = {
  id: 'indicator-block',
  name: { zh: '部门整体绩效自评表指标（重庆）', en: 'indicator block of the Chongqing unit self-evaluation form' },
  spec: 'official-layouts.md §D',
  findBy: 'indicator-block',
  // its figures are per indicator row, checked by its own identities: no table-wide rulebook scope
  rulebookScope: false,
  fields: COLUMNS.map((name) => ({
    name,
    type:
      name === '得分系数'
        ? ('rate' as const)
        : name === '指标权重' || name === '指标得分'
          ? ('score' as const)
          : name === '年初指标值' || name === '调整指标值' || name === '全年完成值'
            ? ('count' as const)
            : ('text' as const),
    ...(name === '指标名称' || name === '得分系数' || name === '指标权重' || name === '指标得分' ? { required: true } : {}),
  })),
  identities: [
    {
      id: 'coefficient',
      custom: true,
      formula: '得分系数 = min(全年完成值 ÷ 指标值, 100%)',
      description: {
        zh: '定量指标：得分系数 = min(全年完成值 ÷ 指标值, 100%)（“≤”指标取倒数；有调整指标值时用调整指标值）。',
        en: 'Quantitative indicators: coefficient = min(actual ÷ target, 100%) (inverse for ≤; the adjusted target where filled).',
      },
    },
    {
      id: 'score',
      custom: true,
      formula: '指标得分 = 得分系数 × 指标权重',
      description: { zh: '指标得分 = 得分系数 × 指标权重。', en: 'Score = coefficient × weight.' },
    },
    {
      id: 'total',
      custom: true,
      formula: '自评总分 = 执行率得分 + Σ 指标得分 ≤ 100',
      description: { zh: '自评总分 = 执行率得分 + 各指标得分之和，且不超过100。', en: 'Total = execution score + Σ indicator scores, at most 100.' },
    },
    {
      id: 'core-count',
      custom: true,
      formula: 'count(是否核心指标 = 是) >= 5',
      description: { zh: '至少五个核心指标。', en: 'At least five core indicators.' },
    },
  ],
  messages: {
    'indicator-coefficient': {
      zh: '指标“{name}”全年完成值{actual}、指标值{target}，得分系数应为{expected}%，表中为{given}%。',
      en: 'Indicator “{name}”: actual {actual} against target {target} gives a coefficient of {expected}%, but the form says {given}%.',
    },
    'indicator-score': {
      zh: '指标“{name}”得分为{score}分，但得分系数{coefficient}% × 指标权重{weight}分 = {expected}分。',
      en: 'Indicator “{name}” scores {score}, but coefficient {coefficient}% × weight {weight} = {expected}.',
    },
    'indicator-total': {
      zh: '自评总分为{total}分，但执行率得分与各指标得分之和为{expected}分。',
      en: 'The total score is {total}, but the execution score plus the indicator scores is {expected}.',
    },
    'indicator-total-over': { zh: '自评总分{total}分超过100分。', en: 'The total score {total} is above 100.' },
    'indicator-core-count': { zh: '核心指标只有{count}个，应至少5个。', en: 'Only {count} core indicators; at least 5 are required.' },
  },
  recognize: recognizeIndicatorBlock,
  check: checkIndicators,
  params: { 'score-tolerance': SCORE_TOLERANCE },
};

export default indicatorBlock;
