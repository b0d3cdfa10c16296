import { checkWorkbook } from '../../src/core/check-workbook';
import { fenToNumber } from '../../src/core/money/fen';
import { parseA1 } from '../../src/core/grid/a1';
import { loadRulebook } from '../../src/core/rulebook/load-rulebook';
import { DEFAULT_RULEBOOK } from '../../src/core/rulebook/bundled-rulebook';
import { runRule } from '../../src/core/rules/run-rules';
import type { Finding, Quantity, Rule } from '../../src/core/rules/types';
import { seedSheets, seedWorkbook } from './rules/fixtures/seed-workbook';

const money = (quantity: Quantity | undefined): number | undefined => (quantity?.kind === 'money' ? fenToNumber(quantity.fen, '万元') : undefined);
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, row: f.row, messageId: f.messageId });

describe('checkWorkbook on the seed (spec §4)', () => {
  const result = checkWorkbook(seedWorkbook());

  it('recognises the three tables', () => {
    expect(result.tables.map((t) => [t.kind, t.sheet, t.range])).toEqual([
      ['unit-info', '基本情况', expect.any(String)],
      ['summary', '收支总表', 'A4:B11'],
      ['projects', '项目支出', 'A3:J15'],
    ]);
    expect(result.tables[2].rows).toBe(15 - 3);
    expect(result.unit).toBe('万元');
    expect(result.rulebook).toEqual({ id: DEFAULT_RULEBOOK.id, version: DEFAULT_RULEBOOK.version });
  });

  it('reports exactly the seed’s inconsistencies, in reading order, and nothing else', () => {
    expect(result.findings.map(brief)).toEqual([
      { rule: 'projects-vs-summary', severity: 'error', sheet: '收支总表', row: 10, messageId: 'spending-mismatch' },
      { rule: 'projects-vs-summary', severity: 'info', sheet: '收支总表', row: 11, messageId: 'carry-over-unexplained' },
      { rule: 'sub-items', severity: 'info', sheet: '项目支出', row: 4, messageId: 'partial' },
      { rule: 'place-names', severity: 'warning', sheet: '项目支出', row: 6, messageId: 'other-place' },
      { rule: 'sub-items', severity: 'info', sheet: '项目支出', row: 8, messageId: 'partial' },
      { rule: 'sub-items', severity: 'info', sheet: '项目支出', row: 11, messageId: 'partial' },
      { rule: 'sub-items', severity: 'info', sheet: '项目支出', row: 13, messageId: 'partial' },
    ]);
    expect(result.counts).toEqual({ error: 1, warning: 1, info: 5 });
  });

  it('Σ project 实际支出 1964.40 against 项目支出 1964.41: off by 0.01', () => {
    const [spending] = result.findings;
    expect([money(spending.expected), money(spending.actual), money(spending.difference)]).toEqual([1964.4, 1964.41, 0.01]);
    expect(spending.cells).toEqual(['B10']);
    expect(spending.message.zh).toBe('各项目实际支出之和为1964.4万元，收支总表的“项目支出”为1964.41万元，相差0.01万元。');
  });

  it('1.50 of 结余结转 not explained by the projects', () => {
    const carryOver = result.findings[1];
    expect(money(carryOver.difference)).toBe(1.5);
    expect(carryOver.message.zh).toContain('有1.5万元不能由各项目的结余结转（合计301.86万元）解释');
  });

  it('sub-items explain part of each project’s spending', () => {
    const texts = result.findings.filter((f) => f.rule === 'sub-items').map((f) => f.message.zh);
    expect(texts).toEqual([
      '项目“网格信息化建设项目”的子项目说明了实际支出104.68万元中的66.01万元（63.06%）。',
      '项目“业务性专项经费”的子项目说明了实际支出18.37万元中的2.99万元（16.28%）。',
      '项目“基层社会治理专项”的子项目说明了实际支出1798.4万元中的1484.87万元（82.57%）。',
      '项目“网格通手机套餐资费服务”的子项目说明了实际支出42.95万元中的21.89万元（50.97%）。',
    ]);
  });

  it('the 云龙区 text in a 石峰区 report', () => {
    const place = result.findings.find((f) => f.rule === 'place-names') as Finding;
    expect(place.cells).toEqual(['J6']);
    expect(place.message.zh).toContain('“云龙区”');
  });

  it('every message is complete in both languages', () => {
    for (const finding of result.findings) {
      expect(finding.message.zh).not.toMatch(/\{\w+\}/);
      expect(finding.message.en).not.toMatch(/\{\w+\}/);
    }
  });
});

/** Every cell a formula reads in the seed: [sheet, row index, column index] (0-based, in the rows). */
function amountCells(sheets: Record<string, unknown[][]>): [string, number, number][] {
  const cells: [string, number, number][] = [];
  const headcount = ['实有人数', '在职人员', '劳务派遣人员', '离休', '退休'];
  sheets.基本情况.forEach((row, r) => row.forEach((label, c) => headcount.includes(String(label)) && cells.push(['基本情况', r, c + 1])));
  sheets.收支总表.forEach((row, r) => r >= 3 && cells.push(['收支总表', r, 1]));
  sheets.项目支出.forEach((row, r) =>
    row.forEach((value, c) => {
      if (r >= 3 && c >= 2 && c <= 8 && (typeof value === 'number' || (typeof value === 'string' && value.startsWith('=')))) cells.push(['项目支出', r, c]);
    }),
  );
  return cells;
}

function changed(sheets: Record<string, unknown[][]>, sheet: string, r: number, c: number, delta: number): Record<string, unknown[][]> {
  const copy = Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, rows.map((row) => [...row])]));
  const value = copy[sheet][r][c];
  copy[sheet][r][c] =
    typeof value === 'number'
      ? Math.round((value + delta) * 10_000) / 10_000
      : String(value).replace(/\|(.*)$/, (_m, v: string) => `|${Math.round((Number(v) + delta) * 10_000) / 10_000}`);
  return copy;
}

const key = (f: Finding): string => [f.rule, f.severity, f.sheet, f.row, f.messageId, f.message.zh].join(' ');

describe('every amount of the seed is checked', () => {
  const sheets = seedSheets();
  const baseline = new Set(checkWorkbook(seedWorkbook(sheets)).findings.map(key));
  const cells = amountCells(sheets);

  it('covers the head counts, the summary, the projects, sub-items and 合计', () => {
    expect(cells.length).toBe(5 + 8 + 4 * 7 + 7 + 7);
  });

  // head counts change by whole persons; money by 0.01 and by 100 万元
  describe.each([0.01, 100])('a change of %s', (delta) => {
    it.each(cells.map(([sheet, r, c]) => [`${sheet}!${String.fromCharCode(65 + c)}${r + 1}`, sheet, r, c] as const))('%s is found', (address, sheet, r, c) => {
      const step = sheet === '基本情况' ? Math.max(1, Math.round(delta)) : delta;
      const findings = checkWorkbook(seedWorkbook(changed(sheets, sheet, r, c, step))).findings;
      const fresh = findings.filter((f) => !baseline.has(key(f)));
      const row = parseA1(address.split('!')[1]).row;
      const named = fresh.filter((f) => f.sheet === sheet && (f.row === row || f.cells.includes(address.split('!')[1])));
      expect(named.map(key)).not.toEqual([]);
    });
  });

  it.each(cells.filter(([sheet]) => sheet !== '基本情况').map(([sheet, r, c]) => [`${sheet}!${String.fromCharCode(65 + c)}${r + 1}`, sheet, r, c] as const))(
    'a change of 0.004 万元 to %s, within the tolerance, fires nothing new',
    (_address, sheet, r, c) => {
      const findings = checkWorkbook(seedWorkbook(changed(sheets, sheet, r, c, 0.004))).findings;
      expect(findings.map(brief)).toEqual(checkWorkbook(seedWorkbook(sheets)).findings.map(brief));
    },
  );
});

describe('checkWorkbook options', () => {
  it('a tolerance of 0.02 万元 accepts the seed’s 0.01 difference', () => {
    const result = checkWorkbook(seedWorkbook(), { toleranceWan: 0.02 });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses a tolerance that is not a number ≥ 0', () => {
    expect(() => checkWorkbook(seedWorkbook(), { toleranceWan: -1 })).toThrow(/tolerance/);
    expect(() => checkWorkbook(seedWorkbook(), { toleranceWan: Number.NaN })).toThrow(/tolerance/);
  });

  it('a rulebook can switch a rule off, change its severity, and add a formula of its own', () => {
    const rulebook = loadRulebook({
      ...DEFAULT_RULEBOOK,
      rules: { ...DEFAULT_RULEBOOK.rules, 'sub-items': { enabled: false }, 'place-names': { severity: 'error' } },
      custom: [
        {
          id: 'carry-over-share',
          severity: 'warning',
          scope: 'project-row',
          formula: '结余结转 <= 实际支出',
          description: { zh: '结余结转不应超过实际支出', en: 'Carry-over should not exceed spending' },
          message: { zh: '“{subject}”结余结转{left}{unit}超过实际支出{right}{unit}', en: '“{subject}” carries over {left}, more than it spent ({right})' },
        },
      ],
    });
    const result = checkWorkbook(seedWorkbook(), { rulebook });
    expect(result.findings.map(brief)).toEqual([
      { rule: 'projects-vs-summary', severity: 'error', sheet: '收支总表', row: 10, messageId: 'spending-mismatch' },
      { rule: 'projects-vs-summary', severity: 'info', sheet: '收支总表', row: 11, messageId: 'carry-over-unexplained' },
      { rule: 'place-names', severity: 'error', sheet: '项目支出', row: 6, messageId: 'other-place' },
      { rule: 'carry-over-share', severity: 'warning', sheet: '项目支出', row: 8, messageId: 'mismatch' },
    ]);
    expect(result.findings[3].message.zh).toBe('“业务性专项经费”结余结转30.01万元超过实际支出18.37万元');
  });

  it('a workbook with nothing recognisable gets one clear finding, not a crash', () => {
    const result = checkWorkbook({ sheets: [{ name: 'Sheet1', top: 1, left: 1, values: [['hello']] }] });
    expect(result.findings.map(brief)).toEqual([{ rule: 'table-structure', severity: 'warning', sheet: 'Sheet1', row: 1, messageId: 'no-table' }]);
    expect(result.tables).toEqual([]);
  });

  it('a rule that fails on an unforeseen layout is reported, and the other rules still run', () => {
    const broken: Rule = {
      meta: { id: 'broken', severity: 'error', description: { zh: '坏', en: 'broken' }, messages: {} },
      check: () => {
        throw new Error('boom');
      },
    };
    const recognized = checkWorkbook(seedWorkbook()).recognized;
    const [finding] = runRule(broken, recognized, { toleranceFen: 5_000n });
    expect(finding).toMatchObject({ rule: 'broken', severity: 'error', messageId: 'rule-failed' });
    expect(finding.message.zh).toContain('boom');
  });
});
