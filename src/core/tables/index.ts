/**
 * The registry of table kinds, in the order recognition tries them and the docs list them: the
 * official layouts first (the 决算 form before the budget forms: both close with 收入/支出 totals) (they claim their areas before the seed's kinds look for headers and
 * labels), then the project table, summary, unit info and self-evaluation forms. A kind file
 * default-exports one TableKind; registry.test.ts checks each is listed, tested and documented.
 */
import type { TableKind } from './kind';
import type { RecognizedTable } from './model';
import type { OfficialTable } from './official-table';
import budgetSummary from './kinds/budget-summary';
import appropriationSummary from './kinds/appropriation-summary';
import finalAccounts from './kinds/final-accounts';
import basicData from './kinds/basic-data';
import indicatorBlock from './kinds/indicator-block';
import hunanIndicatorTable from './kinds/hunan-indicator-table';
import projectPlan from './kinds/project-plan';
import threePublicBudget from './kinds/three-public-budget';
import classifiedBudget from './kinds/classified-budget';
import budgetNotes from './kinds/budget-notes';
import projects from './kinds/projects';
import summary from './kinds/summary';
import unitInfo from './kinds/unit-info';
import selfEvaluationForm from './kinds/form';

export const TABLE_KINDS: readonly TableKind[] = [
  finalAccounts,
  budgetSummary,
  appropriationSummary,
  basicData,
  indicatorBlock,
  hunanIndicatorTable,
  projectPlan,
  threePublicBudget,
  classifiedBudget,
  budgetNotes,
  projects,
  summary,
  unitInfo,
  selfEvaluationForm,
];

const BY_ID = new Map(TABLE_KINDS.map((kind) => [kind.id, kind]));

export function tableKindById(id: string): TableKind | undefined {
  return BY_ID.get(id);
}

/** The kind of an official table (one a kind file recognises), else undefined. */
export function officialKind(table: RecognizedTable): TableKind | undefined {
  const kind = BY_ID.get(table.kind);
  return kind?.recognize ? kind : undefined;
}

export function isOfficialTable(table: RecognizedTable): table is OfficialTable {
  return officialKind(table) !== undefined;
}
