/** The indicator registry, like the rules': every definition registered, parsable, tested and documented. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATORS } from '../../../src/core/indicators';
import { variantFormula } from '../../../src/core/indicators/compute';
import { renderIndicatorDocs } from '../../../src/core/indicators/indicator-docs';
import { INPUT_FIELDS } from '../../../src/core/indicators/inputs';
import { availableProfiles } from '../../../src/core/indicators/profiles';
import { checkDimensions } from '../../../src/core/rulebook/evaluate-formula';

const ROOT = join(__dirname, '../../..');
const DEFINITIONS = join(ROOT, 'src/core/indicators/definitions');
const files = readdirSync(DEFINITIONS).filter((file) => file.endsWith('.ts'));
const variants = INDICATORS.flatMap((indicator) =>
  Object.entries(indicator.variants).map(([id, variant]) => [`${indicator.id}/${id}`, indicator, variant] as const),
);

describe('the indicator registry', () => {
  it('registers every definition file, under the id its file is named by', async () => {
    expect(INDICATORS.map((indicator) => `${indicator.id}.ts`).sort()).toEqual([...files].sort());
    for (const file of files) {
      const module = (await import(join(DEFINITIONS, file))) as { default: { id: string } };
      expect(INDICATORS).toContain(module.default);
      expect(module.default.id).toBe(file.replace(/\.ts$/, ''));
    }
  });

  it('has no two indicators with one id', () => {
    expect(new Set(INDICATORS.map((indicator) => indicator.id)).size).toBe(INDICATORS.length);
  });

  it.each(variants)('%s: a formula naming the indicator on the left, known input fields on the right, a ratio', (_id, indicator, variant) => {
    const formula = variantFormula(variant.formula);
    expect(formula.relation).toBe('=');
    expect(formula.left.type).toBe('field');
    const name = formula.left.type === 'field' ? formula.left.name : '';
    expect([indicator.name.zh, ...(indicator.aliases ?? [])].map((text) => text.replace(/[“”"]/g, ''))).toContain(name);
    for (const field of formula.fields.filter((field) => field !== name)) expect(Object.keys(INPUT_FIELDS)).toContain(field);
    expect(() => checkDimensions(formula)).not.toThrow();
    expect(variant.words.zh).not.toBe('');
    expect(variant.words.en).not.toBe('');
  });

  it.each(INDICATORS.map((indicator) => [indicator.id] as const))('%s has a test file with hand-worked figures', (id) => {
    const file = join(ROOT, 'test/core/indicators', `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`'${id}'`);
  });

  it.each(INDICATORS.map((indicator) => [indicator.id] as const))('%s is documented in docs/indicators.md', (id) => {
    expect(readFileSync(join(ROOT, 'docs/indicators.md'), 'utf8')).toContain(`\n## ${id}\n`);
  });

  it('docs/indicators.md is up to date with the definitions and profiles (run `npm run docs:rules`)', () => {
    expect(readFileSync(join(ROOT, 'docs/indicators.md'), 'utf8')).toBe(renderIndicatorDocs(INDICATORS, availableProfiles()));
  });

  it('ships the national profile (every indicator, nothing scored) and the Hunan one', () => {
    const [national, hunan] = availableProfiles();
    expect(national.id).toBe('national');
    expect(national.indicators.map((entry) => entry.indicator)).toEqual(INDICATORS.map((indicator) => indicator.id));
    expect(national.indicators.every((entry) => entry.points === undefined && entry.scoring === undefined)).toBe(true);
    expect(hunan.id).toBe('hunan');
    expect(hunan.indicators.filter((entry) => entry.points !== undefined).map((entry) => [entry.indicator, entry.points])).toEqual([
      ['budget-completion-rate', 5],
      ['budget-adjustment-rate', 5],
      ['staff-control-rate', 5],
      ['three-public-change-rate', 8],
    ]);
  });
});
