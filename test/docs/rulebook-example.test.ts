/**
 * docs/rulebook.md: its example rulebook loads and does what the text says it does; its broken
 * rulebook is refused for the reasons shown; and every field and parameter the code knows is there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { checkWorkbook } from '../../src/core/check-workbook';
import type { Workbook } from '../../src/core/grid/types';
import { DEFAULT_RULEBOOK } from '../../src/core/rulebook/bundled-rulebook';
import { loadRulebook, RulebookError } from '../../src/core/rulebook/load-rulebook';
import type { Rulebook } from '../../src/core/rulebook/rulebook-types';
import { RULES } from '../../src/core/rules';

const ROOT = join(__dirname, '..', '..');
const doc = readFileSync(join(ROOT, 'docs', 'rulebook.md'), 'utf8');

/** The ```json block after the `<!-- marker` comment. */
function jsonBlock(marker: string): string {
  const match = new RegExp(`<!-- ${marker}[^]*?\`\`\`json\\n([^]*?)\`\`\``).exec(doc);
  if (!match) throw new Error(`docs/rulebook.md has no json block after <!-- ${marker}`);
  return match[1];
}

const read = (file: string): Promise<Workbook> => readXlsxFile(join(ROOT, 'examples', file));

describe('the example rulebook of docs/rulebook.md', () => {
  let example: Rulebook;
  beforeAll(() => {
    example = loadRulebook(jsonBlock('example-rulebook'));
  });

  it('loads', () => {
    expect(example.id).toBe('shifeng-czj-2024');
    expect(example.custom).toHaveLength(1);
  });

  it('on the example workbook: the custom rule’s two warnings, as quoted; 云龙区 as information; income-total still holds', async () => {
    const workbook = await read('shifeng-grid-2023.xlsx');
    const bundled = checkWorkbook(workbook);
    const result = checkWorkbook(workbook, { rulebook: example });

    const custom = result.findings.filter((finding) => finding.rule === 'carry-over-share');
    expect(custom.map((finding) => [finding.severity, finding.subject])).toEqual([
      ['warning', '网格信息化建设项目'],
      ['warning', '业务性专项经费'],
    ]);
    for (const finding of custom) expect(doc).toContain(`\`${finding.message.zh}\``);

    const placeNames = (findings: typeof result.findings) => findings.filter((finding) => finding.rule === 'place-names').map((finding) => finding.severity);
    expect(placeNames(bundled.findings)).toEqual(['warning']);
    expect(placeNames(result.findings)).toEqual(['info']);
    expect(result.findings.filter((finding) => finding.rule === 'income-total')).toEqual([]);

    // nothing else changes
    const others = (findings: typeof result.findings) =>
      findings.filter((finding) => !['carry-over-share', 'place-names'].includes(finding.rule)).map((finding) => finding.message.zh);
    expect(others(result.findings)).toEqual(others(bundled.findings));
  });

  it('on the forms example: a reason is asked for 57.13% but no longer for 87.3%', async () => {
    const workbook = await read('forms-2023.xlsx');
    const rates = (rulebook?: Rulebook) =>
      checkWorkbook(workbook, { rulebook })
        .findings.filter((finding) => finding.messageId.startsWith('rate-reason'))
        .map((finding) => /执行率为([\d.]+)%/.exec(finding.message.zh)?.[1]);
    expect(rates()).toEqual(expect.arrayContaining(['57.13', '87.3']));
    expect(rates(example)).toContain('57.13');
    expect(rates(example)).not.toContain('87.3');
  });
});

describe('the broken rulebook of docs/rulebook.md', () => {
  it('is refused, for each reason the text shows', () => {
    let error: unknown;
    try {
      loadRulebook(jsonBlock('broken-rulebook'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RulebookError);
    const problems = (error as RulebookError).problems;
    expect(problems).toHaveLength(4);
    // the text abridges the list of known rule ids
    for (const problem of problems) expect(doc).toContain(problem.zh.split('（已有：')[0]);
  });
});

describe('docs/rulebook.md covers the code', () => {
  it('names every field of the rulebook types', () => {
    const types = readFileSync(join(ROOT, 'src/core/rulebook/rulebook-types.ts'), 'utf8');
    const ruleTypes = readFileSync(join(ROOT, 'src/core/rules/types.ts'), 'utf8');
    const optionsBlock = /export interface RuleOptions \{([^]*?)\n\}/.exec(ruleTypes)![1];
    const fields = [...`${types}\n${optionsBlock}`.matchAll(/readonly (\w+)\??:/g)].map((match) => match[1]);
    expect(fields).toEqual(expect.arrayContaining(['id', 'tolerance', 'custom', 'scope', 'message', 'enabled', 'params']));
    for (const field of fields) expect([field, doc.includes(`\`${field}\``)]).toEqual([field, true]);
  });

  it('lists every replaceable formula as bundled, and every parameter with its default', () => {
    for (const rule of RULES) {
      const { id, formulaScope, params } = rule.meta;
      if (formulaScope) expect(doc).toContain(`| \`${id}\` | \`${DEFAULT_RULEBOOK.rules[id].formula}\` |`);
      for (const [name, param] of Object.entries(params ?? {})) {
        const line = doc.split('\n').find((text) => text.startsWith(`| \`${id}\` | \`${name}\` |`));
        expect([id, name, line !== undefined]).toEqual([id, name, true]);
        if (typeof param.default !== 'string' || param.default.length < 40) {
          expect([id, name, line]).toEqual([id, name, expect.stringContaining(`| \`${JSON.stringify(param.default)}\` |`)]);
        }
      }
    }
  });
});
