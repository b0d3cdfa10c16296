/**
 * Reads a rulebook a bureau wrote (JSON text or parsed) and says everything wrong with it at once:
 * unknown rule ids, formulas that do not parse, field names a formula cannot know, bad options.
 * The pane and the CLI show RulebookError's text as it is.
 */
import { checkProfiles } from '../indicators/profiles';
import { ruleById, RULES } from '../rules';
import type { FormulaScope, LocalizedText, RuleOptions } from '../rules/types';
import { checkDimensions } from './evaluate-formula';
import { SCOPE_FIELDS, unknownFields } from './fields';
import { FormulaError, parseFormula } from './formula';
import type { CustomFormulaRule, Rulebook } from './rulebook-types';

export class RulebookError extends Error {
  constructor(readonly problems: readonly LocalizedText[]) {
    super(`The rulebook cannot be used:\n${problems.map((problem) => `- ${problem.en}`).join('\n')}`);
    this.name = 'RulebookError';
  }

  /** All problems, one per line, in the user's language. */
  text(language: 'zh' | 'en'): string {
    const heading = language === 'zh' ? '规则库无法使用：' : 'The rulebook cannot be used:';
    return [heading, ...this.problems.map((problem) => `- ${problem[language]}`)].join('\n');
  }
}

const SEVERITIES = ['error', 'warning', 'info'];
const SCOPES: readonly FormulaScope[] = ['project-row', 'summary', 'unit-info'];

type Problems = LocalizedText[];

export function loadRulebook(json: unknown): Rulebook {
  const problems: Problems = [];
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw new RulebookError([{ zh: `不是有效的 JSON：${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` }]);
    }
  }
  if (!isObject(data)) throw new RulebookError([{ zh: '规则库应是一个 JSON 对象', en: 'a rulebook must be a JSON object' }]);

  if (!nonEmptyString(data.id)) problems.push({ zh: '缺少 id（文本）', en: 'id is missing (text)' });
  if (typeof data.version !== 'string') problems.push({ zh: '缺少 version（文本）', en: 'version is missing (text)' });
  if (!isLocalized(data.name)) problems.push({ zh: 'name 应有 zh 和 en 两个文本', en: 'name needs zh and en texts' });
  if (typeof data.tolerance !== 'number' || !Number.isFinite(data.tolerance) || data.tolerance < 0) {
    problems.push({ zh: 'tolerance 应是不小于 0 的数（万元）', en: 'tolerance must be a number ≥ 0 (万元)' });
  }
  if (!isObject(data.rules)) problems.push({ zh: 'rules 应是一个对象（规则 id → 选项）', en: 'rules must be an object (rule id → options)' });
  else for (const [id, options] of Object.entries(data.rules)) checkRuleOptions(id, options, problems);
  if (data.custom !== undefined) {
    if (!Array.isArray(data.custom)) problems.push({ zh: 'custom 应是一个数组', en: 'custom must be an array' });
    else checkCustomRules(data.custom, problems);
  }

  checkProfiles(data.profiles, data.indicatorProfile, problems);

  if (problems.length > 0) throw new RulebookError(problems);
  return data as unknown as Rulebook;
}

function checkRuleOptions(id: string, options: unknown, problems: Problems): void {
  const rule = ruleById(id);
  if (!rule) {
    const known = RULES.map((r) => r.meta.id).join(', ');
    problems.push({ zh: `未知的规则 id “${id}”（已有：${known}）`, en: `unknown rule id "${id}" (known: ${known})` });
    return;
  }
  if (!isObject(options)) {
    problems.push({ zh: `规则 ${id} 的选项应是一个对象`, en: `the options of rule ${id} must be an object` });
    return;
  }
  const { severity, enabled, formula, params } = options as RuleOptions & Record<string, unknown>;
  if (severity !== undefined && !SEVERITIES.includes(severity)) {
    problems.push({ zh: `规则 ${id} 的 severity 应是 error、warning 或 info`, en: `rule ${id}: severity must be error, warning or info` });
  }
  if (enabled !== undefined && typeof enabled !== 'boolean') {
    problems.push({ zh: `规则 ${id} 的 enabled 应是 true 或 false`, en: `rule ${id}: enabled must be true or false` });
  }
  if (formula !== undefined) {
    if (!rule.meta.formulaScope) problems.push({ zh: `规则 ${id} 没有可替换的公式`, en: `rule ${id} has no formula to replace` });
    else checkFormula(`规则 ${id}`, `rule ${id}`, formula, rule.meta.formulaScope, problems);
  }
  if (params !== undefined) {
    if (!isObject(params)) {
      problems.push({ zh: `规则 ${id} 的 params 应是一个对象`, en: `rule ${id}: params must be an object` });
      return;
    }
    for (const [name, value] of Object.entries(params)) {
      const declared = rule.meta.params?.[name];
      if (!declared) problems.push({ zh: `规则 ${id} 没有参数 “${name}”`, en: `rule ${id} has no parameter "${name}"` });
      else if (typeof value !== typeof declared.default) {
        problems.push({ zh: `规则 ${id} 的参数 ${name} 应是 ${typeof declared.default}`, en: `rule ${id}: parameter ${name} must be a ${typeof declared.default}` });
      }
    }
  }
}

function checkCustomRules(custom: readonly unknown[], problems: Problems): void {
  const seen = new Set<string>();
  custom.forEach((entry, index) => {
    const where = { zh: `custom 第 ${index + 1} 条`, en: `custom entry ${index + 1}` };
    if (!isObject(entry)) {
      problems.push({ zh: `${where.zh}应是一个对象`, en: `${where.en} must be an object` });
      return;
    }
    const rule = entry as Partial<CustomFormulaRule> & Record<string, unknown>;
    if (!nonEmptyString(rule.id)) problems.push({ zh: `${where.zh}缺少 id`, en: `${where.en} has no id` });
    else if (ruleById(rule.id)) problems.push({ zh: `${where.zh}的 id “${rule.id}” 与内置规则重名`, en: `${where.en}: id "${rule.id}" is a built-in rule's` });
    else if (seen.has(rule.id)) problems.push({ zh: `${where.zh}的 id “${rule.id}” 重复`, en: `${where.en}: id "${rule.id}" is used twice` });
    else seen.add(rule.id);
    if (!SEVERITIES.includes(rule.severity as string)) {
      problems.push({ zh: `${where.zh}的 severity 应是 error、warning 或 info`, en: `${where.en}: severity must be error, warning or info` });
    }
    if (!isLocalized(rule.description)) problems.push({ zh: `${where.zh}的 description 应有 zh 和 en`, en: `${where.en}: description needs zh and en` });
    if (!isLocalized(rule.message)) problems.push({ zh: `${where.zh}的 message 应有 zh 和 en`, en: `${where.en}: message needs zh and en` });
    if (!SCOPES.includes(rule.scope as FormulaScope)) {
      problems.push({ zh: `${where.zh}的 scope 应是 ${SCOPES.join('、')} 之一`, en: `${where.en}: scope must be one of ${SCOPES.join(', ')}` });
    } else {
      checkFormula(where.zh, where.en, rule.formula, rule.scope as FormulaScope, problems);
    }
  });
}

function checkFormula(whereZh: string, whereEn: string, formula: unknown, scope: FormulaScope, problems: Problems): void {
  if (typeof formula !== 'string') {
    problems.push({ zh: `${whereZh}的 formula 应是文本`, en: `${whereEn}: formula must be text` });
    return;
  }
  try {
    const parsed = parseFormula(formula);
    const unknown = unknownFields(scope, parsed.fields);
    if (unknown.length > 0) {
      const known = SCOPE_FIELDS[scope].join('、');
      problems.push({
        zh: `${whereZh}的公式 “${formula}” 含有未知字段：${unknown.join('、')}（可用：${known}）`,
        en: `${whereEn}: formula "${formula}" names unknown field(s) ${unknown.join(', ')} (known: ${known})`,
      });
      return;
    }
    checkDimensions(parsed);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    problems.push({
      zh: `${whereZh}的公式 “${formula}” ${error.reason.zh}`,
      en: `${whereEn}: formula "${formula}" ${error.reason.en}`,
    });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isLocalized(value: unknown): value is LocalizedText {
  return isObject(value) && typeof value.zh === 'string' && typeof value.en === 'string';
}
