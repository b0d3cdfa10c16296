/**
 * A count that disagrees with the list that follows it: “直属事业单位10个，即…” followed by nine
 * names. Reads the unit's own texts (support/unit-texts.ts); the names are counted at 、 (a last
 * 和 / 及 may join two), and the rule is silent when either reading gives the stated count.
 */
import { numberOfText, reportTextSlips, unitTextRuns, type TextSlip } from './support/unit-texts';
import type { Rule } from './types';

const COUNT_THEN_LIST =
  /([0-9０-９]+|[一二三四五六七八九十两]+)\s*(个|家|项|名|人|所|处|类)[^。；;\n、]{0,15}?[，,]?\s*(?:即|分别是|分别为|包括|包含)\s*[:：]?\s*([^。；;\n]+)/g;

/** What every count followed by its list holds: most texts have none, and are passed over without matchAll. */
const LIST_WORD = /即|分别是|分别为|包括|包含/;

/** How many names a list holds: at 、 only, and with a last 和/及 splitting two. */
function listCounts(list: string): readonly number[] {
  const items = list
    .split(/[、，,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const last = items[items.length - 1] ?? '';
  const lastJoins = /.[和及].|以及/.test(last) ? 1 : 0;
  return [items.length, items.length + lastJoins];
}

/** The counts of a text that disagree with their lists. */
function countSlips(text: string): TextSlip[] {
  const slips: TextSlip[] = [];
  if (!LIST_WORD.test(text)) return slips;
  for (const match of text.matchAll(COUNT_THEN_LIST)) {
    const stated = numberOfText(match[1]);
    const counts = listCounts(match[3]);
    if (stated === null || counts[0] < 2 || counts.includes(stated)) continue;
    const listed = counts[counts.length - 1];
    slips.push({
      messageId: 'count-vs-list',
      data: { stated: match[1], measure: match[2], listed },
      expected: { kind: 'count', value: listed },
      actual: { kind: 'count', value: stated },
    });
  }
  return slips;
}

const textCounts: Rule = {
  meta: {
    id: 'text-counts',
    severity: 'warning',
    description: {
      zh: '文字中写明的个数与其后列举的名称个数不一致时提醒（例如“直属事业单位10个，即……”只列了9个）。',
      en: 'Warns when a count written in the text differs from the number of names listed after it (e.g. “10 affiliated units, namely …” listing nine).',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '基本情况', cell: 'B15', value: '内设机构4个，即综合室、网格化服务室和窗口服务室' }],
      given: {
        zh: '基本情况的内设机构（B15）写“内设机构4个，即综合室、网格化服务室和窗口服务室”，只列了3个。',
        en: 'The offices text (基本情况 B15) says “4 offices, namely 综合室、网格化服务室和窗口服务室”, listing three.',
      },
      messageId: 'count-vs-list',
      message: {
        zh: 'B15（内设机构）写“4个”，其后列举了3个名称：请核对个数或补全名单。',
        en: 'B15 (内设机构) says “4个”, but 3 names are listed after it: check the count or complete the list.',
      },
    },
    messages: {
      'count-vs-list': {
        zh: '{cell}（{field}）写“{stated}{measure}”，其后列举了{listed}个名称：请核对个数或补全名单。',
        en: '{cell} ({field}) says “{stated}{measure}”, but {listed} names are listed after it: check the count or complete the list.',
      },
    },
  },
  check(context) {
    return reportTextSlips(unitTextRuns(context.workbook), countSlips);
  },
};

export default textCounts;
