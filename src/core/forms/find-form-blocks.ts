/**
 * Finds where the forms of a sheet are: each form has one money block, whose header row names
 * the 全年执行数 and a budget column beside a 得分 or 分值 (权重) column. Several forms may be
 * stacked on one sheet; each runs from its title (or its 项目名称 line) to the next form's start.
 */
import { cellText, lastRow } from '../grid/sheet-access';
import { someStoredText, storedColumns, storedRows } from '../grid/stored-cells';
import type { Sheet } from '../grid/types';
import { labelHasPercent } from '../recognize/normalize-label';
import { hasText } from '../tables/support/labelled-cells';
import { isFormTitle, matchFormField, matchIndicatorColumn, matchMoneyColumn } from './form-labels';
import type { FormMoneyBlockColumn, IndicatorColumn } from './form-model';

export interface BlockHeader<C extends string> {
  readonly row: number;
  readonly columns: Partial<Record<C, number>>;
  /** Header texts by column, as written. */
  readonly texts: ReadonlyMap<number, string>;
}

export type MoneyHeader = BlockHeader<FormMoneyBlockColumn> & { readonly ratePercentHeader: boolean };
export type IndicatorHeader = BlockHeader<IndicatorColumn>;

export interface FormSegment {
  /** First row of the form (its title, else its 项目名称 / 单位名称 line, else the money header). */
  readonly top: number;
  readonly bottom: number;
  readonly money: MoneyHeader;
}

function readHeader<C extends string>(sheet: Sheet, row: number, match: (text: string) => C | null): BlockHeader<C> {
  const columns: Partial<Record<C, number>> = {};
  const texts = new Map<number, string>();
  for (const column of storedColumns(sheet, row)) {
    const text = cellText(sheet, row, column);
    if (text === '' || text.length > 30) continue;
    const field = match(text);
    if (field === null || columns[field] !== undefined) continue;
    columns[field] = column;
    texts.set(column, text);
  }
  return { row, columns, texts };
}

/** A cheap look at a row before reading it as a header: every money header names a score. */
const SCORE_WORD = /得分|分值|权重/;
const mentionsScore = (text: string): boolean => SCORE_WORD.test(text);
const mentionsIndicatorLevel = (text: string): boolean => text.includes('一级指标');

export function isMoneyHeader(columns: Partial<Record<FormMoneyBlockColumn, number>>): boolean {
  return (
    columns.全年执行数 !== undefined &&
    (columns.全年预算数 !== undefined || columns.年初预算数 !== undefined) &&
    (columns.得分 !== undefined || columns.分值 !== undefined)
  );
}

export function findMoneyHeaders(sheet: Sheet): MoneyHeader[] {
  // the sheet's texts are listed once for all kinds: one without a score word holds no form (a project sheet)
  if (!hasText(sheet, mentionsScore)) return [];
  const headers: MoneyHeader[] = [];
  for (const row of storedRows(sheet)) {
    if (!someStoredText(sheet, row, mentionsScore)) continue;
    const header = readHeader(sheet, row, matchMoneyColumn);
    if (!isMoneyHeader(header.columns)) continue;
    const rateColumn = header.columns.执行率;
    const ratePercentHeader = rateColumn !== undefined && labelHasPercent(header.texts.get(rateColumn) ?? '');
    headers.push({ ...header, ratePercentHeader });
  }
  return headers;
}

/** The indicator block's header between two rows: 一级指标 beside 二级指标 or 三级指标. */
export function findIndicatorHeader(sheet: Sheet, fromRow: number, toRow: number): IndicatorHeader | null {
  for (const row of storedRows(sheet)) {
    if (row < fromRow || row > toRow || !someStoredText(sheet, row, mentionsIndicatorLevel)) continue;
    const header = readHeader(sheet, row, matchIndicatorColumn);
    if (header.columns.一级指标 !== undefined && (header.columns.二级指标 !== undefined || header.columns.三级指标 !== undefined)) {
      return header;
    }
  }
  return null;
}

function rowHas(sheet: Sheet, row: number, test: (text: string) => boolean): boolean {
  return someStoredText(sheet, row, (value) => value.length <= 60 && test(value));
}

const isHeadLabel = (text: string): boolean => {
  const field = matchFormField(text);
  return field === '项目名称' || field === '单位名称';
};

/** Splits a sheet into its forms, one per money header. */
export function segmentForms(sheet: Sheet, headers: readonly MoneyHeader[]): FormSegment[] {
  const tops = headers.map((header, i) => {
    const after = i === 0 ? sheet.top : headers[i - 1].row + 1;
    for (let row = header.row; row >= after; row--) if (rowHas(sheet, row, isFormTitle)) return row;
    if (i === 0) return sheet.top;
    for (let row = header.row; row >= after; row--) if (rowHas(sheet, row, isHeadLabel)) return row;
    return header.row;
  });
  return headers.map((money, i) => ({
    top: tops[i],
    bottom: i + 1 < headers.length ? tops[i + 1] - 1 : lastRow(sheet),
    money,
  }));
}
