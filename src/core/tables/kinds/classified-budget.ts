/**
 * A2, T2 T3 T5 T6 T7 T8: the classified budget tables of an official budget workbook — 收入预算总表,
 * 支出预算总表, the three 功能分类 tables and the 基本支出经济分类 table. Code columns (类 | 款 | 项, or
 * one code column), a name column, amount columns under one heading (收入预算, 支出预算,
 * 一般公共预算支出 …) starting with 合计, and a 合计 row. An empty table (“本表为空表”) gives nothing.
 */
import { cellText, lastColumn } from '../../grid/sheet-access';
import type { CellRange, Sheet } from '../../grid/types';
import type { TableKind } from '../kind';
import type { RecognizedTable } from '../model';
import type { IdentityPlace, OfficialTable, PlaceCell } from '../official-table';
import { filled, fundingSources, isOfficial } from '../support/funding-sources';
import { hasLabelLike, labelsOf } from '../support/labelled-cells';
import { amountCell, labelKey, unitAbove } from '../support/sheet-cells';

type Level = 1 | 2 | 3;

interface CodedRow {
  readonly row: number;
  readonly level: Level;
  /** The 科目编码 as one string (类 | 款 | 项 → `2050205`), or `合计`. */
  readonly code: string;
  readonly name: string;
  readonly cells: readonly PlaceCell[];
}

function levelOf(sheet: Sheet, row: number, codeColumns: readonly number[]): Level | null {
  if (codeColumns.length >= 2) {
    const filled = codeColumns.map((column) => cellText(sheet, row, column) !== '' && !/^…+$/.test(cellText(sheet, row, column)));
    if (!filled[0]) return null;
    return filled[2] ? 3 : filled[1] ? 2 : 1;
  }
  const code = cellText(sheet, row, codeColumns[0]).replace(/\s/g, '');
  if (!/^\d{3}(\d{2}){0,2}$/.test(code)) return null;
  return (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) as Level;
}

function codeOf(sheet: Sheet, row: number, codeColumns: readonly number[]): string {
  return codeColumns
    .map((column) => cellText(sheet, row, column).replace(/\s/g, ''))
    .filter((part) => part !== '' && !/^…+$/.test(part))
    .join('');
}

const namesSubjectCode = (key: string): boolean => key.endsWith('科目编码');

function recognizeClassified(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[] {
  if (!hasLabelLike(sheet, namesSubjectCode)) return [];
  const labels = labelsOf(sheet, claimed);
  const codeHeader = labels.find((label) => namesSubjectCode(label.key));
  if (!codeHeader) return [];
  const totalHeader = labels.find(
    (label) => label.row >= codeHeader.row && label.row <= codeHeader.row + 1 && label.key === '合计' && label.column > codeHeader.column,
  );
  if (!totalHeader) return [];
  const heading =
    labelKey(sheet, totalHeader.row - 1, totalHeader.column) ||
    labels.find((label) => label.row === totalHeader.row - 1 && label.column > codeHeader.column)?.key ||
    '';
  const nameColumn = totalHeader.column - 1;
  const codeColumns: number[] = [];
  for (let column = codeHeader.column; column < nameColumn; column++) codeColumns.push(column);
  const amountColumns: { column: number; name: string }[] = [];
  for (let column = totalHeader.column; column <= lastColumn(sheet); column++) {
    const name = labelKey(sheet, totalHeader.row, column);
    if (name === '') break;
    amountColumns.push({ column, name });
  }
  if (amountColumns.length < 2) return [];
  const unit = unitAbove(sheet, codeHeader.row);
  const rows: CodedRow[] = [];
  let totalRow: CodedRow | null = null;
  let blank = 0;
  for (let row = totalHeader.row + 1; row < sheet.top + sheet.values.length && blank < 12; row++) {
    const cells = amountColumns.map(({ column }) => amountCell(sheet, row, column, unit));
    if (labelKey(sheet, row, codeHeader.column) === '合计' || labelKey(sheet, row, nameColumn) === '合计') {
      totalRow = { row, level: 1, code: '合计', name: '合计', cells };
      break;
    }
    const codeCells = codeColumns.length > 0 ? codeColumns : [nameColumn];
    const level = levelOf(sheet, row, codeCells);
    if (level === null) {
      blank++;
      continue;
    }
    blank = 0;
    rows.push({ row, level, code: codeOf(sheet, row, codeCells), name: cellText(sheet, row, nameColumn), cells });
  }
  if (!totalRow) return [];
  const places: IdentityPlace[] = [];
  const names = amountColumns.map(({ name }) => name);
  const place = (identity: string, row: number, subject: string, values: Record<string, PlaceCell[]>): void => {
    places.push({ identity, sheet: sheet.name, row, subject, values });
  };
  for (const line of [...rows, totalRow]) place('row-total', line.row, line.name, { 合计: [line.cells[0]], 各列之和: line.cells.slice(1) });
  names.forEach((name, index) => {
    place('column-total', totalRow.row, `合计（${name}）`, {
      合计: [totalRow.cells[index]],
      各类之和: rows.filter((line) => line.level === 1).map((line) => line.cells[index]),
    });
    rows.forEach((line, at) => {
      const parts: PlaceCell[] = [];
      for (const next of rows.slice(at + 1)) {
        if (next.level <= line.level) break;
        if (next.level === line.level + 1) parts.push(next.cells[index]);
      }
      if (parts.some((cell) => cell.reading.kind !== 'empty'))
        place('class-parts', line.row, `${line.name}（${name}）`, { 本行: [line.cells[index]], 下级各项之和: parts });
    });
  });
  const fields: Record<string, PlaceCell> = {};
  names.forEach((name, index) => (fields[name] = totalRow.cells[index]));
  // each coded line as `code.column` (`2050205.基本支出`): what the cross-checks match line by line
  for (const line of rows) names.forEach((name, index) => (fields[`${line.code}.${name}`] ??= line.cells[index]));
  return [
    {
      kind: 'classified-budget',
      sheet: sheet.name,
      range: { top: codeHeader.row, left: codeHeader.column, bottom: totalRow.row, right: amountColumns[amountColumns.length - 1].column },
      unit,
      title: heading,
      fields,
      numbers: {},
      places,
      cells: [...rows.flatMap((line) => line.cells), ...totalRow.cells],
      rowCount: rows.length + 1,
    },
  ];
}

/** The cross-checks among the nine tables (T1 收支总表, T3 支出预算总表, T4 财政拨款收支总表, T5–T7 功能分类, T8 经济分类). */
function linkNine(table: OfficialTable, all: readonly RecognizedTable[]): IdentityPlace[] {
  const official = all.filter(isOfficial);
  const heading = (text: string) => official.find((other) => other.kind === 'classified-budget' && other.title === text);
  const places: IdentityPlace[] = [];
  const total = table.fields.合计;
  if (!filled(total)) return [];
  const place = (identity: string, subject: string, values: IdentityPlace['values']): void => {
    places.push({ identity, sheet: table.sheet, row: total.row, subject, values });
  };
  const { allGeneralBudget } = fundingSources(all);
  const economic = heading(ECONOMIC)?.fields.合计;
  if (table.title === SPENDING) {
    const summaryTotal = official.find((other) => other.kind === 'budget-summary')?.fields.支出总计;
    if (filled(summaryTotal)) place('spending-vs-summary', '合计', { 合计: [total], 收支总表支出总计: [summaryTotal] });
    // T8 is the 一般公共预算 part of 基本支出: all of it when all the money is 一般公共预算, else at most
    const basic = table.fields.基本支出;
    if (filled(basic) && filled(economic))
      place(allGeneralBudget ? 'basic-vs-economic' : 'basic-covers-economic', '合计（基本支出）', { 基本支出: [basic], 基本支出经济分类表合计: [economic] });
  }
  if (table.title === GENERAL) {
    const appropriation = official.find((other) => other.kind === 'appropriation-summary')?.fields.支出总计;
    const parts = [table, heading('政府性基金预算支出'), heading('国有资本经营预算支出')].flatMap((other) =>
      other && filled(other.fields.合计) ? [other.fields.合计] : [],
    );
    if (filled(appropriation)) place('functional-vs-appropriation', '合计', { 财政拨款支出总计: [appropriation], 功能分类合计之和: parts });
    const spending = heading(SPENDING);
    for (const column of COMPARED_COLUMNS) {
      const own = table.fields[column];
      const theirs = spending?.fields[column];
      if (filled(own) && filled(theirs))
        place(allGeneralBudget ? 'general-vs-spending' : 'general-within-spending', `合计（${column}）`, { 一般公共预算支出: [own], 支出预算总表: [theirs] });
    }
    if (allGeneralBudget && spending) places.push(...sameLines(table, spending));
    // with other money T3 ≠ T5, so T5's own 基本支出 is compared with T8 (with all of it 一般公共预算, T3's is)
    const basic = table.fields.基本支出;
    const comparedThroughSpending = allGeneralBudget && filled(spending?.fields.基本支出);
    if (!comparedThroughSpending && filled(basic) && filled(economic))
      place('general-basic-vs-economic', '合计（基本支出）', { 基本支出: [basic], 基本支出经济分类表合计: [economic] });
  }
  return places;
}

/**
 * With all the money 一般公共预算, each 科目 line of the functional table is the 支出预算总表's line
 * of the same code, column by column (a line only one of them lists is left to the totals).
 */
function sameLines(table: OfficialTable, spending: OfficialTable): IdentityPlace[] {
  const names = new Map(table.places.filter((place) => place.identity === 'row-total').map((place) => [place.row, place.subject]));
  return Object.entries(table.fields).flatMap(([key, own]) => {
    const [code, column] = key.split('.');
    const theirs = spending.fields[key];
    if (column === undefined || !COMPARED_COLUMNS.includes(column) || !filled(own) || !filled(theirs)) return [];
    const subject = `${code} ${names.get(own.row) ?? ''}（${column}）`.replace(' （', '（');
    return [{ identity: 'general-vs-spending', sheet: table.sheet, row: own.row, subject, values: { 一般公共预算支出: [own], 支出预算总表: [theirs] } }];
  });
}

const COMPARED_COLUMNS = ['合计', '基本支出', '项目支出'];
const SPENDING = '支出预算';
const GENERAL = '一般公共预算支出';
const ECONOMIC = '一般公共预算基本支出';

const classifiedBudget: TableKind = {
  id: 'classified-budget',
  name: { zh: '分类预算表（收入/支出预算总表、功能分类、经济分类）', en: 'classified budget tables (income/expenditure, functional, economic classification)' },
  spec: 'official-layouts.md §A2 (T2, T3, T5–T8)',
  findBy: 'header-row',
  fields: [
    { name: '合计', type: 'money', required: true },
    { name: '基本支出', type: 'money' },
    { name: '项目支出', type: 'money' },
    { name: '人员经费', type: 'money' },
    { name: '公用经费', type: 'money' },
    { name: '财政拨款收入', type: 'money' },
  ],
  identities: [
    {
      id: 'row-total',
      formula: '合计 = 各列之和',
      description: {
        zh: '每行及合计行：合计 = 其后各列之和（基本支出 + 项目支出，人员经费 + 公用经费，或各收入来源）。',
        en: 'Each row and the total row: 合计 = the other columns.',
      },
    },
    {
      id: 'column-total',
      formula: '合计 = 各类之和',
      description: { zh: '合计行每列 = 各“类”行之和。', en: 'Each column of the 合计 row = the sum of the class (类) rows.' },
    },
    {
      id: 'class-parts',
      formula: '本行 = 下级各项之和',
      description: { zh: '类 = 其款之和，款 = 其项之和（已填写时）。', en: 'A class = its 款 lines, a 款 = its 项 lines (where filled).' },
    },
    {
      id: 'spending-vs-summary',
      formula: '合计 = 收支总表支出总计',
      description: { zh: '支出预算总表的合计 = 收支总表的支出总计。', en: 'The expenditure table’s 合计 = the 收支总表’s 支出总计.' },
    },
    {
      id: 'functional-vs-appropriation',
      formula: '财政拨款支出总计 = 功能分类合计之和',
      description: {
        zh: '财政拨款收支总表的支出总计 = 三张功能分类表的合计之和。',
        en: 'The appropriation table’s 支出总计 = the three functional tables’ totals.',
      },
    },
    {
      id: 'basic-vs-economic',
      formula: '基本支出 = 基本支出经济分类表合计',
      description: {
        zh: '全部资金为一般公共预算时：支出预算总表的基本支出 = 一般公共预算基本支出经济分类表的合计。',
        en: 'When all the money is 一般公共预算: the expenditure table’s 基本支出 = the economic-classification table’s 合计.',
      },
    },
    {
      id: 'basic-covers-economic',
      formula: '基本支出 >= 基本支出经济分类表合计',
      description: {
        zh: '有其他资金时：支出预算总表的基本支出不少于一般公共预算基本支出经济分类表的合计（后者是前者的一般公共预算部分）。',
        en: 'With other money: the expenditure table’s 基本支出 is at least the economic-classification table’s 合计 (its 一般公共预算 part).',
      },
    },
    {
      id: 'general-vs-spending',
      formula: '一般公共预算支出 = 支出预算总表',
      description: {
        zh: '全部资金为一般公共预算时：一般公共预算支出功能分类表与支出预算总表的合计、基本支出、项目支出逐列相等，合计行和同一科目编码的各行都如此。',
        en: 'When all the money is 一般公共预算: the general-budget functional table and the expenditure table agree on 合计, 基本支出 and 项目支出, in the total row and in each line of the same code.',
      },
    },
    {
      id: 'general-within-spending',
      formula: '一般公共预算支出 <= 支出预算总表',
      description: {
        zh: '有其他资金时：一般公共预算支出功能分类表的合计、基本支出、项目支出逐列不超过支出预算总表。',
        en: 'With other money: each of the general-budget functional table’s 合计, 基本支出 and 项目支出 is at most the expenditure table’s.',
      },
    },
    {
      id: 'general-basic-vs-economic',
      formula: '基本支出 = 基本支出经济分类表合计',
      description: {
        zh: '一般公共预算支出功能分类表的基本支出 = 一般公共预算基本支出经济分类表的合计（全部资金为一般公共预算且有支出预算总表时，经由支出预算总表核对）。',
        en: 'The general-budget functional table’s 基本支出 = the economic-classification table’s 合计 (checked through the expenditure table when all the money is 一般公共预算 and it is there).',
      },
    },
  ],
  recognize: recognizeClassified,
  link: linkNine,
};

export default classifiedBudget;
