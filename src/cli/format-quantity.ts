import { fenToNumber, formatFen, type MoneyUnit } from '../core/money/fen';
import type { Quantity } from '../core/rules/types';
import type { Lang } from './cli-text';

// as the core's messages write units in English
const UNIT_EN: Record<MoneyUnit, string> = { 万元: '×10k yuan', 元: 'yuan' };

/** A quantity as a plain JSON number: money in the workbook's unit, the others as they are. */
export function quantityNumber(quantity: Quantity | undefined, unit: MoneyUnit): number | null {
  if (!quantity) return null;
  return quantity.kind === 'money' ? fenToNumber(quantity.fen, unit) : quantity.value;
}

/** A quantity as a person reads it: `1964.41万元` (`1964.41 ×10k yuan`), `95.23%`, `35`, `8.5分`. */
export function quantityText(quantity: Quantity, unit: MoneyUnit, lang: Lang): string {
  switch (quantity.kind) {
    case 'money':
      return lang === 'zh' ? `${formatFen(quantity.fen, unit, 2)}${unit}` : `${formatFen(quantity.fen, unit, 2)} ${UNIT_EN[unit]}`;
    case 'percent':
      return `${round2(quantity.value)}%`;
    case 'count':
      return String(quantity.value);
    case 'score':
      return lang === 'zh' ? `${round2(quantity.value)}分` : `${round2(quantity.value)} points`;
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
