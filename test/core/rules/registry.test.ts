import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULEBOOK } from '../../../src/core/rulebook/bundled-rulebook';
import { RULES } from '../../../src/core/rules';
import { renderRuleDocs, withReadmeRuleList } from '../../../src/core/rules/rule-docs';

const ROOT = join(__dirname, '../../..');
const RULES_DIR = join(ROOT, 'src/core/rules');
/** Files of src/core/rules that are not rules. */
const NOT_RULES = new Set(['index.ts', 'types.ts', 'run-rules.ts', 'rule-docs.ts']);

const ruleFiles = readdirSync(RULES_DIR).filter((file) => file.endsWith('.ts') && !NOT_RULES.has(file));

describe('the rule registry', () => {
  it('registers every rule file, under the id its file is named by', async () => {
    const registered = RULES.map((rule) => `${rule.meta.id}.ts`).sort();
    expect(registered).toEqual([...ruleFiles].sort());
    for (const file of ruleFiles) {
      const module = (await import(join(RULES_DIR, file))) as { default: { meta: { id: string } } };
      expect(RULES).toContain(module.default);
      expect(module.default.meta.id).toBe(file.replace(/\.ts$/, ''));
    }
  });

  it('has no two rules with one id', () => {
    expect(new Set(RULES.map((rule) => rule.meta.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has a test file with valid and invalid cases', (id) => {
    const file = join(ROOT, 'test/core/rules', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(new RegExp(`\\.run\\('${id}'`));
    expect(text).toMatch(/valid: \[/);
    expect(text).toMatch(/invalid: \[/);
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has texts in zh and en for its description and every message', (_id, rule) => {
    expect(rule.meta.description.zh).not.toBe('');
    expect(rule.meta.description.en).not.toBe('');
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const text of Object.values(rule.meta.messages)) {
      expect(text.zh).not.toBe('');
      expect(text.en).not.toBe('');
      // the same placeholders in both languages
      const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      expect(placeholders(text.en)).toEqual(placeholders(text.zh));
    }
  });

  it.each(RULES.map((rule) => [rule.meta.id] as const))('%s is documented in docs/rules.md', (id) => {
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toContain(`\n## ${id}\n`);
  });

  it('README lists every rule, up to date with the metadata (run `npm run docs:rules`)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withReadmeRuleList(readme, RULES));
    for (const rule of RULES) expect(readme).toContain(`(docs/rules.md#${rule.meta.id})`);
  });

  it('docs/rules.md is up to date with the metadata (run `npm run docs:rules`)', () => {
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toBe(renderRuleDocs(RULES, DEFAULT_RULEBOOK));
  });
});
