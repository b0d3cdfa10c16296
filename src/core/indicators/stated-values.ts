/**
 * Where a workbook states an indicator's value itself: an indicator row of a unit's
 * self-evaluation form, of the Chongqing indicator block (全年完成值) or of a Hunan 指标表
 * (实际完成值 / 指标值), named like a common indicator, or a sentence in the unit's own text
 * (`预算完成率为95%`).
 */
import { formsOf } from '../forms/form-rule-support';
import type { UnitInfo } from '../recognize/model';
import { normalizeLabel } from '../recognize/normalize-label';
import type { RecognizedWorkbook } from '../tables/model';
import { tableKindById } from '../tables';
import { officialTables } from '../tables/fields';
import type { NumberCell, OfficialKindId } from '../tables/official-table';
import { parseDecimal, type Exact } from '../rulebook/exact';
import { percentFixed } from './scoring';
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
  /** A form's indicator row, an indicator table's row, or a sentence. */
  readonly source: 'form' | 'table' | 'text';
}

/** Names as people write them: quotes, spaces and percent signs dropped (“三公经费”控制率 → 三公经费控制率). */
export function plainName(text: string): string {
  return text.replace(/[“”"‘’'\s（）()%％]/g, '');
}

function namesOf(indicator: IndicatorDefinition): string[] {
  return [indicator.name.zh, ...(indicator.aliases ?? [])].map(plainName);
}

/**
 * The indicator a label names: as written (预算调整（控制）率), or as a table label reads once its
 * outline number and bracketed unit are dropped (`1、预算完成率（%）` → 预算完成率).
 */
export function indicatorNamed(name: string): IndicatorDefinition | undefined {
  const spellings = [plainName(name), plainName(normalizeLabel(name))];
  return INDICATORS.find((indicator) => namesOf(indicator).some((known) => spellings.includes(known)));
}

/** `95`, `-3.5` → exact percent ÷ 100, with the decimals written. */
export function percentReading(text: string): { ratio: Exact; decimals: number; text: string } | null {
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
          source: 'form',
        });
    }
    for (const text of form.texts) stated.push(...inSentence(text.text, form.sheet, text.row, text.address, form.subject));
  }
  for (const kind of INDICATOR_TABLES) stated.push(...inIndicatorTables(workbook, kind));
  for (const table of workbook.tables) {
    if (table.kind !== 'unit-info') continue;
    for (const field of UNIT_TEXT_FIELDS) {
      const cell = (table as UnitInfo).fields[field];
      if (cell && typeof cell.value === 'string') stated.push(...inSentence(cell.value, table.sheet, cell.row, cell.address, cell.label || field));
    }
  }
  // a row some form reader and an indicator table both read is one statement
  const seen = new Set<string>();
  return stated.filter((entry) => {
    const key = `${entry.indicator.id}|${entry.sheet}|${entry.address}|${entry.percentText}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
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
        if (reading)
          found.push({ indicator, sheet, row, address, subject, percentText: reading.text, ratio: reading.ratio, decimals: reading.decimals, source: 'text' });
      }
    }
  }
  return found;
}

/** Official kinds whose rows state indicator values (the Chongqing block, the Hunan 指标表). */
const INDICATOR_TABLES: readonly OfficialKindId[] = ['indicator-block', 'hunan-indicator-table'];

/**
 * Each row of an indicator table named like a common indicator and stating a rate — except rows
 * under a project form's title (the project's rates, not the unit's, even where the form reader
 * did not take the rows for its own) and rows a unit form read itself (that reading stands).
 */
function inIndicatorTables(workbook: RecognizedWorkbook, kind: OfficialKindId): StatedIndicator[] {
  const stated: StatedIndicator[] = [];
  const subject = tableKindById(kind)?.name.zh ?? kind;
  const forms = formsOf(workbook);
  const readByForm = (sheet: string, row: number): boolean => {
    const above = forms.filter((form) => form.sheet === sheet && form.range.top <= row);
    const nearest = above.reduce<(typeof forms)[number] | undefined>((best, form) => (!best || form.range.top > best.range.top ? form : best), undefined);
    if (!nearest) return false;
    return nearest.formKind !== 'unit' || ((nearest.indicators?.indicators.length ?? 0) > 0 && row <= nearest.range.bottom);
  };
  for (const table of officialTables(workbook, kind)) {
    for (const line of table.indicators ?? []) {
      if (readByForm(table.sheet, line.row)) continue;
      const indicator = indicatorNamed(line.name);
      // `≥90%` is a target, not a value achieved: nothing is stated to compare
      const target = line.actual?.fromText && /^[≥≤<>=＞＜＝]/.test(line.actual.text.trim());
      const reading = indicator && line.actual && !target ? statedPercent(line.actual, line.unitText) : null;
      if (!indicator || !line.actual || !reading) continue;
      stated.push({
        indicator,
        sheet: table.sheet,
        row: line.row,
        address: line.actual.address,
        subject,
        percentText: reading.text,
        ratio: reading.ratio,
        decimals: reading.decimals,
        source: 'table',
      });
    }
  }
  return stated;
}

/**
 * A rate cell read exactly, as written: `95.5%`, and any bare number in a row whose 计量单位 is %,
 * are percentages; a number shown as a percentage, or a bare fraction such as 0.873 where no unit
 * says otherwise, is the ratio itself, whose percentage keeps its decimals less two (0.8730 → 87.30).
 */
export function statedPercent(cell: NumberCell, unitText = ''): { ratio: Exact; decimals: number; text: string } | null {
  const written = cell.fromText ? /-?\d+(?:\.\d+)?/.exec(cell.text.replace(/[\s,，]/g, ''))?.[0] : cell.text;
  if (!written) return null;
  const percentUnit = /^[%％]$/.test(unitText);
  // a number cell formatted as % keeps the fraction in its text (readNumberCell's value is rounded)
  const isFraction = cell.fromText
    ? cell.unit !== '%' && !percentUnit && Math.abs(cell.value) <= 1.5
    : cell.unit === '%' || (!percentUnit && Math.abs(cell.value) <= 1.5);
  return isFraction ? fractionReading(written) : percentReading(written);
}

/** `0.873` → 87.3 (one decimal), `-0.05` → -5: the decimal point moved two places, exactly. */
function fractionReading(text: string): { ratio: Exact; decimals: number; text: string } | null {
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  if (!/^\d+(?:\.\d+)?$/.test(digits)) {
    const ratio = parseDecimal(digits); // 1e-7 and the like
    return ratio && { ratio: negative ? { n: -ratio.n, d: ratio.d } : ratio, decimals: 2, text: `${negative ? '-' : ''}${percentFixed(ratio)}` };
  }
  const [whole, fraction = ''] = digits.split('.');
  const percent = `${whole}${fraction.padEnd(2, '0').slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(2);
  return percentReading(`${negative ? '-' : ''}${percent}${rest ? `.${rest}` : ''}`);
}
