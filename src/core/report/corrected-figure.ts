/** A finding's expected value written as the report writes figures (万元, percent, points, count). */
import { decimalText } from '../forms/form-rule-support';
import type { Finding } from '../rules/types';
import { formatWan } from './format';

export function correctedFigure(finding: Pick<Finding, 'expected'>): string | undefined {
  const expected = finding.expected;
  if (!expected) return undefined;
  switch (expected.kind) {
    case 'money':
      return formatWan(expected.fen);
    case 'percent':
    case 'score':
      return decimalText(expected.value);
    case 'count':
      return String(expected.value);
  }
}
