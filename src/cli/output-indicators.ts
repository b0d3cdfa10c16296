/**
 * The common indicators in the CLI's reports: a table in the text report and the `indicators`
 * array of --json ({id, name, value, display, cells, score, points, profile}).
 */
import type { CheckResult } from '../core/check-api';
import type { IndicatorResult } from '../core/indicators/types';
import { say, type Lang } from './cli-text';

export interface JsonIndicator {
  readonly id: string;
  readonly name: string;
  /** A ratio (0.2802 for 28.02%), null when not computed. */
  readonly value: number | null;
  readonly display: string;
  readonly cells: readonly string[];
  readonly score: number | null;
  readonly points: number | null;
  readonly profile: string;
  readonly status: IndicatorResult['status'];
  readonly formula: string;
  readonly band: string | null;
  readonly missing: readonly string[];
  readonly takenAsZero: readonly string[];
}

export function jsonIndicators(result: CheckResult, lang: Lang): JsonIndicator[] {
  return result.indicators.map((indicator) => ({
    id: indicator.id,
    name: lang === 'zh' ? indicator.name : indicator.nameEn,
    value: indicator.value,
    display: lang === 'zh' ? indicator.display : indicator.displayEn,
    cells: indicator.cells,
    score: indicator.score,
    points: indicator.points,
    profile: indicator.profile,
    status: indicator.status,
    formula: indicator.formula,
    band: indicator.band,
    missing: indicator.missing,
    takenAsZero: indicator.takenAsZero,
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
