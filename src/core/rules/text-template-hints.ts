/**
 * Instructions of a report or form template left in the unit's own text: “摘要(2000字以内)”,
 * “(100字以内)”, “请填写…”. The forms' own fields are checked by form-explanations (a field that is
 * still the instruction); this rule reads the 基本情况 texts and the 主要用途, line by line.
 */
import { safeRegex, type SafeRegex } from '../rulebook/safe-regex';
import { stringParam } from '../forms/form-rule-support';
import { TEMPLATE_HINTS } from './form-explanations';
import { reportTextSlips, unitTextRuns } from './support/unit-texts';
import type { Rule } from './types';

const UNIT_TEXT_HINTS = String.raw`${TEMPLATE_HINTS}|填表说明|^\s*摘要\s*$`;

const LINE_BREAK = /[\r\n]/;

/** The first line of `text` that is a hint; a text of one line (most are) is tested without splitting it. */
function firstHintLine(text: string, hint: SafeRegex): string | undefined {
  if (!LINE_BREAK.test(text)) return hint.test(text) ? text : undefined;
  return text.split(/\r\n|\r|\n/).find((candidate) => hint.test(candidate));
}

const textTemplateHints: Rule = {
  meta: {
    id: 'text-template-hints',
    severity: 'warning',
    description: {
      zh: '单位填写的文字中留有模板的填写提示（例如“摘要(2000字以内)”“(100字以内)”“请填写”）时提醒。',
      en: 'Warns when the unit’s text still contains a template instruction (e.g. “摘要(2000字以内)”, “(100字以内)”, “请填写”).',
    },
    example: {
      workbook: 'examples/shifeng-grid-2023.xlsx',
      changes: [{ sheet: '基本情况', cell: 'B17', value: '摘要(2000字以内)\n2023年，区网格化管理服务中心根据工作职责，紧盯目标任务，取得了一定的工作成效。' }],
      given: {
        zh: '基本情况的工作成效（B17）第一行仍是模板的“摘要(2000字以内)”。',
        en: 'The first line of the achievements text (基本情况 B17) is still the template’s “摘要(2000字以内)”.',
      },
      messageId: 'template-hint',
      message: {
        zh: 'B17（工作成效）留有模板的填写提示“摘要(2000字以内)”：请删去或改为实际内容。',
        en: 'B17 (工作成效) still contains the template’s instruction “摘要(2000字以内)”: remove it or write the unit’s own text.',
      },
    },
    params: {
      templateHints: {
        default: UNIT_TEXT_HINTS,
        regex: true,
        description: { zh: '识别模板填写提示的正则表达式（逐行匹配）', en: 'Regular expression recognising a template’s instructions (matched line by line)' },
      },
    },
    messages: {
      'template-hint': {
        zh: '{cell}（{field}）留有模板的填写提示“{hint}”：请删去或改为实际内容。',
        en: '{cell} ({field}) still contains the template’s instruction “{hint}”: remove it or write the unit’s own text.',
      },
    },
  },
  check(context) {
    // a rulebook's pattern runs under RE2 (linear time), as form-explanations' does
    const hint = safeRegex(stringParam(context, textTemplateHints.meta, 'templateHints') || UNIT_TEXT_HINTS, UNIT_TEXT_HINTS);
    return reportTextSlips(unitTextRuns(context.workbook, { forms: false }), (text) => {
      const line = firstHintLine(text, hint);
      if (line === undefined) return [];
      const shown = line.trim();
      return [{ messageId: 'template-hint', data: { hint: shown.length > 40 ? `${shown.slice(0, 40)}…` : shown } }];
    });
  },
};

export default textTemplateHints;
