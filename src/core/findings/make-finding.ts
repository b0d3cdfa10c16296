/**
 * Turns what rules report into what users read: severity settled, message texts filled in both
 * languages, difference computed; then sorted in reading order and counted.
 */
import type { MoneyUnit } from '../money/fen';
import type { Finding, LocalizedText, Quantity, RuleMeta, RuleOptions, RuleReport, Severity } from '../rules/types';

const UNIT_TEXT: Readonly<Record<MoneyUnit, LocalizedText>> = {
  万元: { zh: '万元', en: '×10k yuan' },
  元: { zh: '元', en: 'yuan' },
};

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/;
/** Templates cut at their placeholders: text, name, text, … (a rule with 2,000 findings fills one template 2,000 times). */
const cutTemplates = new Map<string, readonly string[]>();

function partsOf(text: string): readonly string[] {
  let parts = cutTemplates.get(text);
  if (!parts) {
    if (cutTemplates.size > 1000) cutTemplates.clear();
    cutTemplates.set(text, (parts = text.split(PLACEHOLDER)));
  }
  return parts;
}

/** Fills `{name}` placeholders; `{unit}` is the output unit unless the report gives its own. */
export function fillMessage(template: LocalizedText, data: RuleReport['data'], unit: MoneyUnit): LocalizedText {
  const fill = (text: string, language: 'zh' | 'en'): string => {
    const parts = partsOf(text);
    let filled = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      // own properties only: `{constructor}` in a rulebook's message must not print a native function
      const value = data && Object.hasOwn(data, name) ? data[name] : undefined;
      if (value !== undefined) filled += String(value);
      else filled += name === 'unit' ? UNIT_TEXT[unit][language] : `{${name}}`;
      filled += parts[i + 1];
    }
    return filled;
  };
  return { zh: fill(template.zh, 'zh'), en: fill(template.en, 'en') };
}

export function difference(expected: Quantity | undefined, actual: Quantity | undefined): Quantity | undefined {
  if (!expected || !actual || expected.kind !== actual.kind) return undefined;
  if (expected.kind === 'money' && actual.kind === 'money') {
    const diff = expected.fen - actual.fen;
    return { kind: 'money', fen: diff < 0n ? -diff : diff };
  }
  if (expected.kind === 'money' || actual.kind === 'money') return undefined;
  // non-money quantities carry at most two decimals: round away float noise of the subtraction
  const value = Math.round(Math.abs(expected.value - actual.value) * 100) / 100;
  return Number.isFinite(value) ? { kind: expected.kind, value } : undefined;
}

export function toFinding(meta: RuleMeta, options: RuleOptions, report: RuleReport, unit: MoneyUnit): Finding {
  const template = meta.messages[report.messageId];
  if (!template) throw new Error(`Rule ${meta.id} reported an unknown message id: ${report.messageId}`);
  const diff = difference(report.expected, report.actual);
  return {
    rule: meta.id,
    // a report's own severity (e.g. "less is information") outranks the rule's configured one
    severity: report.severity ?? options.severity ?? meta.severity,
    sheet: report.sheet,
    row: report.row,
    cells: report.cells,
    subject: report.subject,
    messageId: report.messageId,
    message: fillMessage(template, { subject: report.subject, ...report.data }, unit),
    ...(report.expected ? { expected: report.expected } : {}),
    ...(report.actual ? { actual: report.actual } : {}),
    ...(diff ? { difference: diff } : {}),
  };
}

/** Reading order: sheets as they stand in the workbook, then row, then rule id, then first cell. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = (sheet: string): number => {
    const index = sheetOrder.indexOf(sheet);
    return index < 0 ? sheetOrder.length : index;
  };
  return [...findings].sort(
    (a, b) =>
      sheetIndex(a.sheet) - sheetIndex(b.sheet) ||
      a.row - b.row ||
      a.rule.localeCompare(b.rule) ||
      (a.cells[0] ?? '').localeCompare(b.cells[0] ?? '', 'en', { numeric: true }) ||
      a.messageId.localeCompare(b.messageId),
  );
}

export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
