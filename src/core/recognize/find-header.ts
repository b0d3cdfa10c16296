/**
 * Finds the header of a project table by its words, on any of the first rows of a sheet: titles
 * and unit notes above it, any column order, unknown columns ignored, and two-row header bands
 * (a merged 年中调整 over 调增 | 调减, or 预算数 over 年初 | 追加).
 */
import { toA1 } from '../grid/a1';
import { cellText, lastColumn } from '../grid/sheet-access';
import type { Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { MergedCells } from './merged-cells';
import type { ProjectField } from './model';
import { labelHasPercent, labelUnit, normalizeLabel } from './normalize-label';
import { matchField, type SynonymIndex } from './synonyms';

/** How far down a sheet a header is looked for. */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderCell {
  readonly column: number;
  readonly address: string;
  /** The header as read, a band's two levels joined by `/` (`年中调整/调增`). */
  readonly text: string;
  readonly field: ProjectField | null;
  /** The unit the header names for its column (`年初预算（元）`, or a `金额（元）` above it). */
  readonly unit: MoneyUnit | null;
}

export interface ProjectHeader {
  readonly headerRows: readonly [number, number];
  readonly columns: Partial<Record<ProjectField, number>>;
  /** Every non-empty header cell, recognised or not: what was looked at. */
  readonly cells: readonly HeaderCell[];
  readonly left: number;
  readonly right: number;
  /** Units named in the headers of amount columns (`年初预算（元）`). */
  readonly columnUnits: ReadonlyMap<number, MoneyUnit>;
  /** The 执行率 header says `%`: its plain numbers are percent points. */
  readonly ratePercentHeader: boolean;
}

/** A header needs 项目名称 and at least one more field to count as a project table's. */
export function isProjectHeader(header: ProjectHeader): boolean {
  return header.columns.项目名称 !== undefined && Object.keys(header.columns).length >= 2;
}

/**
 * The header of the first table below `fromRow` (rows `fromRow` … `fromRow + 29`): the first row
 * naming every required column, else the row naming most fields (to say what is missing there).
 */
export function findProjectHeader(
  sheet: Sheet,
  labels: SynonymIndex<ProjectField>,
  fromRow = sheet.top,
  required: readonly ProjectField[] = [],
): ProjectHeader | null {
  const right = lastColumn(sheet);
  const lastScanRow = Math.min(fromRow + HEADER_SCAN_ROWS - 1, sheet.top + sheet.values.length - 1);
  const merges = new MergedCells(sheet, fromRow, lastScanRow + 1, right);
  const singles: ProjectHeader[] = [];
  for (let row = fromRow; row <= lastScanRow + 1; row++) singles.push(readHeaderBand(sheet, labels, merges, row, row, right));
  let best: ProjectHeader | null = null;
  for (let row = fromRow; row <= lastScanRow; row++) {
    const single = singles[row - fromRow];
    const below = singles[row - fromRow + 1];
    // a band counts only when its two rows together name more fields than either row alone
    const band = readHeaderBand(sheet, labels, merges, row, row + 1, right);
    const candidate = fieldCount(band) > Math.max(fieldCount(single), fieldCount(below)) ? band : single;
    if (!isProjectHeader(candidate)) continue;
    if (required.every((field) => candidate.columns[field] !== undefined)) return withUnitRow(sheet, candidate);
    if (best === null || fieldCount(candidate) > fieldCount(best)) best = candidate;
  }
  return best && withUnitRow(sheet, best);
}

const UNIT_WORD = /^[([（【]?\s*(万元|元|%|％|人|个|名)\s*[)\]）】]?$/;

/** A row of units under the header (`万元 | 万元 | %`) belongs to the header and names the columns' units. */
function withUnitRow(sheet: Sheet, header: ProjectHeader): ProjectHeader {
  const row = header.headerRows[1] + 1;
  const units = new Map(header.columnUnits);
  let ratePercentHeader = header.ratePercentHeader;
  let seen = false;
  for (let column = header.left; column <= header.right; column++) {
    const text = cellText(sheet, row, column);
    if (text === '') continue;
    const match = UNIT_WORD.exec(text);
    if (!match) return header;
    seen = true;
    if (match[1] === '元' || match[1] === '万元') units.set(column, match[1]);
    if (column === header.columns.执行率 && labelHasPercent(match[1])) ratePercentHeader = true;
  }
  return seen ? { ...header, headerRows: [header.headerRows[0], row], columnUnits: units, ratePercentHeader } : header;
}

function fieldCount(header: ProjectHeader): number {
  return Object.keys(header.columns).length;
}

function readHeaderBand(sheet: Sheet, labels: SynonymIndex<ProjectField>, merges: MergedCells, top: number, bottom: number, right: number): ProjectHeader {
  const columns: Partial<Record<ProjectField, number>> = {};
  const cells: HeaderCell[] = [];
  const columnUnits = new Map<number, MoneyUnit>();
  let ratePercentHeader = false;
  // a cell merged down from a row above belongs to a band that starts higher
  const textAt = (row: number, column: number) => ((merges.areaOf(row, column)?.top ?? row) < top ? '' : merges.textAt(row, column));
  for (let column = sheet.left; column <= right; column++) {
    const parent = textAt(top, column);
    const parentArea = merges.areaOf(top, column);
    const sameMerge = bottom > top && parentArea !== undefined && parentArea.bottom >= bottom;
    const child = bottom > top && !sameMerge ? textAt(bottom, column) : '';
    // a child that repeats its parent is the same merged cell seen twice, not a second level
    const ownChild = child === parent ? '' : child;
    if (parent === '' && ownChild === '') continue;
    const parentIsOwn = parentArea === undefined || parentArea.left === parentArea.right;
    const field = matchHeader(labels, parent, ownChild, parentIsOwn);
    const text = parent && ownChild ? `${parent}/${ownChild}` : parent || ownChild;
    const unit = labelUnit(ownChild) ?? labelUnit(parent);
    cells.push({ column, address: toA1(ownChild ? bottom : top, column), text, field, unit });
  }
  const table = contiguousRun(cells);
  for (const { column, text, field, unit } of table) {
    if (field === null || columns[field] !== undefined) continue;
    columns[field] = column;
    if (unit) columnUnits.set(column, unit);
    if (field === '执行率') ratePercentHeader = labelHasPercent(text);
  }
  const left = table.length > 0 ? table[0].column : sheet.left;
  const last = table.length > 0 ? table[table.length - 1].column : sheet.left;
  return { headerRows: [top, bottom], columns, cells: table, left, right: last, columnUnits, ratePercentHeader };
}

/**
 * The header cells of one table: the run of adjacent non-empty cells around the first 项目名称.
 * The run crosses an empty column or two only towards a project field it does not have yet, so
 * labels written beside the table (`预算收入合计 | 2388.07`) stay out of it.
 */
function contiguousRun(cells: readonly HeaderCell[]): HeaderCell[] {
  if (cells.length === 0) return [];
  const anchor = Math.max(
    0,
    cells.findIndex((cell) => cell.field === '项目名称'),
  );
  const seen = new Set<ProjectField | null>([cells[anchor].field]);
  const joins = (near: HeaderCell, far: HeaderCell): boolean => {
    const gap = Math.abs(far.column - near.column) - 1;
    const joined = gap === 0 || (gap <= 2 && far.field !== null && !seen.has(far.field));
    if (joined) seen.add(far.field);
    return joined;
  };
  let start = anchor;
  let end = anchor;
  while (end < cells.length - 1 && joins(cells[end], cells[end + 1])) end++;
  while (start > 0 && joins(cells[start], cells[start - 1])) start--;
  return cells.slice(start, end + 1);
}

/** Tries the joined levels, then the lower level, then the upper one if it heads this column alone. */
function matchHeader(labels: SynonymIndex<ProjectField>, parent: string, child: string, parentIsOwn: boolean): ProjectField | null {
  if (child === '') return matchField(labels, normalizeLabel(parent));
  return (
    matchField(labels, normalizeLabel(parent + child)) ??
    matchField(labels, normalizeLabel(child)) ??
    (parentIsOwn ? matchField(labels, normalizeLabel(parent)) : null)
  );
}
