/**
 * An official table as recognition reads it (official-layouts.md): its named figures, each kept
 * with its cell, and the places where its identities are checked. A place names, for each field
 * of an identity's formula, the cells whose sum is that field's value there — so one formula such
 * as `收入总计 = 收入各项之和` is checked on any number of income lines.
 */
import type { AmountCell, TableBase } from '../recognize/model';

/** The official kinds (src/core/tables/kinds/); the project table, summary, unit info and forms keep their own ids. */
export type OfficialKindId =
  | 'budget-summary'
  | 'appropriation-summary'
  | 'final-accounts'
  | 'basic-data'
  | 'indicator-block'
  | 'hunan-indicator-table'
  | 'project-plan'
  | 'three-public-budget'
  | 'classified-budget'
  | 'budget-notes';

/** A cell of a place: in another sheet for a cross-check between tables. */
export interface PlaceCell extends AmountCell {
  readonly sheet: string;
}

export interface IdentityPlace {
  /** The identity of the table's kind checked here. */
  readonly identity: string;
  readonly sheet: string;
  /** The row a finding highlights: the total's or the line's. */
  readonly row: number;
  /** What the finding is about: `收入总计`, `一、财政拨款收入`, `支出总计（人员经费）`. */
  readonly subject: string;
  /** Field name → the cells summed for it; a field not given is absent. */
  readonly values: Readonly<Record<string, readonly PlaceCell[]>>;
}

/** One indicator row of an indicator block (Chongqing): the figures its identities need. */
export interface IndicatorLine {
  readonly row: number;
  readonly name: string;
  /** `≥`, `≤`, `=`, or null for a qualitative indicator. */
  readonly nature: '≥' | '≤' | '=' | null;
  readonly target: NumberCell | null;
  readonly actual: NumberCell | null;
  readonly coefficient: NumberCell | null;
  readonly weight: NumberCell | null;
  readonly score: NumberCell | null;
  readonly core: boolean;
  /** The row's 计量单位 as written, where the table has that column (`%`: a bare 0.5 is 0.5%). */
  readonly unitText?: string;
}

/** A number read from a cell: `72.74%` → 72.74 with unit `%`, `2200篇` → 2200 with unit `篇`. */
export interface NumberCell {
  readonly address: string;
  readonly row: number;
  readonly column: number;
  readonly value: number;
  readonly unit: string;
  readonly text: string;
  readonly fromText: boolean;
}

export interface OfficialTable extends TableBase {
  readonly kind: OfficialKindId;
  /** The table's title as written above it, if any (`2026年预算单位财务收支预算总表`). */
  readonly title: string | null;
  /**
   * Named figures, by canonical name: `收入总计`, `一般公共预算`, `项目支出`, and for a table with
   * several amount columns `line.column` (`三公经费.本年决算数`). What cross-checks, indicators and
   * the draft read: `officialField(workbook, kind, name)` (tables/fields.ts).
   */
  readonly fields: Readonly<Record<string, PlaceCell>>;
  /** Head counts and rates of the basic-data table (`编制数`, `实际在职人数`, `控制率`), as numbers. */
  readonly numbers: Readonly<Record<string, NumberCell>>;
  readonly places: readonly IdentityPlace[];
  /** Every amount cell read: error values and numbers stored as text are reported from these. */
  readonly cells: readonly PlaceCell[];
  /** Indicator rows (indicator-block only). */
  readonly indicators?: readonly IndicatorLine[];
  /** Rows read, for the CLI's table list. */
  readonly rowCount: number;
}
