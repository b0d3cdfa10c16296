/**
 * The one adapter between recognition and the indicators: (table, field) → value with its cells.
 * Today it reads what recognition provides — the 收支总表 summary fields, the unit info's 编制数 and
 * 在职人员, a unit form's 编制数 and 实际在职人数 — and a 上年数 column beside the summary's values. The official 收支总表, the 决算 summary and the
 * Hunan 基础数据表 (三公经费, 公用经费, 政府采购, 上年决算数) come with the table kinds of issue [2]:
 * only this file changes then. A field nothing provides is unavailable, never 0 — except the
 * optional ones listed, which count as 0 and are said to.
 */
import { formsOf } from '../forms/form-rule-support';
import type { LabelledCell, SummaryField, SummaryTable, UnitInfo } from '../recognize/model';
import { officialField } from '../tables/fields';
import type { RecognizedWorkbook } from '../tables/model';
import type { FieldValue } from '../rulebook/evaluate-formula';
import { toA1 } from '../grid/a1';
import { cellText, cellValue, lastColumn } from '../grid/sheet-access';
import { readAmount, usableFen } from '../money/read-amount';
import { readCount } from '../rules/support/field-values';
import type { InputTable } from './types';

export interface InputField {
  readonly table: InputTable;
  /** Counts as 0 when the workbook has no such line (a carry-over the workbook never mentions). */
  readonly optional?: boolean;
  /** A figure of the previous year: missing means “needs last year's figure”, never guessed. */
  readonly lastYear?: boolean;
}

/** Every field an indicator formula may name. */
export const INPUT_FIELDS: Readonly<Record<string, InputField>> = {
  预算收入合计: { table: 'summary' },
  年初预算: { table: 'summary' },
  调整追加: { table: 'summary', optional: true },
  其他资金: { table: 'summary', optional: true },
  支出合计: { table: 'summary' },
  基本支出: { table: 'summary' },
  项目支出: { table: 'summary' },
  结余结转: { table: 'summary' },
  上年结转: { table: 'summary', optional: true },
  上年结余结转: { table: 'summary', lastYear: true },
  一般公共预算支出: { table: 'final-accounts' },
  编制数: { table: 'unit-info' },
  在职人员: { table: 'unit-info' },
  三公经费本年预算数: { table: 'basic-data' },
  三公经费本年决算数: { table: 'basic-data' },
  三公经费上年决算数: { table: 'basic-data', lastYear: true },
  三公经费上年预算数: { table: 'basic-data', lastYear: true },
  公用经费本年预算数: { table: 'basic-data' },
  公用经费本年决算数: { table: 'basic-data' },
  政府采购预算数: { table: 'basic-data' },
  政府采购实际金额: { table: 'basic-data' },
};

export interface IndicatorInputs {
  /** The value of a field for the evaluator, its cells sheet-qualified (`收支总表!B6`). */
  resolve(field: string): FieldValue;
}

/** Our field → the Hunan 基础数据表's (issue [2], tables/kinds/basic-data.ts: line.column). */
const BASIC_DATA: Readonly<Record<string, string>> = {
  三公经费本年预算数: '三公经费.本年预算数',
  三公经费本年决算数: '三公经费.本年决算数',
  三公经费上年决算数: '三公经费.上年决算数',
  三公经费上年预算数: '三公经费.上年预算数',
  公用经费本年预算数: '公用经费.本年预算数',
  公用经费本年决算数: '公用经费.本年决算数',
  政府采购预算数: '政府采购金额.本年预算数',
  政府采购实际金额: '政府采购金额.本年决算数',
  编制数: '编制数',
  在职人员: '实际在职人数',
};

/** A 基础数据表 figure with its cell, or null when the workbook has no such table or line. */
function basicData(workbook: RecognizedWorkbook, field: string): FieldValue | null {
  const name = BASIC_DATA[field];
  const reading = name ? officialField(workbook, 'basic-data', name) : null;
  if (!reading) return null;
  const value = reading.kind === 'money' ? reading.fen : Number.isSafeInteger(reading.value) ? BigInt(reading.value) : null;
  return value === null ? null : { kind: 'value', value, cells: [`${reading.sheet}!${reading.cell}`] };
}

const UNAVAILABLE: FieldValue = { kind: 'unavailable' };
const ABSENT: FieldValue = { kind: 'absent' };

export function indicatorInputs(workbook: RecognizedWorkbook): IndicatorInputs {
  const summary = workbook.tables.find((table): table is SummaryTable => table.kind === 'summary');
  const unitInfo = workbook.tables.find((table): table is UnitInfo => table.kind === 'unit-info');
  const unitForm = formsOf(workbook).find((form) => form.fields.编制数 && form.fields.实际在职人数);
  const staff = (field: '编制数' | '在职人员'): FieldValue => {
    const fromInfo = unitInfo && countOf(unitInfo.sheet, unitInfo.fields[field]);
    if (fromInfo && fromInfo.kind === 'value') return fromInfo;
    const formField = field === '在职人员' ? '实际在职人数' : '编制数';
    const fromForm = unitForm && countOf(unitForm.sheet, unitForm.fields[formField]);
    return fromForm || basicData(workbook, field) || UNAVAILABLE;
  };
  const resolve = (field: string): FieldValue => {
    const spec = INPUT_FIELDS[field];
    if (!spec) return UNAVAILABLE;
    if (field === '编制数' || field === '在职人员') return staff(field);
    if (spec.table === 'basic-data') return basicData(workbook, field) ?? UNAVAILABLE;
    if (spec.table === 'summary' && summary) {
      const value = summary.fields[field as SummaryField] ? amountOf(summary.sheet, summary.fields[field as SummaryField]) : null;
      if (value) return value;
      const previous = LAST_YEAR_OF[field] && previousYear(workbook, summary, LAST_YEAR_OF[field]);
      if (previous) return previous;
    }
    // a line the summary does not have: 0 when it is optional and a summary is there, else unknown
    return spec.optional && summary ? ABSENT : UNAVAILABLE;
  };
  return { resolve };
}

/**
 * Figures of the previous year read from a 上年数 / 上年决算数 column beside the summary's values:
 * last year's 年末结余结转 is this year's 上年结转 too (the carry-over the Hunan 预算完成率 adds).
 */
const LAST_YEAR_OF: Readonly<Record<string, SummaryField>> = { 上年结余结转: '结余结转', 上年结转: '结余结转' };

const PREVIOUS_YEAR_HEADER = /^上年(?:决算|预算|执行)?数?$/;
/** How far above the summary's first value a column header may stand. */
const HEADER_ROWS_ABOVE = 3;

function previousYear(workbook: RecognizedWorkbook, summary: SummaryTable, field: SummaryField): FieldValue | null {
  const cell = summary.fields[field];
  const sheet = workbook.sheets.find((candidate) => candidate.name === summary.sheet);
  if (!cell || !sheet) return null;
  for (let row = Math.max(1, summary.range.top - HEADER_ROWS_ABOVE); row <= summary.range.top; row++) {
    for (let column = cell.column + 1; column <= lastColumn(sheet); column++) {
      if (!PREVIOUS_YEAR_HEADER.test(cellText(sheet, row, column).replace(/\s/g, ''))) continue;
      const reading = readAmount(cellValue(sheet, cell.row, column), summary.unit);
      const fen = reading.kind === 'empty' ? null : usableFen(reading);
      return fen === null ? null : { kind: 'value', value: fen, cells: [`${summary.sheet}!${toA1(cell.row, column)}`] };
    }
  }
  return null;
}

function amountOf(sheet: string, cell: (LabelledCell & { reading: Parameters<typeof usableFen>[0] }) | undefined): FieldValue | null {
  if (!cell || cell.reading.kind === 'empty') return null;
  const fen = usableFen(cell.reading);
  return fen === null ? UNAVAILABLE : { kind: 'value', value: fen, cells: [`${sheet}!${cell.address}`] };
}

function countOf(sheet: string, cell: LabelledCell | undefined): FieldValue | null {
  if (!cell || cell.value === null || cell.value === '') return null;
  const count = readCount(cell.value);
  return count === null ? UNAVAILABLE : { kind: 'value', value: BigInt(count), cells: [`${sheet}!${cell.address}`] };
}
