/**
 * How far a quantitative indicator reached its target: min(完成值 ÷ 指标值, 1) for `≥` and `=`,
 * min(指标值 ÷ 完成值, 1) for `≤`. Qualitative indicators (定性, or a target that is not a figure)
 * have no ratio. Percentages written two ways (`95%` against 0.98) are compared as percent points.
 */
import type { FormIndicator, IndicatorValue } from './form-model';

export type IndicatorAssessment =
  | { readonly kind: 'qualitative' }
  | { readonly kind: 'actual-missing'; readonly cell: IndicatorValue }
  | { readonly kind: 'actual-not-numeric'; readonly cell: IndicatorValue }
  | { readonly kind: 'not-applicable' }
  | { readonly kind: 'not-computable' }
  | { readonly kind: 'ratio'; readonly ratio: number; readonly direction: '≥' | '≤' | '='; readonly target: number; readonly actual: number };

const NOT_APPLICABLE = /^(?:[/／\\]+|[-—–－―]+|无|不适用|不涉及)$/;

export function isQuantitative(indicator: FormIndicator): boolean {
  if (indicator.nature === 'qualitative') return false;
  return indicator.target?.number !== null && indicator.target?.number !== undefined;
}

export function assessIndicator(indicator: FormIndicator): IndicatorAssessment {
  const { target, actual } = indicator;
  if (actual && actual.text === '') return { kind: 'actual-missing', cell: actual };
  if (actual && NOT_APPLICABLE.test(actual.text.replace(/\s+/g, ''))) return { kind: 'not-applicable' };
  if (!isQuantitative(indicator) || !target || target.number === null || !actual) return { kind: 'qualitative' };
  if (actual.number === null) return { kind: 'actual-not-numeric', cell: actual };
  const percentUnit = /[%％]/.test(indicator.unitText);
  let targetNumber = target.number;
  let actualNumber = actual.number;
  // a fraction typed against a percentage target (0.98 for 95%), or the other way round
  if ((target.percent || percentUnit) && !actual.percent && actualNumber <= 1.5 && targetNumber > 1.5) actualNumber *= 100;
  if (actual.percent && !target.percent && !percentUnit && targetNumber <= 1.5 && actualNumber > 1.5) targetNumber *= 100;
  const direction = indicator.nature === 'qualitative' || indicator.nature === null ? (target.comparator ?? '=') : indicator.nature;
  if (direction === '≤') {
    if (actualNumber <= targetNumber) return { kind: 'ratio', ratio: 1, direction, target: targetNumber, actual: actualNumber };
    return { kind: 'ratio', ratio: Math.max(targetNumber, 0) / actualNumber, direction, target: targetNumber, actual: actualNumber };
  }
  if (targetNumber <= 0) return { kind: 'not-computable' };
  return { kind: 'ratio', ratio: Math.min(Math.max(actualNumber, 0) / targetNumber, 1), direction, target: targetNumber, actual: actualNumber };
}
