/**
 * What recognition finds in a workbook: tables and forms located by their headers and labels,
 * each value kept with the cell it came from so findings can name and highlight it.
 * Field keys are the canonical Chinese names used by the rulebook's formulas.
 */
import type { CellRange, CellValue } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import type { AmountReading } from '../money/read-amount';
import type { AmountColumn } from './amount-column';
import type { RateColumn } from './rate-column';

/** Amount columns of the project table (canonical names; synonyms live in synonyms.ts). */
export const PROJECT_AMOUNT_FIELDS = [
  '年初预算',
  '上级转移支付',
  '年中调增',
  '年中调减',
  '年中调整', // one signed column instead of 调增/调减
  '追加',
  '实际支出',
  '结余结转',
  '全年预算数',
] as const;
export type ProjectAmountField = (typeof PROJECT_AMOUNT_FIELDS)[number];

export const PROJECT_TEXT_FIELDS = ['序号', '项目名称', '子项目', '主要用途'] as const;
export type ProjectTextField = (typeof PROJECT_TEXT_FIELDS)[number];

export type ProjectField = ProjectAmountField | ProjectTextField | '执行率';

export const SUMMARY_FIELDS = ['预算收入合计', '年初预算', '调整追加', '其他资金', '支出合计', '基本支出', '项目支出', '结余结转'] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

export const UNIT_INFO_FIELDS = [
  '单位名称',
  '年度',
  '单位级别',
  '单位性质',
  '主要职责',
  '编制类型', // 事业编制 / 行政编制, taken from the label of the 编制数 cell
  '编制数',
  '实有人数',
  '在职人员',
  '劳务派遣人员',
  '离休',
  '退休',
  '内设机构数',
  '内设机构',
  '所属单位数',
  '主管部门',
  '预算级次',
  '工作成效',
  '问题',
  '改进措施',
  '其他说明',
] as const;
export type UnitInfoField = (typeof UNIT_INFO_FIELDS)[number];

/** One cell that was read, with how it was read. */
export interface ReadCell {
  readonly row: number;
  readonly column: number;
  /** A1 address, e.g. `C5`. */
  readonly address: string;
  readonly value: CellValue;
  /** The cell's formula with its leading `=`, if it has one. */
  readonly formula: string | null;
}

export interface AmountCell extends ReadCell {
  readonly reading: AmountReading;
}

/** A percentage cell: `ratio` is the value as a fraction (95.23% → 0.9523), null when unreadable. */
export interface RateCell extends ReadCell {
  readonly ratio: number | null;
}

export type ProjectRowKind = 'project' | 'total' | 'sub-item';

export interface ProjectRow {
  readonly kind: ProjectRowKind;
  readonly row: number;
  /** Project name, sub-item name (without its `（1）` marker) or the total's label. */
  readonly name: string;
  /** The row's amount cells: made from the table's `amountColumns` when first asked (rules walking every row read those). */
  readonly amounts: Partial<Record<ProjectAmountField, AmountCell>>;
  readonly rate?: RateCell;
  readonly purpose?: string;
  /** For a sub-item: the row of the project it belongs to. */
  readonly parentRow?: number;
}

export interface TableBase {
  readonly sheet: string;
  /** The cells the table covers, header included. */
  readonly range: CellRange;
  /** The money unit the table's amounts are written in (from a `单位：元` note; default 万元). */
  readonly unit: MoneyUnit;
}

export interface ProjectTable extends TableBase {
  readonly kind: 'projects';
  /** First and last header row (two when headers are merged across two rows). */
  readonly headerRows: readonly [number, number];
  /** Column number of each recognised field. */
  readonly columns: Partial<Record<ProjectField, number>>;
  readonly projects: readonly ProjectRow[];
  readonly subItems: readonly ProjectRow[];
  readonly totals: readonly ProjectRow[];
  /**
   * Every recognised amount column's readings, by sheet row: what rules walking all rows read (the
   * rows' `amounts` are cell records made from these when asked, for findings and the report).
   */
  readonly amountColumns: Partial<Record<ProjectAmountField, AmountColumn>>;
  /** The 执行率 column's ratios, by sheet row. */
  readonly rateColumn?: RateColumn;
}

/** A value found beside its label. */
export interface LabelledCell extends ReadCell {
  readonly label: string;
  /** The label cell's address. */
  readonly labelAddress: string;
}

export interface LabelledAmount extends LabelledCell {
  readonly reading: AmountReading;
}

export interface SummaryTable extends TableBase {
  readonly kind: 'summary';
  readonly fields: Partial<Record<SummaryField, LabelledAmount>>;
}

export interface UnitInfo extends TableBase {
  readonly kind: 'unit-info';
  readonly fields: Partial<Record<UnitInfoField, LabelledCell>>;
}

/** The tables this folder recognises; the whole set, with the forms and official layouts, is tables/model.ts. */
export type LabelledOrProjectTable = ProjectTable | SummaryTable | UnitInfo;

/** Something recognition could not do, said to the user (e.g. a required column is missing). */
export interface RecognitionProblem {
  readonly sheet: string;
  /** Row to point at (the header row searched, or 1). */
  readonly row: number;
  readonly cells: readonly string[];
  readonly messageId:
    | 'missing-column'
    | 'duplicate-column'
    | 'no-table'
    | 'no-header'
    | 'ambiguous-unit'
    // a row of figures without a name, and a total row without its 合计 label (read as a total by its formulas)
    | 'unnamed-row'
    | 'unnamed-row-merged'
    | 'unlabelled-total'
    | 'unlabelled-total-merged'
    // a header that looked like a project table but lacks most of its columns: said, not an error
    | 'not-a-table';
  readonly data: Readonly<Record<string, string | number>>;
}
