/**
 * The terminal report: the tables recognised, then the findings grouped by sheet (in workbook
 * order) and row, each with its message and figures, and the counts at the end.
 */
import type { CheckResult, TableSummary } from '../core/check-api';
import { DEFAULT_TOLERANCE_WAN } from '../core/check-workbook';
import type { FormTable } from '../core/forms/form-model';
import type { Finding, Severity } from '../core/rules/types';
import { say, type Lang } from './cli-text';
import { tableKindName } from './table-kind-name';
import { quantityText } from './format-quantity';
import { indicatorLines } from './output-indicators';
import { terminalText } from './terminal-text';

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

export interface TextStyle {
  readonly lang: Lang;
  /** ANSI colours, only on a terminal. */
  readonly colour: boolean;
}

/** The report's heading: file, unit, rulebook, and the tolerance whenever it is not the default. */
function titleLine(file: string, result: CheckResult, lang: Lang): string {
  const data = { file, unit: result.unit, rulebook: `${result.rulebook.id} ${result.rulebook.version}` };
  const tolerance = result.toleranceWan;
  if (tolerance === undefined || tolerance === DEFAULT_TOLERANCE_WAN) return say(lang, 'report-title', data);
  return say(lang, 'report-title-tolerance', { ...data, tolerance, default: DEFAULT_TOLERANCE_WAN });
}

export function textReport(file: string, result: CheckResult, sheetOrder: readonly string[], style: TextStyle): string {
  const { lang } = style;
  const paint = (code: string, text: string) => (style.colour ? `${code}${text}${RESET}` : text);
  const lines: string[] = [paint(BOLD, titleLine(file, result, lang))];
  if (result.tables.length) {
    lines.push(say(lang, 'tables-found'));
    for (const table of result.tables) {
      lines.push(
        `  ${terminalText(table.sheet)}!${table.range}  ${tableKindName(lang, table.kind, formKindOf(table, result))}  ${say(lang, 'rows-checked', { rows: table.rows })}`,
      );
    }
  }
  const indicators = indicatorLines(result, lang);
  if (indicators.length) lines.push('', ...indicators);
  lines.push('');
  if (result.findings.length === 0) lines.push(say(lang, 'no-findings'), '');
  for (const [sheet, findings] of groupBySheet(result.findings, sheetOrder)) {
    lines.push(paint(BOLD, `【${terminalText(sheet) || say(lang, 'whole-workbook')}】`));
    for (const finding of findings) lines.push(...findingLines(finding, result, style, paint));
    lines.push('');
  }
  lines.push(paint(BOLD, say(lang, 'counts', result.counts)));
  return `${lines.join('\n')}\n`;
}

function findingLines(finding: Finding, result: CheckResult, style: TextStyle, paint: (code: string, text: string) => string): string[] {
  const { lang } = style;
  const severity = paint(COLOURS[finding.severity], say(lang, finding.severity).padEnd(lang === 'zh' ? 2 : 7));
  const where = say(lang, 'row', { row: finding.row });
  const subject = finding.subject ? `${terminalText(finding.subject)}  ` : '';
  const lines = [`  ${severity}  ${where}  ${subject}[${finding.rule}]`, `      ${terminalText(finding.message[lang])}`];
  const figures = figuresText(finding, result, lang);
  if (figures) lines.push(`      ${figures}`);
  if (finding.cells.length) lines.push(`      ${finding.cells.join(', ')}`);
  return lines;
}

/** A form's type (`project` / `unit`): the summary names only the kind, the recognised form says which. */
function formKindOf(table: TableSummary, result: CheckResult): string | undefined {
  if (table.kind !== 'form') return undefined;
  const { top, left, bottom, right } = table.cellRange;
  const form = result.recognized.tables.find(
    (candidate): candidate is FormTable =>
      candidate.kind === 'form' &&
      candidate.sheet === table.sheet &&
      candidate.range.top === top &&
      candidate.range.left === left &&
      candidate.range.bottom === bottom &&
      candidate.range.right === right,
  );
  return form?.formKind;
}

/** `应为 1964.41万元，实际 1964.4万元，差额 0.01万元` — only the figures the finding has. */
export function figuresText(finding: Finding, result: CheckResult, lang: Lang): string {
  const parts: string[] = [];
  const sep = lang === 'zh' ? '' : ' ';
  if (finding.expected) parts.push(`${say(lang, 'expected')}${sep}${quantityText(finding.expected, result.unit, lang)}`);
  if (finding.actual) parts.push(`${say(lang, 'actual')}${sep}${quantityText(finding.actual, result.unit, lang)}`);
  if (finding.difference) parts.push(`${say(lang, 'difference')}${sep}${quantityText(finding.difference, result.unit, lang)}`);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** Findings by sheet in workbook order; within a sheet they keep the core's reading order. */
function groupBySheet(findings: readonly Finding[], sheetOrder: readonly string[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.sheet);
    if (group) group.push(finding);
    else groups.set(finding.sheet, [finding]);
  }
  const position = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  return [...groups.entries()].sort(([a], [b]) => position(a) - position(b));
}
