/** Templates are data: checked against the slots, filled by substitution only, never run. */
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftParagraphs, paragraphText } from '../../../src/core/report/draft-model';
import { fillSentence } from '../../../src/core/report/fill-template';
import { formatPercent, formatWan, ratioBasisPoints } from '../../../src/core/report/format';
import { parseReportTemplate, placeholdersOf, TEMPLATE_SLOTS, type ReportTemplate } from '../../../src/core/report/template-types';
import { zhTemplate } from '../../../src/core/report/templates/zh';
import { resultWith } from './draft-helpers';
import { seedWorkbook } from './seed-workbook';

const asJson = (template: ReportTemplate): unknown => JSON.parse(JSON.stringify(template));

describe('the bundled Chinese template', () => {
  it('passes its own check: every sentence present, only allowed placeholders', () => {
    expect(parseReportTemplate(asJson(zhTemplate))).toEqual({ ok: true, template: zhTemplate, notices: [] });
  });

  it('uses every placeholder a figure sentence offers (nothing computed is silently dropped)', () => {
    for (const [key, allowed] of Object.entries(TEMPLATE_SLOTS)) {
      expect([key, [...new Set(placeholdersOf(zhTemplate.sentences[key as keyof typeof TEMPLATE_SLOTS]))].sort()]).toEqual([key, [...allowed].sort()]);
    }
  });
});

describe('an organisation’s template as JSON', () => {
  it('changes the wording without touching code', () => {
    const json = asJson(zhTemplate) as { sentences: Record<string, string> };
    json.sentences['budget.otherFunds'] = '另有其他资金{其他资金}万元。';
    json.sentences['heading.other'] = '五、其他事项';
    const parsed = parseReportTemplate(json);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const draft = buildDraft(resultWith(seedWorkbook()), { template: parsed.template });
    const texts = draftParagraphs(draft).map(paragraphText);
    expect(texts).toContain('2023年预算收入2388.07万元，其中年初预算1865.39万元，调整追加522.68万元。另有其他资金0万元。');
    expect(texts).toContain('五、其他事项');
  });

  it('is refused, naming each problem, when a sentence is missing or a placeholder unknown', () => {
    const json = asJson(zhTemplate) as { sentences: Record<string, unknown> };
    delete json.sentences['unit.intro'];
    json.sentences['budget.income'] = '收入{预算收入合计}万元，{constructor}{process.exit(1)}${1+1}';
    json.sentences['budget.extra'] = 'x';
    const parsed = parseReportTemplate(json);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      'sentences.budget.extra: not a sentence of the report',
      'sentences.unit.intro: missing or not a string',
      'sentences.budget.income: unknown placeholder {constructor} (allowed: {年度} {预算收入合计} {年初预算} {调整追加})',
      'sentences.budget.income: unknown placeholder {process.exit(1)} (allowed: {年度} {预算收入合计} {年初预算} {调整追加})',
      'sentences.budget.income: unknown placeholder {1+1} (allowed: {年度} {预算收入合计} {年初预算} {调整追加})',
    ]);
    expect(parseReportTemplate(null)).toEqual({ ok: false, errors: ['template is not an object'] });
  });

  it('keeps loading a template written for the first release: retired keys mapped or ignored, newer sentences bundled, each with a notice', () => {
    const json = asJson(zhTemplate) as { sentences: Record<string, string> };
    // the first release's shape: section 四 listed findings, and the sentences since added are absent
    delete json.sentences['notes.finding'];
    delete json.sentences['notes.ignored'];
    delete json.sentences['goals.projectTarget'];
    delete json.sentences['score.unit'];
    json.sentences['problems.openFindingsLead'] = '经核对，以下数据尚不一致，需在报告定稿前更正或作出说明：';
    json.sentences['problems.openFinding'] = '{说明}（详见“{工作表}”表{单元格}）。';
    json.sentences['problems.ignoredLead'] = '以下差异经核实，已作说明：';
    json.sentences['problems.ignoredFinding'] = '{说明}。说明：{原因}';
    json.sentences['budget.otherFunds'] = '另有其他资金{其他资金}万元。';
    const parsed = parseReportTemplate(json);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.notices).toEqual([
      'sentences.problems.openFinding: renamed, used as sentences.notes.finding',
      'sentences.problems.openFindingsLead: no longer used (findings are listed apart from the report body), ignored',
      'sentences.problems.ignoredLead: no longer used (findings are listed apart from the report body), ignored',
      'sentences.problems.ignoredFinding: no longer used (findings are listed apart from the report body), ignored',
      'sentences.goals.projectTarget: missing, the bundled wording is used',
      'sentences.score.unit: missing, the bundled wording is used',
      'sentences.notes.ignored: missing, the bundled wording is used',
    ]);
    expect(parsed.template.sentences['notes.finding']).toBe('{说明}（详见“{工作表}”表{单元格}）。');
    expect(parsed.template.sentences['score.unit']).toBe(zhTemplate.sentences['score.unit']);
    expect(Object.keys(parsed.template.sentences).sort()).toEqual(Object.keys(TEMPLATE_SLOTS).sort());
    // the organisation's own wording is kept, and the draft builds with it; findings stay out of the body
    const draft = buildDraft(resultWith(seedWorkbook()), { template: parsed.template });
    const texts = draftParagraphs(draft).map(paragraphText);
    expect(texts).toContain('2023年预算收入2388.07万元，其中年初预算1865.39万元，调整追加522.68万元。另有其他资金0万元。');
    expect(texts.join('\n')).not.toContain('经核对，以下数据尚不一致');
  });

  it('still refuses a retired key whose successor is given too only with a notice, and a first-release sentence missing', () => {
    const json = asJson(zhTemplate) as { sentences: Record<string, string> };
    json.sentences['problems.openFinding'] = '{说明}';
    const parsed = parseReportTemplate(json);
    expect(parsed.ok && parsed.notices).toEqual(['sentences.problems.openFinding: no longer used (findings are listed apart from the report body), ignored']);
    expect(parsed.ok && parsed.template.sentences['notes.finding']).toBe(zhTemplate.sentences['notes.finding']);
    delete json.sentences['problems.measures'];
    expect(parseReportTemplate(json)).toEqual({ ok: false, errors: ['sentences.problems.measures: missing or not a string'] });
  });

  it('puts text that looks like code or template syntax in literally', () => {
    const template: ReportTemplate = { ...zhTemplate, sentences: { ...zhTemplate.sentences, 'budget.otherFunds': '`${其他资金}` {{其他资金}} {其他资金}' } };
    const runs = fillSentence(template, 'budget.otherFunds', { 其他资金: { kind: 'user', text: '{其他资金}${1+1}', field: 'x' } });
    expect(runs.map((run) => run.text).join('')).toBe('`${其他资金}${1+1}` {{其他资金}${1+1}} {其他资金}${1+1}');
  });
});

describe('filling a sentence', () => {
  it('marks the wording computed, with all the sentence’s sources, when a figure went in', () => {
    const runs = fillSentence(zhTemplate, 'budget.otherFunds', { 其他资金: { kind: 'figure', text: '0', sources: [{ sheet: 'S', address: 'B7' }] } });
    expect(runs).toEqual([{ kind: 'computed', text: '其他资金来源0万元。', sources: [{ sheet: 'S', address: 'B7' }] }]);
  });

  it('splits around a placeholder and keeps the unit’s text as its own run', () => {
    const runs = fillSentence(zhTemplate, 'project.subItemSpending', {
      支出: { kind: 'missing', field: '支出' },
      主要用途: { kind: 'user', text: '主要用于采购', field: '主要用途' },
    });
    expect(runs).toEqual([
      { kind: 'template', text: '项目支出' },
      { kind: 'placeholder', text: '【请填写：支出】', field: '支出' },
      { kind: 'template', text: '万元，主要用于' },
      { kind: 'user', text: '采购', field: '主要用途' },
      { kind: 'template', text: '。' },
    ]);
  });
});

describe('numbers as the report writes them', () => {
  it.each([
    [120_300_000n, '120.3'],
    [90_000_000n, '90'],
    [-130_000n, '-0.13'],
    [1_234_567n, '1.23'],
    [1_235_000n, '1.24'],
    [5_000n, '0.01'],
    [4_999n, '0'],
  ])('%s fen → %s 万元', (fen, text) => {
    expect(formatWan(fen)).toBe(text);
  });

  it('rounds percentages half up to two decimals and drops trailing zeros', () => {
    expect(formatPercent(ratioBasisPoints(208_471_000_000n, 238_807_000_000n)!)).toBe('87.3');
    expect(formatPercent(ratioBasisPoints(104_680_000n, 183_540_000n)!)).toBe('57.03');
    expect(formatPercent(ratioBasisPoints(1n, 3n)!)).toBe('33.33');
    expect(formatPercent(ratioBasisPoints(2n, 3n)!)).toBe('66.67');
    expect(formatPercent(ratioBasisPoints(1n, 1n)!)).toBe('100');
    expect(ratioBasisPoints(1n, 0n)).toBeNull();
  });
});
