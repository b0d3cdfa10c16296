/**
 * The one way the pane writes a figure: the core's own (`money`, as finding messages write it), in
 * the language's spacing — `1964.41万元` in Chinese, `1964.41 万元` in English. Figures are drawn
 * unbreakable (`white-space: nowrap`), in the messages by FigureText.
 */
import type { MoneyUnit } from '../../core/money/fen';
import { money, percentOf } from '../../core/rules/support/format';
import type { Finding, Quantity } from '../../core/rules/types';
import type { Language } from '../i18n/strings';

export function formatMoney(fen: bigint, unit: MoneyUnit, language: Language): string {
  return language === 'zh-CN' ? `${money(fen, unit)}${unit}` : `${money(fen, unit)} ${unit}`;
}

const number = (value: number) => String(Number(value.toFixed(2)));

/** A finding's expected / actual / difference, as a finance officer reads it. */
export function formatQuantity(quantity: Quantity, unit: MoneyUnit, language: Language): string {
  switch (quantity.kind) {
    case 'money':
      return formatMoney(quantity.fen, unit, language);
    case 'percent':
      return `${number(quantity.value)}%`;
    case 'count':
      return String(quantity.value);
    case 'score':
      return language === 'zh-CN' ? `${number(quantity.value)}分` : `${number(quantity.value)} pts`;
  }
}

/**
 * What an information finding's figures mean, when they are a part and its whole (sub-items of a
 * project, projects' carry-over of the summary's): the share explained, e.g. 63.06 (%).
 * Null for anything else, which shows its figures as they are.
 */
export function explainedShare(finding: Finding): string | null {
  const { expected, actual } = finding;
  if (finding.severity !== 'info' || expected?.kind !== 'money' || actual?.kind !== 'money' || expected.fen <= 0n) return null;
  if (actual.fen < 0n || actual.fen > expected.fen) return null;
  return percentOf(actual.fen, expected.fen).text;
}
