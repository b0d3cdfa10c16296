/**
 * A whole the text states beside parts that do not add up to it: “共完成89.97万元。其中：30万元…
 * 30万元…29.99万元” (89.99), or “年初8个、年中新增8个，共15个” (16). Money is compared exactly in
 * fen within the check's tolerance; counts exactly. Reads the unit's own texts.
 */
import { decimalToFen, type Fen, type MoneyUnit } from '../money/fen';
import { money, outputUnit } from './support/format';
import { reportTextSlips, unitTextRuns, type TextSlip } from './support/unit-texts';
import type { Rule } from './types';

const AMOUNT = /([0-9]+(?:\.[0-9]+)?)\s*(万元|元)/g;
/** `共…89.97万元` (the whole) then `其中` and the parts, up to the next whole or the end of the paragraph. */
const MONEY_WHOLE = /(?:共|合计|总计|总额)[^。；;\n其]{0,20}?([0-9]+(?:\.[0-9]+)?)\s*(万元|元)[^其\n]{0,6}其中[:：]?([^\n]*?)(?=(?:共|合计|总计)|\n|$)/g;
/** `8个、…8个，共15个`: parts in the same sentence before `共`, with the same measure word. */
const COUNT_WHOLE = /共\s*([0-9]+)\s*(个|家|项|名|人|次|所)/g;

/** A word every whole above starts with: most texts have none, and are passed over without matchAll. */
const WHOLE_WORD = /共|合计|总计|总额/;

function fenOf(text: string, unit: string): Fen | null {
  return decimalToFen(text, unit as MoneyUnit);
}

/** The totals of a text that differ from the sum of their parts (money beyond the tolerance). */
function sumSlips(text: string, toleranceFen: Fen, unit: MoneyUnit): TextSlip[] {
  const slips: TextSlip[] = [];
  if (!WHOLE_WORD.test(text)) return slips;
  for (const match of text.matchAll(MONEY_WHOLE)) {
    const whole = fenOf(match[1], match[2]);
    const parts = [...match[3].matchAll(AMOUNT)].map((part) => fenOf(part[1], part[2]));
    if (whole === null || parts.length < 2 || parts.some((part) => part === null)) continue;
    const sum = parts.reduce<Fen>((total, part) => total + (part ?? 0n), 0n);
    const difference = sum > whole ? sum - whole : whole - sum;
    if (difference <= toleranceFen) continue;
    slips.push({
      messageId: 'money-parts',
      data: { whole: money(whole, unit), parts: money(sum, unit), difference: money(difference, unit), unit },
      expected: { kind: 'money', fen: sum },
      actual: { kind: 'money', fen: whole },
    });
  }
  for (const match of text.matchAll(COUNT_WHOLE)) {
    const sentenceStart = Math.max(...['。', '；', ';', '\n'].map((stop) => text.lastIndexOf(stop, match.index ?? 0))) + 1;
    const before = text.slice(sentenceStart, match.index);
    const parts = [...before.matchAll(new RegExp(`([0-9]+)\\s*${match[2]}`, 'g'))].map((part) => Number(part[1]));
    const whole = Number(match[1]);
    const sum = parts.reduce((total, part) => total + part, 0);
    if (parts.length < 2 || sum === whole) continue;
    slips.push({
      messageId: 'count-parts',
      data: { whole, parts: sum, measure: match[2] },
      expected: { kind: 'count', value: sum },
      actual: { kind: 'count', value: whole },
    });
  }
  return slips;
}

const textSums: Rule = {
  meta: {
    id: 'text-sums',
    severity: 'warning',
    description: {
      zh: '文字中写明的合计与其后（或其前）列出的各部分之和不一致时提醒（例如“共完成89.97万元。其中：30万元……30万元……29.99万元”）。',
      en: 'Warns when a total written in the text differs from the sum of the parts listed with it (e.g. “89.97 in all, of which 30 … 30 … 29.99”).',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '基本情况', cell: 'B17', value: '全年共完成项目支出89.97万元。其中：网格平台运维30万元，数据采集30万元，热线运行29.99万元。' }],
      given: {
        zh: '基本情况的工作成效（B17）写“共完成项目支出89.97万元。其中：……30万元，……30万元，……29.99万元”，各项之和为89.99万元。',
        en: 'The achievements text (基本情况 B17) says “89.97 in all, of which 30, 30 and 29.99”, which add up to 89.99.',
      },
      messageId: 'money-parts',
      message: {
        zh: 'B17（工作成效）写合计89.97万元，但其中各项之和为89.99万元，相差0.02万元：请核对。',
        en: 'B17 (工作成效) states a total of 89.97 万元, but its parts add up to 89.99 万元, 0.02 万元 apart: please check.',
      },
    },
    messages: {
      'money-parts': {
        zh: '{cell}（{field}）写合计{whole}{unit}，但其中各项之和为{parts}{unit}，相差{difference}{unit}：请核对。',
        en: '{cell} ({field}) states a total of {whole} {unit}, but its parts add up to {parts} {unit}, {difference} {unit} apart: please check.',
      },
      'count-parts': {
        zh: '{cell}（{field}）写“共{whole}{measure}”，但前面各数之和为{parts}{measure}：请核对。',
        en: '{cell} ({field}) says “{whole}{measure} in all”, but the numbers before it add up to {parts}{measure}: please check.',
      },
    },
  },
  check(context) {
    const unit = outputUnit(context);
    return reportTextSlips(unitTextRuns(context.workbook), (text) => sumSlips(text, context.settings.toleranceFen, unit));
  },
};

export default textSums;
