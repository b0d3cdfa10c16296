/**
 * Where a unit's money comes from, as its 收支总表 (T1) says: some cross-checks among the nine
 * budget tables hold as equalities only when all the money is 财政拨款, or all of it 一般公共预算
 * (official-layouts.md §A2). Without a 收支总表 neither is assumed.
 */
import { usableFen } from '../../money/read-amount';
import type { RecognizedTable } from '../model';
import type { OfficialTable, PlaceCell } from '../official-table';

export interface FundingSources {
  /** Every income line but 财政拨款收入 (and its 其中 lines) holds nothing. */
  readonly allAppropriation: boolean;
  /** …and within 财政拨款, only 一般公共预算 holds money. */
  readonly allGeneralBudget: boolean;
}

const NONE: FundingSources = { allAppropriation: false, allGeneralBudget: false };

/** A cell left blank or holding 0 (an error value or text is not nothing: it is reported elsewhere). */
function holdsNothing(cell: PlaceCell | undefined): boolean {
  if (!cell || cell.reading.kind === 'empty') return true;
  return usableFen(cell.reading) === 0n;
}

/** A cell with something written in it: a table left blank (a template, a fund the unit has not) is not compared. */
export function filled(cell: PlaceCell | undefined): cell is PlaceCell {
  return cell !== undefined && cell.reading.kind !== 'empty';
}

function holdsMoney(cell: PlaceCell | undefined): cell is PlaceCell {
  if (!cell || cell.reading.kind === 'empty') return false;
  const fen = usableFen(cell.reading);
  return fen !== null && fen !== 0n;
}

export function isOfficial(table: RecognizedTable): table is OfficialTable {
  return 'places' in table && 'numbers' in table;
}

export function fundingSources(all: readonly RecognizedTable[]): FundingSources {
  const summary = all.find((table): table is OfficialTable => isOfficial(table) && table.kind === 'budget-summary');
  if (!summary) return NONE;
  const appropriation = summary.fields.财政拨款收入;
  if (!holdsMoney(appropriation)) return NONE;
  // the income lines 收入总计 sums (一、二、三…): all but 财政拨款收入 must be empty or 0
  const lines = summary.places.find((place) => place.identity === 'income-total')?.values.收入各项之和 ?? [];
  const allAppropriation = lines.every((cell) => cell.address === appropriation.address || holdsNothing(cell));
  const { 一般公共预算: general, 政府性基金预算: fund, 国有资本经营预算: capital } = summary.fields;
  const generalOnly = holdsMoney(general) && usableFen(general.reading) === usableFen(appropriation.reading) && holdsNothing(fund) && holdsNothing(capital);
  return { allAppropriation, allGeneralBudget: allAppropriation && generalOnly };
}
