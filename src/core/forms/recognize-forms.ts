/**
 * Recognises the official self-evaluation forms of a workbook by their labels: national
 * (财预〔2020〕10号), Sichuan and Chongqing variants of the project form and the unit form, one per
 * sheet or several stacked, with merged cells. Sheets without a form give none.
 */
import { toA1 } from '../grid/a1';
import { cellText, lastColumn } from '../grid/sheet-access';
import { storedColumns, storedRowsBetween } from '../grid/stored-cells';
import type { CellRange, Sheet, Workbook } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { labelUnit, normalizeLabel } from '../recognize/normalize-label';
import type { LabelledOrProjectTable } from '../recognize/model';
import type { SheetRecognition } from '../recognize/recognize-sheet';
import { DEFAULT_UNIT, findUnitNote } from '../recognize/unit-note';
import { findIndicatorHeader, findMoneyHeaders, segmentForms, type FormSegment, type MoneyHeader } from './find-form-blocks';
import { isFormTitle, pointsSection, statedPoints } from './form-labels';
import type { FormKind, FormMoneyRow, FormTable, FormVariant, StatedPoints } from './form-model';
import { readFormFields } from './read-form-fields';
import { readIndicatorBlock } from './read-indicator-block';
import { readMoneyBlock } from './read-money-block';

/** How far below its blocks a form's labelled fields are looked for. */
const TRAILING_ROWS = 20;

export function recognizeForms(workbook: Workbook): FormTable[] {
  return workbook.sheets.flatMap(recognizeSheetForms);
}

export function recognizeSheetForms(sheet: Sheet): FormTable[] {
  return segmentForms(sheet, findMoneyHeaders(sheet)).map((segment) => readForm(sheet, segment));
}

/**
 * Adds a sheet's forms to what table recognition found on it. A form's labels (主管部门, 其他资金,
 * 存在问题, a 项目 | 年初预算数 | … header) also look like a summary, unit info or project table:
 * whatever lies inside a form is the form's, so those tables and their problems are dropped.
 */
export function withForms(sheet: Sheet, found: SheetRecognition): SheetRecognition<LabelledOrProjectTable | FormTable> {
  const forms = recognizeSheetForms(sheet);
  if (forms.length === 0) return found;
  const inForm = (area: CellRange): boolean => forms.some((form) => contains(form.range, area));
  return {
    tables: [...found.tables.filter((table) => !inForm(table.range)), ...forms],
    problems: found.problems.filter((problem) => !forms.some((form) => problem.row >= form.range.top && problem.row <= form.range.bottom)),
  };
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function readForm(sheet: Sheet, segment: FormSegment): FormTable {
  const header = segment.money;
  const unit = formUnit(sheet, segment);
  const money = readMoneyBlock(sheet, header, segment.bottom, unit);
  const indicatorHeader = findIndicatorHeader(sheet, money.lastRow + 1, segment.bottom);
  const indicators = indicatorHeader ? readIndicatorBlock(sheet, indicatorHeader, segment.bottom) : null;
  const inIndicators = (row: number): boolean => indicatorHeader !== null && indicators !== null && row >= indicatorHeader.row && row <= indicators.lastRow;
  const inBlock = (row: number): boolean => (row >= header.row && row <= money.lastRow) || inIndicators(row);
  // the unit's own lines (评价结论, 存在问题, …) follow the blocks closely; a table further down is not the form's
  const fieldsBottom = Math.min(segment.bottom, (indicators?.lastRow ?? money.lastRow) + TRAILING_ROWS);
  const { fields, texts } = readFormFields(sheet, segment.top, fieldsBottom, inBlock);
  const title = findTitle(sheet, segment.top, header.row);
  const points = findStatedPoints(sheet, segment.top, indicators?.lastRow ?? money.lastRow);
  const formKind = kindOf(title, money.block.rows, fields);
  const subject = [fields.项目名称, fields.单位名称, fields.实施单位]
    .map((cell) => (cell ? cellText(sheet, cell.row, cell.column) : ''))
    .find((text) => text !== '');
  const lastRead = Math.max(money.lastRow, indicators?.lastRow ?? 0, ...texts.map((text) => text.row), ...Object.values(fields).map((cell) => cell.row));
  return {
    kind: 'form',
    sheet: sheet.name,
    range: rangeOf(sheet, segment.top, lastRead),
    unit,
    formKind,
    variant: variantOf(header, money.block.rows),
    title: title?.text ?? '',
    subject: subject ?? title?.text ?? sheet.name,
    fields,
    money: { ...money.block, ...(points.execution ? { statedPoints: points.execution } : {}) },
    ...(indicators ? { indicators: { ...indicators.block, ...(points.indicators ? { statedPoints: points.indicators } : {}) } } : {}),
    texts,
  };
}

/** The unit a header names (`项目资金（万元）`, `年初预算数（元）`), else a `单位：` note above, else 万元. */
function formUnit(sheet: Sheet, segment: FormSegment): MoneyUnit {
  for (const text of segment.money.texts.values()) {
    const unit = labelUnit(text);
    if (unit) return unit;
  }
  const right = lastColumn(sheet);
  for (const column of storedColumns(sheet, segment.money.row)) {
    const unit = labelUnit(cellText(sheet, segment.money.row, column));
    if (unit) return unit;
  }
  return findUnitNote(sheet, segment.top, segment.money.row, right) ?? DEFAULT_UNIT;
}

function findTitle(sheet: Sheet, top: number, bottom: number): { text: string; address: string } | null {
  for (const row of storedRowsBetween(sheet, top, bottom)) {
    for (const column of storedColumns(sheet, row)) {
      const text = cellText(sheet, row, column);
      if (text.length <= 60 && isFormTitle(text)) return { text, address: toA1(row, column) };
    }
  }
  return null;
}

/** `预算执行情况(10分)` and `绩效指标(90分)`: the points a section label states. */
function findStatedPoints(sheet: Sheet, top: number, bottom: number): { execution?: StatedPoints; indicators?: StatedPoints } {
  const found: { execution?: StatedPoints; indicators?: StatedPoints } = {};
  for (const row of storedRowsBetween(sheet, top, bottom)) {
    for (const column of storedColumns(sheet, row)) {
      const text = cellText(sheet, row, column);
      if (text === '' || text.length > 30) continue;
      const section = pointsSection(text);
      const points = section ? statedPoints(text) : null;
      if (section && points !== null) found[section] ??= { points, address: toA1(row, column), row };
    }
  }
  return found;
}

function kindOf(title: { text: string } | null, rows: readonly FormMoneyRow[], fields: FormTable['fields']): FormKind {
  if (title && /整体/.test(title.text)) return 'unit';
  if (title && /项目/.test(title.text)) return 'project';
  if (rows.some((row) => row.role === 'income' || row.role === 'expenditure')) return 'unit';
  return fields.单位名称 && !fields.项目名称 ? 'unit' : 'project';
}

/** Chongqing names its execution columns 执行率权重 / 执行率得分; Sichuan says 调整后预算数, 预算执行数, 权重. */
function variantOf(header: MoneyHeader, rows: readonly FormMoneyRow[]): FormVariant {
  const words = [...header.texts.values()].map(normalizeLabel);
  if (words.some((word) => /^执行率(?:权重|得分|分值)$/.test(word))) return 'chongqing';
  const sichuanWords = words.some((word) => /^(?:调整后预算数?|预算执行数|权重)$/.test(word));
  const sichuanRows = rows.some((row) => row.name === '财政专户管理资金' || row.name === '单位资金');
  return sichuanWords || sichuanRows ? 'sichuan' : 'national';
}

/** The rows a form spans, as wide as its widest filled cell or merged area (a title merged across). */
function rangeOf(sheet: Sheet, top: number, bottom: number): CellRange {
  let right = sheet.left;
  for (const row of storedRowsBetween(sheet, top, bottom)) {
    const columns = storedColumns(sheet, row);
    if (columns.length > 0) right = Math.max(right, columns[columns.length - 1]);
  }
  for (const merge of sheet.merges ?? []) if (merge.top >= top && merge.bottom <= bottom) right = Math.max(right, merge.right);
  return { top, left: sheet.left, bottom, right };
}
