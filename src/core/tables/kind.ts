/**
 * A table kind as data, like a rule's meta: its fields and synonyms, how it is found, and the
 * identities it carries as rulebook formulas. One file per kind in kinds/, listed in index.ts;
 * the parity test (test/core/tables/registry.test.ts) checks each is registered, tested and documented.
 */
import type { LocalizedText } from '../findings/finding-types';
import type { CellRange, Sheet } from '../grid/types';
import type { RuleContext, RuleParam, RuleReport } from '../rules/types';
import type { RecognizedTable } from './model';
import type { IdentityPlace, OfficialTable } from './official-table';

export type FieldType = 'money' | 'count' | 'rate' | 'score' | 'text';

export interface FieldSpec {
  /** Canonical name, as formulas and `officialField` use it. */
  readonly name: string;
  /** Other words people write for it (already normalised: no numbering, spaces or brackets). */
  readonly synonyms?: readonly string[];
  readonly type: FieldType;
  readonly required?: boolean;
  /** A workbook may lack it: a rulebook formula then counts it as 0 (else the formula is not checked there). */
  readonly missingIsZero?: boolean;
}

/**
 * How a kind is found: a header row over one row per item; a label column beside values; label/value
 * pairs across a row; a two-sided form (income and expenditure label columns with amounts beside
 * them); an indicator block; the money and indicator blocks of a self-evaluation form.
 */
export type FindBy = 'header-row' | 'label-column' | 'label-pairs' | 'two-sided' | 'indicator-block' | 'form-blocks';

export interface Identity {
  /** Unique within the kind; a rulebook replaces the formula under the param `<kind>.<id>` of table-identities. */
  readonly id: string;
  /** As people read it; fields are the names a place gives (`收入总计 = 收入各项之和`). */
  readonly formula: string;
  readonly description: LocalizedText;
  /** Fields that may be missing at a place (they count as 0). */
  readonly optional?: readonly string[];
  /** Checked by the kind's own `check` (a min(), a ratio, a count), not by the formula evaluator. */
  readonly custom?: boolean;
  /** Checked by this built-in rule instead (the seed's kinds, whose identities are rules of their own). */
  readonly rule?: string;
}

/** Where a bureau's custom rule over this kind is checked: the `scope` it writes, and what a place is. */
export interface RulebookScope {
  readonly id: string;
  readonly name: LocalizedText;
}

export interface TableKind {
  readonly id: string;
  readonly name: LocalizedText;
  /** Where the layout is described (spec file and section). */
  readonly spec: string;
  readonly findBy: FindBy;
  readonly fields: readonly FieldSpec[];
  readonly identities: readonly Identity[];
  /**
   * The rulebook scope whose formulas name this kind's money and count fields (tables/scopes.ts).
   * An official kind is one by default — its id, one place per table; `false` when its figures are
   * not table-wide (an indicator block's rows). The seed's kinds name theirs (`project-row`).
   */
  readonly rulebookScope?: RulebookScope | false;
  /**
   * Finds this kind's tables on a sheet, outside the areas other kinds have claimed. Kinds that
   * recognize/ and forms/ read (project table, summary, unit info, forms) have none here.
   */
  recognize?(sheet: Sheet, claimed: readonly CellRange[]): OfficialTable[];
  /** Places that compare this kind's tables with others of the workbook (cross-checks). */
  link?(table: OfficialTable, all: readonly RecognizedTable[]): IdentityPlace[];
  /** Messages of the custom identities, by message id (the table-identities rule shows them). */
  readonly messages?: Readonly<Record<string, LocalizedText>>;
  /** The custom identities' check. */
  check?(table: OfficialTable, context: RuleContext): RuleReport[];
  /** Settings of the custom check (a tolerance), offered as the params `<kind>.<name>` of table-identities. */
  readonly params?: Readonly<Record<string, RuleParam>>;
}
