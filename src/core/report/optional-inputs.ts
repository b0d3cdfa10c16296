/**
 * Inputs the draft uses when the check provides them, read structurally so the draft builds with or
 * without them:
 * - `indicators` (issue [3]): the common indicators of the selected scoring profile on CheckResult,
 *   `{ id, name, value, display, cells, score, points, profile }` (value a ratio such as 0.2802,
 *   cells sheet-qualified such as `收支总表!B6`), and `profile: { id, name }`.
 * Each is rendered only when present; nothing is invented when it is not.
 */
import type { CheckResult } from '../check-api';
import type { IndicatorResult } from '../indicators/types';
import type { CellRef } from './draft-model';

/** The fields of an indicator the draft states: the core's own result, not a second declaration of it. */
export type DraftIndicator = Pick<IndicatorResult, 'id' | 'name' | 'value' | 'display' | 'cells' | 'score' | 'points' | 'profile'>;

export type DraftProfile = CheckResult['profile'];

interface WithIndicators {
  readonly indicators?: readonly DraftIndicator[];
  readonly profile?: DraftProfile;
}

export function indicatorsOf(result: CheckResult): { indicators: readonly DraftIndicator[]; profile?: DraftProfile } {
  const { indicators, profile } = result as CheckResult & WithIndicators;
  return { indicators: indicators ?? [], ...(profile ? { profile } : {}) };
}

/** `收支总表!B6`, `'Sheet 1'!B6` → a cell reference. */
export function qualifiedCell(cell: string): CellRef | null {
  const bang = cell.lastIndexOf('!');
  if (bang < 0) return null;
  return {
    sheet: cell
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'"),
    address: cell.slice(bang + 1).replace(/\$/g, ''),
  };
}
