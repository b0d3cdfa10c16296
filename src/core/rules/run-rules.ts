/**
 * Runs rules over a recognised workbook and turns their reports into findings. Used by
 * checkWorkbook and by the RuleTester, so a rule is tested exactly as it runs.
 */
import { toFinding } from '../findings/make-finding';
import type { RecognizedWorkbook } from '../tables/model';
import type { Rulebook } from '../rulebook/rulebook-types';
import { RULES } from '.';
import { customRule } from './support/custom-rule';
import type { CheckSettings, Finding, Rule, RuleOptions } from './types';

export function runRule(rule: Rule, workbook: RecognizedWorkbook, settings: CheckSettings, options: RuleOptions = {}): Finding[] {
  const unit = settings.outputUnit ?? '万元';
  try {
    return rule.check({ workbook, settings, options }).map((report) => toFinding(rule.meta, options, report, unit));
  } catch (error) {
    // a rule that trips over an unforeseen layout must not hide the other rules' findings
    return [ruleFailed(rule.meta.id, workbook, error)];
  }
}

/** Every enabled rule of the rulebook: the built-in ones with their options, then its custom ones. */
export function runRulebook(workbook: RecognizedWorkbook, settings: CheckSettings, rulebook: Rulebook): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const options = rulebook.rules[rule.meta.id] ?? {};
    if (options.enabled === false) continue;
    findings.push(...runRule(rule, workbook, settings, options));
  }
  for (const definition of rulebook.custom ?? []) findings.push(...runRule(customRule(definition), workbook, settings));
  return findings;
}

function ruleFailed(id: string, workbook: RecognizedWorkbook, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: id,
    severity: 'error',
    sheet: workbook.tables[0]?.sheet ?? '',
    row: workbook.tables[0]?.range.top ?? 1,
    cells: [],
    subject: id,
    messageId: 'rule-failed',
    message: {
      zh: `规则 ${id} 运行出错，未能完成检查：${reason}`,
      en: `Rule ${id} failed and did not finish its check: ${reason}`,
    },
  };
}
