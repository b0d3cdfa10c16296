/**
 * The common indicators in the CLI's reports: a table in the text report and the `indicators`
 * array of --json ({id, name, value, display, cells, score, points, profile}).
 */
import type { CheckResult } from '../core/check-api';
import type { IndicatorResult } from '../core/indicators/types';
import { say, type Lang } from './cli-text';

/** The --json contract: the core's figures as they are, the name and display in the report's language. */
const JSON_FIELDS = ['cells', 'score', 'points', 'profile', 'status', 'formula', 'band', 'missing', 'takenAsZero'] as const;

export type JsonIndicator = Pick<IndicatorResult, 'id' | 'value' | (typeof JSON_FIELDS)[number]> & { readonly name: string; readonly display: string };

export function jsonIndicators(result: CheckResult, lang: Lang): JsonIndicator[] {
  return result.indicators.map((indicator) => ({
    // the order the contract lists them in: id, name, value, display, cells, score, points, profile …
    id: indicator.id,
    name: lang === 'zh' ? indicator.name : indicator.nameEn,
    value: indicator.value,
    display: lang === 'zh' ? indicator.display : indicator.displayEn,
    ...(Object.fromEntries(JSON_FIELDS.map((field) => [field, indicator[field]])) as Pick<IndicatorResult, (typeof JSON_FIELDS)[number]>),
  }));
}

/**
 *   预算控制率        28.02%   2/5 分   (20%, 30%]   收支总表!B6, 收支总表!B5
 *   结转结余变动率    需上年数                      缺：上年结余结转
 */
export function indicatorLines(result: CheckResult, lang: Lang): string[] {
  if (result.indicators.length === 0) return [];
  const names = result.indicators.map((indicator) => (lang === 'zh' ? indicator.name : indicator.nameEn));
  const nameWidth = Math.max(...names.map(displayWidth));
  const lines = [say(lang, 'indicators-title', { profile: `${result.profile.id} ${result.profile.name[lang]}` })];
  result.indicators.forEach((indicator, index) => {
    const value = lang === 'zh' ? indicator.display : indicator.displayEn;
    const score =
      indicator.score !== null && indicator.points !== null ? say(lang, 'indicator-score', { score: indicator.score, points: indicator.points }) : '';
    const where =
      indicator.status === 'computed'
        ? [
            indicator.band ?? '',
            indicator.takenAsZero.length ? `${lang === 'zh' ? '按0计：' : 'taken as 0: '}${indicator.takenAsZero.join('、')}` : '',
            indicator.cells.join(', '),
          ]
        : [`${lang === 'zh' ? '缺：' : 'missing: '}${indicator.missing.join('、')}`];
    const parts = [padTo(names[index], nameWidth), padTo(value, 8), score, ...where].filter((part) => part.trim() !== '');
    lines.push(`  ${parts.join('  ')}`);
  });
  return lines;
}

/** Columns a name takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return width;
}

function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
