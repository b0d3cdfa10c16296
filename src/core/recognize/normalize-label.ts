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

/**
 * Most texts of a big sheet (project names, purposes) are their own key: no character
 * normalizeLabel drops or folds wherever it stands (spaces, full-width forms, brackets, colons,
 * asterisks, quotes), none it may drop in front (an outline number, a year, 其中/含, 本年/全年) and
 * no 元 at the end. One table look-up per character tells them (a regular expression costs several
 * times more over 100k names), instead of a dozen replacements each.
 */
const CHANGED_ANYWHERE = 1;
const CHANGED_IN_FRONT = 2;
/** What JavaScript's `\s` matches. */
const SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const CHARACTER_CHANGES = characterTable();

function characterTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of `${SPACES}([【〔:*"“”'‘’`) table[ch.charCodeAt(0)] = CHANGED_ANYWHERE;
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = CHANGED_ANYWHERE;
  for (const ch of '0123456789一二三四五六七八九十其含本全') table[ch.charCodeAt(0)] |= CHANGED_IN_FRONT;
  return table;
}

/** Whether normalizeLabel (and labelKey's `（一）` strip, which starts with a space or a bracket) leaves `text` as it is. */
export function isOwnLabelKey(text: string): boolean {
  if (text === '') return true;
  if ((CHARACTER_CHANGES[text.charCodeAt(0)] & CHANGED_IN_FRONT) !== 0 || text.endsWith('元')) return false;
  for (let i = 0; i < text.length; i++) if ((CHARACTER_CHANGES[text.charCodeAt(i)] & CHANGED_ANYWHERE) !== 0) return false;
  return true;
}

export function normalizeLabel(text: string): string {
  return isOwnLabelKey(text) ? text : normalizeFully(text);
}

/** normalizeLabel without its shortcut (exported for the test that the shortcut changes nothing). */
export function normalizeFully(text: string): string {
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
