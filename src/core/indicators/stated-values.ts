/**
 * Where a workbook states an indicator's value itself: an indicator row of a unit's
 * self-evaluation form (national or Chongqing 全年完成值) named like a common indicator, or a
 * sentence in the unit's own text (`预算完成率为95%`). The Hunan 指标表 comes with issue [2]'s tables.
 */
import { formsOf } from '../forms/form-rule-support';
import type { UnitInfo } from '../recognize/model';
import type { RecognizedWorkbook } from '../tables/model';
import { parseDecimal, type Exact } from '../rulebook/exact';
import { INDICATORS } from '.';
import type { IndicatorDefinition } from './types';

export interface StatedIndicator {
  readonly indicator: IndicatorDefinition;
  readonly sheet: string;
  readonly row: number;
  readonly address: string;
  /** The form's name, or the unit info's label. */
  readonly subject: string;
  /** The percentage as written (`95`, `28.0`), and as an exact ratio. */
  readonly percentText: string;
  readonly ratio: Exact;
  /** Decimals written: a figure is compared with the computed one rounded as far. */
  readonly decimals: number;
}

/** Names as people write them: quotes and spaces dropped (“三公经费”控制率 → 三公经费控制率). */
export function plainName(text: string): string {
  return text.replace(/[“”"‘’'\s（）()]/g, '');
}

function namesOf(indicator: IndicatorDefinition): string[] {
  return [indicator.name.zh, ...(indicator.aliases ?? [])].map(plainName);
}

export function indicatorNamed(name: string): IndicatorDefinition | undefined {
  const plain = plainName(name);
  return INDICATORS.find((indicator) => namesOf(indicator).includes(plain));
}

/** `95`, `-3.5` → exact percent ÷ 100, with the decimals written. */
function percentReading(text: string): { ratio: Exact; decimals: number; text: string } | null {
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const parsed = parseDecimal(digits);
  if (!parsed) return null;
  const ratio = { n: negative ? -parsed.n : parsed.n, d: parsed.d * 100n };
  return { ratio, decimals: digits.split('.')[1]?.length ?? 0, text };
}

const UNIT_TEXT_FIELDS = ['工作成效', '问题', '改进措施', '其他说明'] as const;

export function statedIndicators(workbook: RecognizedWorkbook): StatedIndicator[] {
  const stated: StatedIndicator[] = [];
  for (const form of formsOf(workbook)) {
    if (form.formKind !== 'unit') continue; // a project form's rates are the project's, not the unit's
    for (const row of form.indicators?.indicators ?? []) {
      const indicator = indicatorNamed(row.name);
      const actual = row.actual;
      if (!indicator || !actual || actual.number === null) continue;
      const asPercent = actual.percent || /[%％]/.test(row.unitText) || Math.abs(actual.number) > 1.5;
      const written = String(asPercent ? actual.number : actual.number * 100);
      const reading = percentReading(written);
      if (reading)
        stated.push({
          indicator,
          sheet: form.sheet,
          row: row.row,
          address: actual.address,
          subject: form.subject,
          percentText: reading.text,
          ratio: reading.ratio,
          decimals: reading.decimals,
        });
    }
    for (const text of form.texts) stated.push(...inSentence(text.text, form.sheet, text.row, text.address, form.subject));
  }
  for (const table of workbook.tables) {
    if (table.kind !== 'unit-info') continue;
    for (const field of UNIT_TEXT_FIELDS) {
      const cell = (table as UnitInfo).fields[field];
      if (cell && typeof cell.value === 'string') stated.push(...inSentence(cell.value, table.sheet, cell.row, cell.address, cell.label || field));
    }
  }
  return stated;
}

const NUMBER_AFTER_NAME = String.raw`\s*(?:为|是|达到|达|约为|仅为|：|:)?\s*(-?\d+(?:\.\d+)?)\s*[%％]`;

/** `预算完成率为95%`, `结转结余率：12.7%` in a sentence of the unit's own text. */
function inSentence(text: string, sheet: string, row: number, address: string, subject: string): StatedIndicator[] {
  const found: StatedIndicator[] = [];
  const plain = text.replace(/[“”"‘’（）()]/g, '');
  for (const indicator of INDICATORS) {
    for (const name of namesOf(indicator)) {
      for (const match of plain.matchAll(new RegExp(`${name}${NUMBER_AFTER_NAME}`, 'g'))) {
        const reading = percentReading(match[1]);
        if (reading) found.push({ indicator, sheet, row, address, subject, percentText: reading.text, ratio: reading.ratio, decimals: reading.decimals });
      }
    }
  }
  return found;
}
