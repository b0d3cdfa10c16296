/**
 * Broken numbering in the unit's own texts, level by level: a number repeated (two “4.”), one
 * skipped (① then ③), or a level's style changed midway (“5、” after “四、”). Each style is its own
 * level (一、 / （一） / 1、 1. / （1） / ①); a 1 starts a level again (lists nested under another).
 */
import { numberOfText, reportTextSlips, unitTextRuns } from './support/unit-texts';
import type { Rule } from './types';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** An item number where a list item starts: at a line start or after 。；：, or anywhere for ①. */
const ITEM =
  /(?:^|[\n。；;：:！!？?\s])\s*(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)]|([0-9]{1,2})([、]|[.．](?![0-9]))|[（(]([0-9]{1,2})[）)])|([①-⑳])/g;

/** A character every item number holds: a text without one has no numbering, and is passed over without matchAll. */
const NUMBER_CHARACTER = /[一二三四五六七八九十0-9①-⑳]/;

type Style = '一、' | '（一）' | '1、' | '（1）' | '①';

interface Item {
  readonly style: Style;
  readonly value: number;
  readonly label: string;
}

function itemsOf(text: string): Item[] {
  const items: Item[] = [];
  if (!NUMBER_CHARACTER.test(text)) return items;
  for (const match of text.matchAll(ITEM)) {
    const [, chineseDun, chineseParen, arabic, arabicSeparator, arabicParen, circled] = match;
    const item = (style: Style, value: number | null, label: string) => value !== null && items.push({ style, value, label });
    if (chineseDun) item('一、', numberOfText(chineseDun), `${chineseDun}、`);
    else if (chineseParen) item('（一）', numberOfText(chineseParen), `（${chineseParen}）`);
    else if (arabic) item('1、', Number(arabic), `${arabic}${arabicSeparator}`);
    else if (arabicParen) item('（1）', Number(arabicParen), `（${arabicParen}）`);
    else if (circled) item('①', CIRCLED.indexOf(circled) + 1, circled);
  }
  return items;
}

interface Slip {
  readonly messageId: 'repeated' | 'skipped' | 'style-changed';
  readonly item: string;
  readonly previous: string;
  readonly expected: number;
}

function slipsOf(items: readonly Item[]): Slip[] {
  const slips: Slip[] = [];
  if (items.length < 2) return slips; // a slip is told against an item before it
  const last = new Map<Style, { item: Item; at: number }>();
  items.forEach((item, at) => {
    const before = last.get(item.style);
    const chinese = last.get('一、');
    last.set(item.style, { item, at });
    if (item.value === 1) return; // a (new) list starts
    // “5、” right after “四、” (no Arabic item since): the next number, written in another level's style
    if (item.style === '1、' && chinese && chinese.item.value === item.value - 1 && (!before || before.at < chinese.at)) {
      slips.push({ messageId: 'style-changed', item: item.label, previous: chinese.item.label, expected: item.value });
      return;
    }
    if (!before) return;
    const previous = before.item;
    if (item.value === previous.value) slips.push({ messageId: 'repeated', item: item.label, previous: previous.label, expected: previous.value + 1 });
    else if (item.value > previous.value + 1) slips.push({ messageId: 'skipped', item: item.label, previous: previous.label, expected: previous.value + 1 });
  });
  return slips;
}

const textNumbering: Rule = {
  meta: {
    id: 'text-numbering',
    severity: 'warning',
    description: {
      zh: '文字中的序号不连续时提醒：同级序号重复（两个“4.”）、跳号（①之后是③）或中途换了写法（“四、”之后写“5、”）。',
      en: 'Warns when the numbering in a text breaks: a number repeated (two “4.”), skipped (① then ③), or written in another style midway (“5、” after “四、”).',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '基本情况', cell: 'B19', value: '①加强预算编制和管理工作；③提高预算的可控性和合理性。' }],
      given: {
        zh: '基本情况的改进措施（B19）写“①加强预算编制和管理工作；③提高预算的可控性和合理性。”',
        en: 'The measures text (基本情况 B19) reads “①加强预算编制和管理工作；③提高预算的可控性和合理性。”',
      },
      messageId: 'skipped',
      message: {
        zh: 'B19（改进措施）的序号“③”接在“①”之后，跳过了第2项：请核对序号。',
        en: 'B19 (改进措施): “③” follows “①”, skipping item 2: check the numbering.',
      },
    },
    messages: {
      repeated: {
        zh: '{cell}（{field}）的序号“{item}”重复出现（前一项也是“{previous}”）：请核对序号。',
        en: '{cell} ({field}): “{item}” appears twice in a row (the item before is also “{previous}”): check the numbering.',
      },
      skipped: {
        zh: '{cell}（{field}）的序号“{item}”接在“{previous}”之后，跳过了第{expected}项：请核对序号。',
        en: '{cell} ({field}): “{item}” follows “{previous}”, skipping item {expected}: check the numbering.',
      },
      'style-changed': {
        zh: '{cell}（{field}）的序号“{item}”接在“{previous}”之后，换了写法：同级序号应统一（第{expected}项）。',
        en: '{cell} ({field}): “{item}” follows “{previous}” in another style: one level should be numbered one way (item {expected}).',
      },
    },
  },
  check(context) {
    return reportTextSlips(unitTextRuns(context.workbook), (text) =>
      slipsOf(itemsOf(text)).map(({ messageId, item, previous, expected }) => ({ messageId, data: { item, previous, expected } })),
    );
  },
};

export default textNumbering;
