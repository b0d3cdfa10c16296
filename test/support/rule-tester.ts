/**
 * RuleTester in the ESLint spirit: a rule is run, exactly as checkWorkbook runs it, over small
 * grids written in A1 notation; valid grids must produce nothing, invalid ones exactly the listed
 * findings, in reading order.
 *
 *   ruleTester.run('project-balance', rule, {
 *     valid: [{ name: 'balanced', sheets: { 项目支出: [['项目名称', '年初预算', …], …] } }],
 *     invalid: [{ name: 'off by 0.01', sheets: { … }, errors: [{ messageId: 'mismatch', row: 2, cells: ['F2'] }] }],
 *   });
 */
import { checkSettings, withFormulaValues } from '../../src/core/check-workbook';
import { computeMissingFormulaValues } from '../../src/core/formulas/compute-formulas';
import { sortFindings } from '../../src/core/findings/make-finding';
import { sheetFromRows } from '../../src/core/grid/sheet-from-a1';
import type { Sheet, Workbook } from '../../src/core/grid/types';
import { recognizeWorkbook } from '../../src/core/tables/recognize-workbook';
import { DEFAULT_RULEBOOK } from '../../src/core/rulebook/bundled-rulebook';
import { runRule } from '../../src/core/rules/run-rules';
import type { Finding, Rule, RuleOptions, Severity } from '../../src/core/rules/types';

/** A sheet as rows from A1, or a Sheet built with sheetFromRows(name, rows, topLeft). */
export type SheetSpec = readonly (readonly unknown[])[] | Sheet;

export interface RuleTestCase {
  readonly name: string;
  /** Sheets in workbook order. */
  readonly sheets: Readonly<Record<string, SheetSpec>>;
  /** Rule options (default: the bundled rulebook's for this rule). */
  readonly options?: RuleOptions;
  readonly toleranceWan?: number;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly row: number;
  /** When given, the finding's cells must be exactly these (first = the one selected). */
  readonly cells?: readonly string[];
  readonly severity?: Severity;
  readonly sheet?: string;
  readonly subject?: string;
  /** A fragment the Chinese message must contain (e.g. a figure). */
  readonly zh?: string;
}

export interface InvalidRuleTestCase extends RuleTestCase {
  readonly errors: readonly ExpectedFinding[];
}

export function workbookOf(sheets: Readonly<Record<string, SheetSpec>>, name = 'test.xlsx'): Workbook {
  return {
    name,
    sheets: Object.entries(sheets).map(([sheetName, spec]) => (Array.isArray(spec) ? sheetFromRows(sheetName, spec) : { ...(spec as Sheet), name: sheetName })),
  };
}

/** Runs one rule over a test case's grids, as checkWorkbook would, and returns its findings in reading order. */
export function runRuleOn(rule: Rule, testCase: RuleTestCase): Finding[] {
  const workbook = workbookOf(testCase.sheets);
  const computed = computeMissingFormulaValues(workbook);
  const recognized = withFormulaValues(recognizeWorkbook(computed.workbook), computed.report);
  const settings = checkSettings(recognized, testCase.toleranceWan ?? DEFAULT_RULEBOOK.tolerance);
  const options = testCase.options ?? DEFAULT_RULEBOOK.rules[rule.meta.id] ?? {};
  return sortFindings(
    runRule(rule, recognized, settings, options),
    workbook.sheets.map((sheet) => sheet.name),
  );
}

function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `  ${f.severity} ${f.sheet}!${f.row} [${f.cells.join(',')}] ${f.messageId}: ${f.message.zh}`).join('\n') || '  (none)';
}

export class RuleTester {
  run(id: string, rule: Rule, tests: { valid: readonly RuleTestCase[]; invalid: readonly InvalidRuleTestCase[] }): void {
    describe(id, () => {
      it('is the rule its name says', () => {
        expect(rule.meta.id).toBe(id);
      });
      describe('valid', () => {
        for (const testCase of tests.valid) {
          it(testCase.name, () => {
            const findings = runRuleOn(rule, testCase);
            if (findings.length > 0) throw new Error(`expected no findings, got:\n${describeFindings(findings)}`);
          });
        }
      });
      describe('invalid', () => {
        for (const testCase of tests.invalid) {
          it(testCase.name, () => {
            const findings = runRuleOn(rule, testCase);
            if (findings.length !== testCase.errors.length) {
              throw new Error(`expected ${testCase.errors.length} finding(s), got ${findings.length}:\n${describeFindings(findings)}`);
            }
            testCase.errors.forEach((expected, index) => expectFinding(findings[index], expected, rule));
          });
        }
      });
    });
  }
}

function expectFinding(finding: Finding, expected: ExpectedFinding, rule: Rule): void {
  const context = `${describeFindings([finding])}\n`;
  const actual = {
    messageId: finding.messageId,
    row: finding.row,
    ...(expected.cells ? { cells: finding.cells } : {}),
    ...(expected.severity ? { severity: finding.severity } : {}),
    ...(expected.sheet ? { sheet: finding.sheet } : {}),
    ...(expected.subject ? { subject: finding.subject } : {}),
  };
  const wanted = { ...expected };
  delete (wanted as { zh?: string }).zh;
  expect({ context, ...actual }).toEqual({ context, ...wanted });
  expect(finding.rule).toBe(rule.meta.id);
  // every placeholder filled, in both languages
  expect(finding.message.zh).not.toMatch(/\{[A-Za-z0-9_]+\}/);
  expect(finding.message.en).not.toMatch(/\{[A-Za-z0-9_]+\}/);
  if (expected.zh) expect(finding.message.zh).toContain(expected.zh);
}
