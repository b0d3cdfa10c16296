/**
 * Reads the name cell of a project-table row: its outline marker decides what the row is.
 * `1．网格信息化建设项目` / `一、…` → a project (number stripped); `（1）…`, `(1)…`, `1.1 …`, `①…`
 * → a sub-item; `合计`, `总计` → a total row.
 */
import { foldWidth } from './normalize-label';

export type NameMarker = 'sub-item' | 'number' | 'none';

export interface RowName {
  readonly marker: NameMarker;
  /** The name without its marker, trimmed. */
  readonly name: string;
}

const SUB_ITEM_MARKERS = [
  /^[(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[)]\s*[、.]?\s*/, // （1） (1) （一）
  /^\d+\.\d+(?:\.\d+)*(?![\d])\s*[、.]?\s*/, // 1.1 / 1.1.2
  /^[\u2460-\u2473\u2474-\u2487]\s*/, // ① … ⑳, ⑴ … ⒇
];
const PROJECT_NUMBER = /^(?:\d+|[一二三四五六七八九十]+)\s*[、.,]\s*(?=\S)/;

const MARKER_HEAD = 16;
const MAY_START_A_MARKER = /^[\s\d(（０-９一二三四五六七八九十\u2460-\u2487]/;

/**
 * Whether a trimmed name may start with a marker or a number: a name that may not (most) is its
 * own row name and project name, with no marker and no number (readRowName, readProjectName).
 */
export function mayStartMarker(trimmed: string): boolean {
  return MAY_START_A_MARKER.test(trimmed);
}

export function readRowName(text: string): RowName {
  const trimmed = text.trim();
  if (!mayStartMarker(trimmed)) return { marker: 'none', name: trimmed };
  // folding maps each character to one character, so a marker's length in the folded text is its
  // length here; markers are short, so only the head of a long name needs folding
  const folded = foldWidth(trimmed.slice(0, MARKER_HEAD));
  for (const marker of SUB_ITEM_MARKERS) {
    const match = marker.exec(folded);
    if (match && match[0].length < trimmed.length) return { marker: 'sub-item', name: trimmed.slice(match[0].length).trim() };
  }
  const number = PROJECT_NUMBER.exec(folded);
  if (number) return { marker: 'number', name: trimmed.slice(number[0].length).trim() };
  return { marker: 'none', name: trimmed };
}

/** The kinds of sub-item marker: `（1）`, `（一）`, `1.1`, `①`. */
export type MarkerStyle = 'paren-digit' | 'paren-han' | 'decimal' | 'circled';

const MARKER_STYLES: readonly (readonly [MarkerStyle, RegExp])[] = [
  ['paren-digit', /^[(]\s*\d+\s*[)]/],
  ['paren-han', /^[(]\s*[一二三四五六七八九十]+\s*[)]/],
  ['decimal', /^\d+\.\d+/],
  ['circled', /^[\u2460-\u2487]/],
];

export interface OutlineMarker {
  readonly style: MarkerStyle;
  /** The marker's leading number: 3 for `（3）`, `（三）` and `3.1` (the project a `3.1` belongs under). */
  readonly number: number | null;
  /** For `3.1`: 1, the sub-item's place under its project. */
  readonly minor?: number;
}

/** The outline marker a name starts with, or null when it has no sub-item marker. */
export function markerStyle(text: string): OutlineMarker | null {
  const folded = foldWidth(text.trim().slice(0, MARKER_HEAD));
  for (const [style, pattern] of MARKER_STYLES) {
    const match = pattern.exec(folded);
    if (!match) continue;
    if (style === 'decimal') {
      const [major, minor] = match[0].split('.').map(Number);
      return { style, number: major, minor };
    }
    const lead = style === 'circled' ? '' : match[0].replace(/[()\s]/g, '');
    return { style, number: lead === '' ? null : outlineNumber(lead) };
  }
  return null;
}

const ASCII_DIGITS = /^\d{1,15}$/;
const HAN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number of a project as its 序号 or name marker writes it: `3`, `3、`, `三`, `二十一、` → 3, 3, 3, 21. */
export function outlineNumber(text: string): number | null {
  if (ASCII_DIGITS.test(text)) return Number(text); // the usual 序号, without folding
  const bare = foldWidth(text)
    .replace(/\s+/g, '')
    .replace(/[、.,]$/, '');
  if (/^\d+$/.test(bare)) return Number(bare);
  const han = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(bare);
  if (!han || bare === '' || (han[1] && han[3] && !han[2])) return null;
  const tens = han[2] ? (han[1] ? HAN_DIGIT[han[1]] : 1) : 0;
  const units = han[2] ? (han[3] ? HAN_DIGIT[han[3]] : 0) : HAN_DIGIT[han[1] as string];
  return tens * 10 + units;
}

/**
 * A project row's name and number. `1．网格…`, `三、…`, `（三）…` are numbered; a decimal heading a
 * name is part of it (`3.15消费者权益日…`, `1.5万亩…`), unless written with the full-width `．`
 * people number lists with (`1．5G网络建设` is project 1, `5G网络建设`).
 */
export function readProjectName(text: string): { readonly number: number | null; readonly name: string } {
  const trimmed = text.trim();
  // no digit, numeral or bracket to start with: no marker and no number (most names)
  if (!mayStartMarker(trimmed)) return { number: null, name: trimmed };
  const folded = foldWidth(trimmed.slice(0, MARKER_HEAD));
  const decimal = /^(\d+)\.(?=\d)/.exec(folded);
  if (decimal) {
    const fullWidthDot = trimmed[decimal[1].length] === '\uff0e';
    return fullWidthDot ? { number: Number(decimal[1]), name: trimmed.slice(decimal[0].length).trim() } : { number: null, name: trimmed };
  }
  const rowName = readRowName(trimmed);
  if (rowName.marker === 'sub-item') return { number: markerStyle(trimmed)?.number ?? null, name: rowName.name };
  const numbered = PROJECT_NUMBER.exec(folded);
  return { number: numbered ? outlineNumber(numbered[0]) : null, name: rowName.name };
}

/** A marker alone in a 序号 cell (`（1）`, `1.1`) marks a sub-item; `1`, `一` a project. */
export function isSubItemNumber(text: string): boolean {
  if (ASCII_DIGITS.test(text)) return false; // the usual 序号 of a project
  const folded = foldWidth(text).replace(/\s+/g, '');
  return /^(?:[(](?:\d+|[一二三四五六七八九十]+)[)]|\d+\.\d+(?:\.\d+)*|[\u2460-\u2487])$/.test(folded);
}

const TOTAL_LABEL = /^(?:合计|总计|小计|总合计|项目合计|项目支出合计|合计数|总计数)$/;

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(foldWidth(text).replace(/\s+/g, '').replace(/[:]/g, ''));
}
