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

export function readRowName(text: string): RowName {
  const trimmed = text.trim();
  if (!MAY_START_A_MARKER.test(trimmed)) return { marker: 'none', name: trimmed };
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

/** A marker alone in a 序号 cell (`（1）`, `1.1`) marks a sub-item; `1`, `一` a project. */
export function isSubItemNumber(text: string): boolean {
  const folded = foldWidth(text).replace(/\s+/g, '');
  return /^(?:[(](?:\d+|[一二三四五六七八九十]+)[)]|\d+\.\d+(?:\.\d+)*|[\u2460-\u2487])$/.test(folded);
}

const TOTAL_LABEL = /^(?:合计|总计|小计|总合计|项目合计|项目支出合计|合计数|总计数)$/;

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(foldWidth(text).replace(/\s+/g, '').replace(/[:]/g, ''));
}
