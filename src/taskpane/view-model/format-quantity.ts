import { formatFen, type MoneyUnit } from '../../core/money/fen';
import type { Quantity } from '../../core/rules/types';
import type { PaneLanguage } from '../i18n/strings';

/** Groups the integer digits in threes (`1,964.41`), as finance tables print amounts. */
function groupDigits(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Money in the workbook's unit, exact, with at least two decimals so figures line up:
 * `1,964.40 万元`, `50.00 元`; a difference finer than a hundredth keeps its digits (`0.004 万元`).
 */
export function formatMoney(fen: bigint, unit: MoneyUnit): string {
  const [whole, fraction = ''] = formatFen(fen, unit).split('.');
  return `${groupDigits(`${whole}.${fraction.padEnd(2, '0')}`)} ${unit}`;
}

/** A finding's expected / actual / difference, as a finance officer reads it. */
export function formatQuantity(quantity: Quantity, unit: MoneyUnit, language: PaneLanguage): string {
  switch (quantity.kind) {
    case 'money':
      return formatMoney(quantity.fen, unit);
    case 'percent':
      return `${Number(quantity.value.toFixed(2))}%`;
    case 'count':
      return groupDigits(String(quantity.value));
    case 'score':
      return language === 'zh-CN' ? `${Number(quantity.value.toFixed(2))} 分` : `${Number(quantity.value.toFixed(2))} pts`;
  }
}
