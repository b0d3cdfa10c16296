/** Shared by the indicator tests: inputs given by hand, and indicators computed on small grids. */
import { checkWorkbook } from '../../../src/core/check-workbook';
import { indicatorById } from '../../../src/core/indicators';
import { computeIndicator } from '../../../src/core/indicators/compute';
import type { IndicatorInputs } from '../../../src/core/indicators/inputs';
import type { IndicatorResult, ProfileEntry } from '../../../src/core/indicators/types';
import { decimalToFen } from '../../../src/core/money/fen';
import type { FieldValue } from '../../../src/core/rulebook/evaluate-formula';
import { workbookOf, type SheetSpec } from '../../support/rule-tester';

/** Inputs from figures written by hand: amounts as 万元 text (`'522.68'`), head counts as numbers. */
/** `null` is a line the workbook does not have, counted as 0 (an optional field such as 上年结转). */
export function inputsOf(figures: Readonly<Record<string, string | number | null>>): IndicatorInputs {
  const names = Object.keys(figures);
  return {
    resolve(field: string): FieldValue {
      const figure = figures[field];
      if (figure === undefined) return { kind: 'unavailable' };
      if (figure === null) return { kind: 'absent' };
      const value = typeof figure === 'number' ? BigInt(figure) : decimalToFen(figure, '万元');
      if (value === null) throw new Error(`not an amount: ${figure}`);
      return { kind: 'value', value, cells: [`表!A${names.indexOf(field) + 1}`] };
    },
  };
}

/** One indicator, computed by hand-given figures under a profile entry (default: the national variant, not scored). */
export function indicatorFrom(id: string, figures: Readonly<Record<string, string | number | null>>, entry: Partial<ProfileEntry> = {}): IndicatorResult {
  const definition = indicatorById(id);
  if (!definition) throw new Error(`no indicator ${id}`);
  return computeIndicator(definition, { indicator: id, ...entry }, 'test', inputsOf(figures));
}

/** The indicators checkWorkbook returns for small grids, under a profile. */
export function indicatorsOn(sheets: Readonly<Record<string, SheetSpec>>, profile = 'national'): Map<string, IndicatorResult> {
  const result = checkWorkbook(workbookOf(sheets), { profile });
  return new Map(result.indicators.map((indicator) => [indicator.id, indicator]));
}

/** The seed's summary (万元), as the bundled example has it. */
export const SEED_SUMMARY = [
  ['预算收入合计', 2388.07],
  ['年初预算', 1865.39],
  ['调整追加', 522.68],
  ['其他资金', 0],
  ['支出合计', 2388.07],
  ['基本支出', 120.3],
  ['项目支出', 1964.41],
  ['结余结转', 303.36],
] as const;
