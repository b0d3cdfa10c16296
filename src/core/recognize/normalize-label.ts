/**
 * Turns a header or label cell as people type it into the key the synonym lists use:
 * `（一）年初预算数（万元）：` → `年初预算数`. Units and percent signs are read separately
 * (labelUnit, labelHasPercent) before the brackets holding them are dropped.
 */
import type { MoneyUnit } from '../money/fen';

const WIDE = /[\uff01-\uff5e\u3000]/;

/** Folds full-width ASCII (`１２３．４`, `（`, `：`) and the ideographic space to their ASCII forms. */
export function foldWidth(text: string): string {
  if (!WIDE.test(text)) return text;
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    folded += code === 0x3000 ? ' ' : code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : text[i];
  }
  return folded;
}

const BRACKETED = /[([【〔][^)\]】〕]*[)\]】〕]/g;
export const OUTLINE_NUMBER = /^(?:\d+(?:\.\d+)*|[一二三四五六七八九十]+)[、.,]/;
const LEADING_WORDS = /^(?:其中|含|其中含)[:]?/;
const YEAR_PREFIX = /^(?:\d{4}年度?|本年度?|全年度)(?=.)/;

export function normalizeLabel(text: string): string {
  let label = foldWidth(text)
    .replace(/\s+/g, '')
    .replace(BRACKETED, '')
    .replace(/[:*"“”'‘’]/g, '');
  label = label.replace(OUTLINE_NUMBER, '').replace(LEADING_WORDS, '');
  // `2023年年初预算` names the same column as `年初预算`; a bare `2023年` is left alone
  label = label.replace(YEAR_PREFIX, '');
  return label.replace(/[/／]?(?:万元|元)$/, '');
}

/** The money unit a header names for its own column (`年初预算（元）`, `金额/万元`), if any. */
export function labelUnit(text: string): MoneyUnit | null {
  const match = /(?:[([【〔/]|单位[:]?)(万元|元)[)\]】〕]?$/.exec(foldWidth(text).replace(/\s+/g, ''));
  if (!match) return null;
  return match[1] === '元' ? '元' : '万元';
}

export function labelHasPercent(text: string): boolean {
  return /[%％]|百分/.test(text);
}
