/**
 * The --json report: exactly the shape of issue 2, one object per workbook (several: {"files": [...]}).
 * Money is given in the workbook's unit; percentages, counts and scores as plain numbers.
 */
import type { CheckResult } from '../core/check-api';
import type { Severity } from '../core/rules/types';
import type { Lang } from './cli-text';
import { quantityNumber } from './format-quantity';
import { jsonIndicators, type JsonIndicator } from './output-indicators';

export interface JsonFinding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly row: number;
  readonly cells: readonly string[];
  readonly subject: string;
  readonly message: string;
  readonly expected: number | null;
  readonly actual: number | null;
  readonly difference: number | null;
}

export interface JsonReport {
  readonly file: string;
  readonly unit: string;
  readonly tables: readonly { readonly kind: string; readonly sheet: string; readonly range: string }[];
  readonly findings: readonly JsonFinding[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** The indicators' scoring profile id and name. */
  readonly profile: { readonly id: string; readonly name: string };
  readonly indicators: readonly JsonIndicator[];
}

/** A workbook that could not be checked, in a several-file report. */
export interface JsonUnusable {
  readonly file: string;
  readonly error: string;
}

export function jsonReport(file: string, result: CheckResult, lang: Lang): JsonReport {
  const { unit } = result;
  return {
    file,
    unit,
    tables: result.tables.map(({ kind, sheet, range }) => ({ kind, sheet, range })),
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      sheet: finding.sheet,
      row: finding.row,
      cells: finding.cells,
      subject: finding.subject,
      message: finding.message[lang],
      expected: quantityNumber(finding.expected, unit),
      actual: quantityNumber(finding.actual, unit),
      difference: quantityNumber(finding.difference, unit),
    })),
    counts: { error: result.counts.error, warning: result.counts.warning, info: result.counts.info },
    profile: { id: result.profile.id, name: result.profile.name[lang] },
    indicators: jsonIndicators(result, lang),
  };
}

export function stringifyReport(report: JsonReport | { files: readonly (JsonReport | JsonUnusable)[] }): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
