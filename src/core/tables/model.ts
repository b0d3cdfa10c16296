/**
 * Everything recognition finds in a workbook: the project tables, summary and unit info
 * (recognize/), the self-evaluation forms (forms/), and the official layouts (tables/kinds/).
 * This module sits above those folders, so none of them needs to import another's whole.
 */
import type { FormulaValuesReport } from '../formulas/compute-formulas';
import type { Sheet } from '../grid/types';
import type { FormTable } from '../forms/form-model';
import type { LabelledOrProjectTable, RecognitionProblem } from '../recognize/model';
import type { OfficialTable } from './official-table';

export type RecognizedTable = LabelledOrProjectTable | FormTable | OfficialTable;

export interface RecognizedWorkbook {
  readonly tables: readonly RecognizedTable[];
  readonly problems: readonly RecognitionProblem[];
  /** The workbook's sheets as read (the same objects, not a copy), for rules that look past the tables, such as circular-references. */
  readonly sheets: readonly Sheet[];
  /** Set when the file held formulas without their values and they were computed (formulas/compute-formulas.ts). */
  readonly formulaValues?: FormulaValuesReport;
}
