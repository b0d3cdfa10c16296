/**
 * Builds the summary (收支总表) and unit info (基本情况) of a sheet from its labelled values.
 * A sheet counts as holding one only when at least two of its fields are found — for the summary,
 * two whose values are amounts or empty; for unit info, one of them naming the unit or its staff —
 * so a stray `项目支出` title, or the labels of an official form (主管部门, 存在问题, a 年初预算
 * column header), do not make a table.
 */
import { lastColumn } from '../grid/sheet-access';
import type { CellRange, Sheet } from '../grid/types';
import type { MoneyUnit } from '../money/fen';
import { readAmount } from '../money/read-amount';
import { findLabelledValues, boundingRange, type LabelHit } from './labelled-values';
import type { LabelledAmount, LabelledCell, SummaryField, SummaryTable, UnitInfo, UnitInfoField } from './model';
import { labelUnit, normalizeLabel } from './normalize-label';
import { matchField, type SeedLabels } from './synonyms';
import { DEFAULT_UNIT, findUnitNote } from './unit-note';

const MIN_FIELDS = 2;
const IDENTITY_FIELDS: readonly UnitInfoField[] = ['单位名称', '单位级别', '单位性质', '主要职责', '编制数', '实有人数', '在职人员'];

type LabelMatch = { readonly table: 'summary'; readonly field: SummaryField } | { readonly table: 'unit-info'; readonly field: UnitInfoField };

function labelMatcher(labels: SeedLabels): (normalized: string) => LabelMatch | null {
  return (normalized) => {
    const summaryField = matchField(labels.summary, normalized);
    if (summaryField) return { table: 'summary', field: summaryField };
    const unitField = matchField(labels.unitInfo, normalized);
    return unitField ? { table: 'unit-info', field: unitField } : null;
  };
}

export function readLabelledTables(sheet: Sheet, labels: SeedLabels, excluded: readonly CellRange[]): (SummaryTable | UnitInfo)[] {
  const hits = findLabelledValues(sheet, labelMatcher(labels), excluded);
  const summaryHits = hits.filter((hit): hit is LabelHit<Extract<LabelMatch, { table: 'summary' }>> => hit.match.table === 'summary');
  const unitHits = hits.filter((hit): hit is LabelHit<Extract<LabelMatch, { table: 'unit-info' }>> => hit.match.table === 'unit-info');
  const tables: (SummaryTable | UnitInfo)[] = [];
  const summary = buildSummary(sheet, summaryHits);
  if (summary) tables.push(summary);
  const unitInfo = buildUnitInfo(sheet, unitHits);
  if (unitInfo) tables.push(unitInfo);
  return tables;
}

function labelled(hit: LabelHit<unknown>): LabelledCell {
  return { ...hit.valueCell, label: hit.label, labelAddress: hit.labelCell.address };
}

function buildSummary(sheet: Sheet, hits: readonly LabelHit<{ field: SummaryField }>[]): SummaryTable | null {
  if (hits.length === 0) return null;
  const unit = unitAbove(sheet, hits);
  const fields: Partial<Record<SummaryField, LabelledAmount>> = {};
  for (const hit of hits) {
    if (fields[hit.match.field]) continue;
    const cell = labelled(hit);
    fields[hit.match.field] = { ...cell, reading: readAmount(cell.value, labelUnit(hit.label) ?? unit) };
  }
  const amountFields = Object.values(fields).filter((field) => field.reading.kind !== 'text');
  if (amountFields.length < MIN_FIELDS) return null;
  return { kind: 'summary', sheet: sheet.name, range: rangeOf(hits), unit, fields };
}

function buildUnitInfo(sheet: Sheet, hits: readonly LabelHit<{ field: UnitInfoField }>[]): UnitInfo | null {
  if (hits.length === 0) return null;
  const fields: Partial<Record<UnitInfoField, LabelledCell>> = {};
  for (const hit of hits) {
    const field = refineField(hit.match.field, hit.valueCell.value);
    if (fields[field]) continue;
    fields[field] = labelled(hit);
    if (field === '编制数') {
      // the label says which kind of posts these are (事业编制, 行政编制): the draft names it
      const kind = normalizeLabel(hit.label).replace(/(?:人数|数)$/, '');
      fields.编制类型 = { ...hit.labelCell, value: kind, label: hit.label, labelAddress: hit.labelCell.address };
    }
  }
  if (Object.keys(fields).length < MIN_FIELDS || !IDENTITY_FIELDS.some((field) => fields[field])) return null;
  return { kind: 'unit-info', sheet: sheet.name, range: rangeOf(hits), unit: unitAbove(sheet, hits), fields };
}

/** `内设机构 | 3` is the count of offices; `内设机构 | 综合室、…` their names. */
function refineField(field: UnitInfoField, value: unknown): UnitInfoField {
  if (field !== '内设机构') return field;
  const isCount = typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*个?\s*$/.test(value));
  return isCount ? '内设机构数' : field;
}

function unitAbove(sheet: Sheet, hits: readonly LabelHit<unknown>[]): MoneyUnit {
  const firstRow = Math.min(...hits.map((hit) => hit.labelCell.row));
  return findUnitNote(sheet, sheet.top, firstRow, lastColumn(sheet)) ?? DEFAULT_UNIT;
}

function rangeOf(hits: readonly LabelHit<unknown>[]): CellRange {
  return boundingRange(hits.flatMap((hit) => [hit.labelCell, hit.valueCell]));
}
