/**
 * Invisible bidirectional control characters (U+202A–202E, U+2066–2069, U+200E/200F, U+061C) in a
 * cell's text change the order it is shown in: a project named `网格化\u202E目项设建` reads
 * backwards, and a pasted name can show one thing and hold another ("Trojan Source"). No budget
 * text needs them; each cell holding one is named, with the characters spelled out.
 */
import { cellValue } from '../grid/sheet-access';
import { labelsWithText } from '../tables/support/labelled-cells';
import { toA1 } from '../grid/a1';
import type { Rule, RuleReport } from './types';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = new RegExp(BIDI.source, 'g');
const holdsControl = (text: string): boolean => BIDI.test(text);

/** `⟨U+202E⟩`: the character named, for messages that must not be reordered themselves. */
const spelled = (char: string) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** The text with its controls spelled out, cut to a readable length. */
function shown(text: string): string {
  const visible = text.replace(BIDI_ALL, spelled);
  return visible.length > 60 ? `${visible.slice(0, 60)}…` : visible;
}

const bidiControls: Rule = {
  meta: {
    id: 'bidi-controls',
    severity: 'warning',
    description: {
      zh: '单元格文字中含有看不见的双向控制字符（如 U+202E）时提醒：它们会颠倒文字的显示顺序，看到的与实际内容不同。',
      en: 'Warns when a cell’s text holds invisible bidirectional control characters (such as U+202E): they reverse the order the text is shown in, so what is seen differs from what is there.',
    },
    messages: {
      found: {
        zh: '单元格 {cell} 的文字含有看不见的双向控制字符 {codes}，显示顺序会被打乱：实际内容为“{text}”。请删除这些字符。',
        en: 'The text in cell {cell} holds invisible bidirectional control characters {codes} that change the order it is shown in: it actually reads “{text}”. Delete them.',
      },
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '项目支出', cell: 'L4', value: '用于\u202E护维统系' }],
      given: {
        zh: '第一个项目的主要用途（L4）粘贴为“用于\u202E护维统系”：U+202E 让后面的字倒着显示，看上去是“用于系统维护”。',
        en: 'The first project’s 主要用途 (L4) is pasted as “用于\u202E护维统系”: U+202E shows what follows backwards, so it looks like “用于系统维护”.',
      },
      messageId: 'found',
      message: {
        zh: '单元格 L4 的文字含有看不见的双向控制字符 ⟨U+202E⟩，显示顺序会被打乱：实际内容为“用于⟨U+202E⟩护维统系”。请删除这些字符。',
        en: 'The text in cell L4 holds invisible bidirectional control characters ⟨U+202E⟩ that change the order it is shown in: it actually reads “用于⟨U+202E⟩护维统系”. Delete them.',
      },
    },
  },
  check({ workbook }) {
    const reports: RuleReport[] = [];
    for (const sheet of workbook.sheets) {
      // the sheet's text cells as recognition listed them (stored cells only, trimmed: no control
      // character is white space), rather than every cell of a 100k-row sheet again
      for (const { row, column } of labelsWithText(sheet, holdsControl)) {
        const value = cellValue(sheet, row, column) as string;
        const cell = toA1(row, column);
        const codes = [...new Set(value.match(BIDI_ALL))].map(spelled).join('');
        reports.push({ messageId: 'found', data: { cell, codes, text: shown(value) }, sheet: sheet.name, row, cells: [cell], subject: shown(value) });
      }
    }
    return reports;
  },
};

export default bidiControls;
