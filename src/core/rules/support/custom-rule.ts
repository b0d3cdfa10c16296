/** A rulebook's own formula rule (CustomFormulaRule) as a Rule, checked like the built-in ones. */
import type { CustomFormulaRule } from '../../rulebook/rulebook-types';
import type { Rule } from '../types';
import { checkFormula, NOT_COMPUTABLE_MESSAGE } from './formula-rule';

export function customRule(definition: CustomFormulaRule): Rule {
  return {
    meta: {
      id: definition.id,
      severity: definition.severity,
      description: definition.description,
      formula: definition.formula,
      formulaScope: definition.scope,
      messages: { mismatch: definition.message, 'not-computable': NOT_COMPUTABLE_MESSAGE },
    },
    check: (context) =>
      checkFormula(context, {
        scope: definition.scope,
        formula: definition.formula,
        failMessage: 'mismatch',
        notComputableMessage: 'not-computable',
      }),
  };
}
