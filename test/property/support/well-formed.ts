/**
 * What every check result must be, whatever the workbook: no rule that crashed (the runner turns
 * a throw into a `rule-failed` finding, which hides a bug from a test that only watches for
 * throws), findings that point at real sheets and valid cells, messages fully filled in, and
 * figures that are numbers.
 */
import { parseA1 } from '../../../src/core/grid/a1';
import type { Workbook } from '../../../src/core/grid/types';
import type { CheckResult } from '../../../src/core/check-api';
import type { Finding, Quantity } from '../../../src/core/rules/types';

const SEVERITIES = new Set(['error', 'warning', 'info']);

function quantityProblem(name: string, quantity: Quantity | undefined): string | null {
  if (!quantity) return null;
  if (quantity.kind === 'money') return typeof quantity.fen === 'bigint' ? null : `${name} money is not a bigint`;
  return Number.isFinite(quantity.value) ? null : `${name} is ${quantity.value}`;
}

function findingProblems(finding: Finding, sheetNames: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (finding.messageId === 'rule-failed') problems.push(`rule crashed: ${finding.message.en}`);
  if (!SEVERITIES.has(finding.severity)) problems.push(`severity ${finding.severity}`);
  if (!sheetNames.has(finding.sheet) && !(sheetNames.size === 0 && finding.sheet === '')) problems.push(`unknown sheet “${finding.sheet}”`);
  if (!Number.isInteger(finding.row) || finding.row < 1) problems.push(`row ${finding.row}`);
  for (const cell of finding.cells) {
    try {
      if (parseA1(cell).row < 1) problems.push(`cell ${cell}`);
    } catch {
      problems.push(`cell ${cell}`);
    }
  }
  for (const language of ['zh', 'en'] as const) {
    const text = finding.message[language];
    if (!text) problems.push(`empty ${language} message`);
    else if (/\{[A-Za-z0-9_]+\}/.test(text)) problems.push(`unfilled placeholder in ${language}: ${text.slice(0, 200)}`);
    else if (/\bundefined\b/.test(text)) problems.push(`“undefined” in ${language}: ${text.slice(0, 200)}`);
  }
  for (const [name, quantity] of [
    ['expected', finding.expected],
    ['actual', finding.actual],
    ['difference', finding.difference],
  ] as const) {
    const problem = quantityProblem(name, quantity);
    if (problem) problems.push(problem);
  }
  return problems.map((problem) => `${finding.rule}/${finding.messageId} on ${finding.sheet}!${finding.row}: ${problem}`);
}

/** Every way the result breaks the promises above, as readable lines (empty when none). */
export function resultProblems(workbook: Workbook, result: CheckResult): string[] {
  const sheetNames = new Set(workbook.sheets.map((sheet) => sheet.name));
  const problems = result.findings.flatMap((finding) => findingProblems(finding, sheetNames));
  for (const table of result.recognized.tables) {
    const { top, left, bottom, right } = table.range;
    if (!(top <= bottom && left <= right) || ![top, left, bottom, right].every(Number.isFinite)) {
      problems.push(`table ${table.kind} on ${table.sheet} has range ${JSON.stringify(table.range)}`);
    }
  }
  const total = result.counts.error + result.counts.warning + result.counts.info;
  if (total !== result.findings.length) problems.push(`counts ${JSON.stringify(result.counts)} for ${result.findings.length} findings`);
  return problems;
}
