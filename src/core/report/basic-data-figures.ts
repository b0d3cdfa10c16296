/**
 * The 基础数据表 figures the draft states (official-layouts.md §C; common-indicators.md): for
 * 三公经费, 公用经费 and 政府采购金额 the 本年预算数 (what was budgeted) and the 本年决算数 (what was
 * spent or bought), read through the table kind's own field names. A blank cell is not stated as 0.
 */
import { officialField } from '../tables/fields';
import type { RecognizedWorkbook } from '../tables/model';
import type { Money } from './figures';

/** The 基础数据表 lines a sentence is drafted for. */
export type BasicDataItem = '三公经费' | '公用经费' | '政府采购金额';

export interface BasicDataPair {
  readonly budget: Money;
  readonly actual: Money;
}

/** `本年预算数` and `本年决算数` of one line, or null when the workbook has no such figures. */
export function basicDataPair(recognized: RecognizedWorkbook, item: BasicDataItem): BasicDataPair | null {
  const budget = basicDataMoney(recognized, `${item}.本年预算数`);
  const actual = basicDataMoney(recognized, `${item}.本年决算数`);
  return budget && actual ? { budget, actual } : null;
}

function basicDataMoney(recognized: RecognizedWorkbook, field: string): Money | null {
  const reading = officialField(recognized, 'basic-data', field);
  if (reading?.kind !== 'money') return null;
  return { fen: reading.fen, sources: [{ sheet: reading.sheet, address: reading.cell }] };
}
