/**
 * Reads a rulebook a bureau wrote (JSON text or parsed) and says everything wrong with it at once:
 * unknown keys and rule ids, formulas that do not parse, field names a formula cannot know,
 * parameters of the wrong type or out of range, regular expressions RE2 cannot compile. A rulebook
 * may come from a colleague's workbook, so nothing in it is trusted: whatever loads is bounded.
 * The pane and the CLI show RulebookError's text as it is.
 */
import { checkProfiles } from '../indicators/profiles';
import { ruleById, RULES } from '../rules';
import type { FormulaScope, LocalizedText, RuleOptions, RuleParam } from '../rules/types';
import { formulaScope, formulaScopes, mixesCountsAndMoney, unknownFields } from '../tables/scopes';
import { checkDimensions } from './evaluate-formula';
import { FormulaError, parseFormula } from './formula';
import { regexProblem } from './safe-regex';
import { isTolerance, MAX_TOLERANCE_WAN } from './tolerance-bounds';

export { isTolerance, MAX_TOLERANCE_WAN } from './tolerance-bounds';
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
const RULEBOOK_KEYS = ['$schema', 'id', 'version', 'name', 'description', 'tolerance', 'rules', 'custom', 'profiles', 'indicatorProfile'];
const RULE_OPTION_KEYS = ['severity', 'enabled', 'formula', 'params'];
const CUSTOM_RULE_KEYS = ['id', 'severity', 'scope', 'formula', 'description', 'message'];

type Problems = LocalizedText[];

export function loadRulebook(json: unknown): Rulebook {
  try {
    return validateRulebook(json);
  } catch (error) {
    if (error instanceof RulebookError) throw error;
    // whatever else goes wrong (a stack overflow on a pathological file) is still a rulebook that cannot be used
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
    throw new RulebookError([{ zh: `无法读取（${reason}）`, en: `cannot be read (${reason})` }]);
  }
}

function validateRulebook(json: unknown): Rulebook {
  const problems: Problems = [];
  let data = json;
  if (typeof json === 'string') {
    try {
      // a UTF-8 BOM, as Windows Notepad saves, is not part of the JSON
      data = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new RulebookError([{ zh: `不是有效的 JSON：${(error as Error).message}`, en: `not valid JSON: ${(error as Error).message}` }]);
    }
  }
  if (!isObject(data)) throw new RulebookError([{ zh: '规则库应是一个 JSON 对象', en: 'a rulebook must be a JSON object' }]);

  unknownKeys(data, RULEBOOK_KEYS, { zh: '规则库', en: 'the rulebook' }, problems);
  if (!nonEmptyString(data.id)) problems.push({ zh: '缺少 id（文本）', en: 'id is missing (text)' });
  if (typeof data.version !== 'string') problems.push({ zh: '缺少 version（文本）', en: 'version is missing (text)' });
  if (!isLocalized(data.name)) problems.push({ zh: 'name 应有 zh 和 en 两个文本', en: 'name needs zh and en texts' });
  if (!isTolerance(data.tolerance)) {
    problems.push({ zh: `tolerance 应是 0 到 ${MAX_TOLERANCE_WAN} 之间的数（万元）`, en: `tolerance must be a number from 0 to ${MAX_TOLERANCE_WAN} (万元)` });
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
  unknownKeys(options, RULE_OPTION_KEYS, { zh: `规则 ${id}`, en: `rule ${id}` }, problems);
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
      const declared = Object.hasOwn(rule.meta.params ?? {}, name) ? rule.meta.params?.[name] : undefined;
      if (!declared) problems.push({ zh: `规则 ${id} 没有参数 “${name}”`, en: `rule ${id} has no parameter "${name}"` });
      else if (typeof value !== typeof declared.default) {
        problems.push({
          zh: `规则 ${id} 的参数 ${name} 应是 ${typeof declared.default}`,
          en: `rule ${id}: parameter ${name} must be a ${typeof declared.default}`,
        });
      } else checkParamValue(id, name, value, declared, problems);
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
    unknownKeys(rule, CUSTOM_RULE_KEYS, where, problems);
    if (!nonEmptyString(rule.id)) problems.push({ zh: `${where.zh}缺少 id`, en: `${where.en} has no id` });
    else if (ruleById(rule.id)) problems.push({ zh: `${where.zh}的 id “${rule.id}” 与内置规则重名`, en: `${where.en}: id "${rule.id}" is a built-in rule's` });
    else if (seen.has(rule.id)) problems.push({ zh: `${where.zh}的 id “${rule.id}” 重复`, en: `${where.en}: id "${rule.id}" is used twice` });
    else seen.add(rule.id);
    if (!SEVERITIES.includes(rule.severity as string)) {
      problems.push({ zh: `${where.zh}的 severity 应是 error、warning 或 info`, en: `${where.en}: severity must be error, warning or info` });
    }
    if (!isLocalized(rule.description)) problems.push({ zh: `${where.zh}的 description 应有 zh 和 en`, en: `${where.en}: description needs zh and en` });
    if (!isLocalized(rule.message)) problems.push({ zh: `${where.zh}的 message 应有 zh 和 en`, en: `${where.en}: message needs zh and en` });
    if (typeof rule.scope !== 'string' || !formulaScope(rule.scope)) {
      // the scopes are the kinds of the registry (tables/scopes.ts): a new kind's is named here without a change
      const scopes = formulaScopes().map((scope) => scope.id);
      problems.push({ zh: `${where.zh}的 scope 应是 ${scopes.join('、')} 之一`, en: `${where.en}: scope must be one of ${scopes.join(', ')}` });
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
  const known = formulaScope(scope);
  if (!known) throw new Error(`no rulebook scope "${scope}" in the kind registry`);
  try {
    const parsed = parseFormula(formula);
    const unknown = unknownFields(known, parsed.fields);
    if (unknown.length > 0) {
      const names = known.fields.join('、');
      problems.push({
        zh: `${whereZh}的公式 “${formula}” 含有未知字段：${unknown.join('、')}（可用：${names}）`,
        en: `${whereEn}: formula "${formula}" names unknown field(s) ${unknown.join(', ')} (known: ${names})`,
      });
      return;
    }
    if (mixesCountsAndMoney(known, parsed.fields)) {
      problems.push({
        zh: `${whereZh}的公式 “${shortFormula(formula)}” 把人数和金额放在一起计算`,
        en: `${whereEn}: formula "${shortFormula(formula)}" mixes head counts and amounts`,
      });
      return;
    }
    checkDimensions(parsed);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    problems.push({
      zh: `${whereZh}的公式 “${shortFormula(formula)}” ${error.reason.zh}`,
      en: `${whereEn}: formula "${shortFormula(formula)}" ${error.reason.en}`,
    });
  }
}

/** Keys the rulebook does not know are named (a misspelt `enabeld` would otherwise be ignored). */
function unknownKeys(object: Record<string, unknown>, known: readonly string[], where: LocalizedText, problems: Problems): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const near = known.find((candidate) => editDistance(candidate, key) <= 2);
    const hint = near ? { zh: `（是否应为 “${near}”？）`, en: ` (did you mean "${near}"?)` } : { zh: '', en: '' };
    problems.push({
      zh: `${where.zh}含有未知的键 “${key}”${hint.zh}（可用：${known.join('、')}）`,
      en: `${where.en} has an unknown key "${key}"${hint.en} (known: ${known.join(', ')})`,
    });
  }
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** A parameter's value within its declared bounds; a pattern that RE2 compiles. */
function checkParamValue(id: string, name: string, value: unknown, declared: RuleParam, problems: Problems): void {
  if (typeof value === 'number') {
    const min = declared.min ?? -Number.MAX_SAFE_INTEGER;
    const max = declared.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isFinite(value) || value < min || value > max || (declared.integer && !Number.isInteger(value))) {
      const kind = declared.integer ? { zh: '整数', en: 'a whole number' } : { zh: '数', en: 'a number' };
      problems.push({
        zh: `规则 ${id} 的参数 ${name} 应是 ${min} 到 ${max} 之间的${kind.zh}，收到 ${value}`,
        en: `rule ${id}: parameter ${name} must be ${kind.en} from ${min} to ${max}, got ${value}`,
      });
    }
  }
  if (typeof value === 'string' && declared.regex) {
    const problem = value.length > MAX_PATTERN_LENGTH ? `longer than ${MAX_PATTERN_LENGTH} characters` : regexProblem(value);
    if (problem) {
      problems.push({
        zh: `规则 ${id} 的参数 ${name} 不是可用的正则表达式（${problem}）`,
        en: `rule ${id}: parameter ${name} is not a usable regular expression (${problem})`,
      });
    }
  }
}

const MAX_PATTERN_LENGTH = 2_000;

/** A formula as quoted in a message: a long one is cut, so the message stays one readable line. */
function shortFormula(formula: string): string {
  return formula.length > 80 ? `${formula.slice(0, 80)}…` : formula;
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
