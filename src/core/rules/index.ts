/**
 * The registry: every built-in rule, in the order they are documented. A rule file is named by its
 * rule id and default-exports one Rule; registry.test.ts checks each is listed here, tested and documented.
 */
import type { Rule } from './types';
import tableStructure from './table-structure';
import amountsValid from './amounts-valid';
import incomeTotal from './income-total';
import spendingTotal from './spending-total';
import incomeEqualsSpending from './income-equals-spending';
import headcount from './headcount';
import projectBalance from './project-balance';
import projectBudget from './project-budget';
import executionRate from './execution-rate';
import columnTotals from './column-totals';
import projectsVsSummary from './projects-vs-summary';
import subItems from './sub-items';
import formulaConsistency from './formula-consistency';
import circularReferences from './circular-references';
import formulaValues from './formula-values';
import placeNames from './place-names';
import formTotalRow from './form-total-row';
import formExecutionRate from './form-execution-rate';
import formExecutionScore from './form-execution-score';
import formWeights from './form-weights';
import formIndicatorScore from './form-indicator-score';
import formTotalScore from './form-total-score';
import formIncomeSplit from './form-income-split';
import formExplanations from './form-explanations';
import formVsProject from './form-vs-project';
import staffingControl from './staffing-control';
import tableIdentities from './table-identities';
import textAmounts from './text-amounts';
import textCounts from './text-counts';
import textNumbering from './text-numbering';
import textSums from './text-sums';
import textTemplateHints from './text-template-hints';
import zeroSpendPurpose from './zero-spend-purpose';

export const RULES: readonly Rule[] = [
  tableStructure,
  amountsValid,
  incomeTotal,
  spendingTotal,
  incomeEqualsSpending,
  headcount,
  projectBalance,
  projectBudget,
  executionRate,
  columnTotals,
  projectsVsSummary,
  subItems,
  formulaConsistency,
  circularReferences,
  formulaValues,
  placeNames,
  formTotalRow,
  formExecutionRate,
  formExecutionScore,
  formWeights,
  formIndicatorScore,
  formTotalScore,
  formIncomeSplit,
  formExplanations,
  formVsProject,
  staffingControl,
  tableIdentities,
  textCounts,
  textNumbering,
  textSums,
  textTemplateHints,
  zeroSpendPurpose,
  textAmounts,
];

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
