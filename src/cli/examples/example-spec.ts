/**
 * The shape of an example workbook's content: what a unit fills in, each figure with the
 * sentence of the source report it comes from, so a reviewer can trace every number.
 */

/** A value and where it was taken from (a quotation of the source text). */
export interface Sourced<T> {
  readonly value: T;
  readonly origin: string;
}

/** One label beside its value on the 基本情况 sheet. */
export interface UnitInfoEntry extends Sourced<string | number | null> {
  readonly label: string;
  /** Long text (duties, achievements): wrapped in a tall row. */
  readonly long?: boolean;
}

/** One label beside its amount on the 收支总表 sheet, in 万元. */
export interface SummaryEntry extends Sourced<number | null> {
  readonly label: string;
  /** Indented under the total above it (其中). */
  readonly part?: boolean;
}

export interface SubItemSpec {
  /** Shown as `（n）name` in the 项目名称 column. */
  readonly name: string;
  readonly spending: number;
  readonly purpose: string;
  readonly origin: string;
}

/** A project row, amounts in 万元 (年中调增 and 年中调减 both non-negative). */
export interface ProjectSpec {
  readonly name: string;
  readonly initialBudget: number;
  readonly transfer: number;
  readonly increase: number;
  readonly decrease: number;
  readonly added: number;
  readonly spending: number;
  readonly carryOver: number;
  readonly purpose?: string;
  readonly origin: string;
  readonly subItems: readonly SubItemSpec[];
}

export interface BudgetWorkbookSpec {
  readonly title: string;
  readonly year: number | null;
  readonly unitInfo: readonly UnitInfoEntry[];
  readonly summary: readonly SummaryEntry[];
  readonly projects: readonly ProjectSpec[];
}
