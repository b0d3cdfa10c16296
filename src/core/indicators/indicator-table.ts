/**
 * The indicator table as rows of text, for a new sheet (the pane's “写入新工作表” and the CLI's
 * --out copy): every cell is text, so nothing written becomes a formula or is re-read as a number.
 */
import type { LocalizedText } from '../rules/types';
import type { IndicatorResult } from './types';

export type TableLanguage = 'zh' | 'en';

const HEADERS: Readonly<Record<TableLanguage, readonly string[]>> = {
  zh: ['指标', '数值', '得分', '满分', '评分档', '公式', '口径说明', '来源单元格', '说明'],
  en: ['Indicator', 'Value', 'Score', 'Points', 'Band', 'Formula', 'In words', 'Source cells', 'Note'],
};

export function indicatorTableRows(
  indicators: readonly IndicatorResult[],
  profile: { readonly id: string; readonly name: LocalizedText },
  language: TableLanguage,
): string[][] {
  const zh = language === 'zh';
  const title = zh ? `共性指标（评分方案：${profile.name.zh}）` : `Common indicators (scoring profile: ${profile.name.en})`;
  const rows: string[][] = [[title], [...HEADERS[language]]];
  for (const indicator of indicators) {
    rows.push([
      zh ? indicator.name : indicator.nameEn,
      zh ? indicator.display : indicator.displayEn,
      indicator.score === null ? '' : String(indicator.score),
      indicator.points === null ? '' : String(indicator.points),
      indicator.band ?? '',
      indicator.formula,
      zh ? indicator.words.zh : indicator.words.en,
      indicator.cells.join(zh ? '、' : ', '),
      noteOf(indicator, zh),
    ]);
  }
  return rows;
}

/** Why a figure is missing, or which line was taken as 0. */
export function noteOf(indicator: IndicatorResult, zh: boolean): string {
  if (indicator.status !== 'computed' && indicator.missing.length) return `${zh ? '缺少：' : 'missing: '}${indicator.missing.join(zh ? '、' : ', ')}`;
  if (indicator.takenAsZero.length) return `${zh ? '按0计：' : 'taken as 0: '}${indicator.takenAsZero.join(zh ? '、' : ', ')}`;
  return '';
}
