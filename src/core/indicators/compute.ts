/**
 * Computes the indicators of a profile on a recognised workbook: each one's formula evaluated
 * exactly over the inputs adapter, with the cells it read, then scored when the profile scores it.
 * A missing table gives “not available” and a missing previous-year figure “needs last year's
 * figure” — never a guess, never 0.
 */
import type { RecognizedWorkbook } from '../tables/model';
import { evaluateTerm, type FieldValue } from '../rulebook/evaluate-formula';
import { exact, multiply, roundExact, type Exact } from '../rulebook/exact';
import { parseFormula, type Formula } from '../rulebook/formula';
import { indicatorById } from '.';
import { indicatorInputs, INPUT_FIELDS, type IndicatorInputs } from './inputs';
import { percentFixed, pointsNumber, scoreIndicator } from './scoring';
import type { IndicatorDefinition, IndicatorResult, IndicatorStatus, ProfileEntry, ScoringProfile } from './types';

const STATUS_TEXT: Readonly<Record<Exclude<IndicatorStatus, 'computed'>, { zh: string; en: string }>> = {
  'not-available': { zh: '无数据', en: 'not available' },
  'needs-last-year': { zh: '需上年数', en: 'needs last year’s figure' },
  'not-computable': { zh: '无法计算（分母为0）', en: 'not computable (zero base)' },
};

const parsed = new Map<string, Formula>();

/** The parsed formula of a variant (parsed once; the registry test parses every one). */
export function variantFormula(source: string): Formula {
  let formula = parsed.get(source);
  if (!formula) {
    formula = parseFormula(source);
    parsed.set(source, formula);
  }
  return formula;
}

export function computeIndicators(workbook: RecognizedWorkbook, profile: ScoringProfile): IndicatorResult[] {
  const inputs = indicatorInputs(workbook);
  return profile.indicators.flatMap((entry) => {
    const definition = indicatorById(entry.indicator);
    return definition ? [computeIndicator(definition, entry, profile.id, inputs)] : [];
  });
}

export function computeIndicator(definition: IndicatorDefinition, entry: ProfileEntry, profileId: string, inputs: IndicatorInputs): IndicatorResult {
  const variantId = entry.variant && definition.variants[entry.variant] ? entry.variant : 'national';
  const variant = definition.variants[variantId];
  const formula = variantFormula(variant.formula);
  const missing: string[] = [];
  const takenAsZero: string[] = [];
  const resolve = (field: string): FieldValue => {
    const value = inputs.resolve(field);
    if (value.kind === 'unavailable' && !missing.includes(field)) missing.push(field);
    if (value.kind === 'absent' && !takenAsZero.includes(field)) takenAsZero.push(field);
    return value;
  };
  // every field is asked once, so “not available” names all that are missing, not only the first
  for (const field of formula.fields) if (field !== indicatorName(formula)) resolve(field);
  // literals in an indicator formula are plain factors (× 100): no amount scale is needed
  const outcome = evaluateTerm(formula.right, resolve, { literalScale: 1n, tolerance: 0n });
  const name = entry.name ?? definition.name;
  const base = {
    id: definition.id,
    name: name.zh,
    nameEn: name.en,
    profile: profileId,
    variant: variantId,
    formula: variant.formula,
    words: variant.words,
    missing,
    takenAsZero: outcome.outcome === 'value' ? takenAsZero : [],
  };
  if (outcome.outcome !== 'value') {
    const status: IndicatorStatus =
      outcome.outcome === 'not-computable' ? 'not-computable' : missing.every((field) => INPUT_FIELDS[field]?.lastYear) ? 'needs-last-year' : 'not-available';
    const fallback = status === 'needs-last-year' && variant.fallback && definition.variants[variant.fallback] ? variant.fallback : null;
    if (fallback) {
      const instead = computeIndicator(definition, { ...entry, variant: fallback }, profileId, inputs);
      if (instead.status === 'computed') return instead;
    }
    const text = STATUS_TEXT[status as Exclude<IndicatorStatus, 'computed'>];
    return {
      ...base,
      status,
      value: null,
      display: text.zh,
      displayEn: text.en,
      cells: [],
      score: null,
      points: entry.points ?? null,
      band: null,
      ratio: null,
    };
  }
  const ratio = outcome.value;
  const display = `${percentFixed(ratio)}%`;
  const scored = entry.scoring && entry.points !== undefined ? scoreIndicator(entry.scoring, ratio, entry.points) : null;
  return {
    ...base,
    status: 'computed',
    value: ratioValue(ratio),
    display,
    displayEn: display,
    cells: outcome.cells,
    score: scored ? pointsNumber(scored.score) : null,
    points: entry.points ?? null,
    band: scored?.band ?? null,
    ratio,
  };
}

function indicatorName(formula: Formula): string {
  return formula.left.type === 'field' ? formula.left.name : '';
}

/** The ratio to four places (a percentage to two): 522.68 ÷ 1865.39 → 0.2802. */
export function ratioValue(ratio: Exact): number {
  return Number(roundExact(multiply(ratio, exact(10_000n)))) / 10_000;
}
