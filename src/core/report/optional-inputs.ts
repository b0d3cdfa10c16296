/**
 * Inputs the draft uses when the check provides them, read structurally so the draft builds with or
 * without them:
 * - `indicators` (issue [3]): the common indicators of the selected scoring profile on CheckResult,
 *   `{ id, name, value, display, cells, score, points, profile }` (value a ratio such as 0.2802,
 *   cells sheet-qualified such as `收支总表!B6`), and `profile: { id, name }`;
 * - the 基础数据表 (issue [2]): a recognised table of kind `basic-data` whose `fields` hold, by name,
 *   labelled amounts `{ address, reading }` for 三公经费 / 公用经费 / 政府采购 (预算数 and 决算数 or 实际数).
 * Each is rendered only when present; nothing is invented when it is not.
 */
import type { CheckResult } from '../check-api';
import type { LocalizedText } from '../rules/types';
import type { AmountReading } from '../money/read-amount';
import { usableFen } from '../money/read-amount';
import type { CellRef } from './draft-model';
import type { Money } from './figures';

export interface DraftIndicator {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly display: string;
  readonly cells: readonly string[];
  readonly score: number | null;
  readonly points: number | null;
  readonly profile: string;
}

export interface DraftProfile {
  readonly id: string;
  readonly name: LocalizedText;
}

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
  return { sheet: cell.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'"), address: cell.slice(bang + 1).replace(/\$/g, '') };
}

/** The pairs the 基础数据表 sentences need: a budget and what was spent (or bought). */
export type BasicDataItem = '三公经费' | '公用经费' | '政府采购';

const FIELD_NAMES: Readonly<Record<BasicDataItem, { budget: readonly string[]; actual: readonly string[] }>> = {
  三公经费: { budget: ['三公经费预算数', '三公经费预算'], actual: ['三公经费决算数', '三公经费实际数', '三公经费决算'] },
  公用经费: { budget: ['公用经费预算数', '公用经费预算'], actual: ['公用经费决算数', '公用经费实际数', '公用经费决算'] },
  政府采购: { budget: ['政府采购预算数', '政府采购预算'], actual: ['政府采购实际数', '政府采购决算数', '政府采购实际金额'] },
};

interface BasicDataTable {
  readonly kind: 'basic-data';
  readonly sheet: string;
  readonly fields: Readonly<Record<string, { readonly address: string; readonly reading: AmountReading } | undefined>>;
}

export function basicDataOf(result: CheckResult): BasicDataTable | undefined {
  const tables = result.recognized.tables as readonly { readonly kind: string }[];
  return tables.find((table): table is BasicDataTable => table.kind === 'basic-data');
}

export function basicDataPair(table: BasicDataTable | undefined, item: BasicDataItem): { budget: Money; actual: Money } | null {
  if (!table) return null;
  const read = (names: readonly string[]): Money | null => {
    for (const name of names) {
      const cell = table.fields[name];
      const fen = cell ? usableFen(cell.reading) : null;
      if (cell && fen !== null) return { fen, sources: [{ sheet: table.sheet, address: cell.address }] };
    }
    return null;
  };
  const budget = read(FIELD_NAMES[item].budget);
  const actual = read(FIELD_NAMES[item].actual);
  return budget && actual ? { budget, actual } : null;
}
