/**
 * The bundled example carries the seed report's figures; the CLI must report exactly the
 * findings of spec §4 on it, and nothing else.
 */
import { readFileSync } from 'node:fs';
import type { JsonFinding, JsonReport } from '../../src/cli/output-json';
import { checkJson, runCli } from '../support/xlsx-cli';
import { bytesOf, seedBook, tempFolder } from '../support/xlsx-build';

const temp = tempFolder();
let seedFile: string;
let report: JsonReport;
let code: number;

beforeAll(async () => {
  seedFile = temp.file('shifeng-grid-2023.xlsx', await bytesOf(seedBook()));
  ({ report, code } = await checkJson(seedFile));
});
afterAll(() => temp.cleanup());

function pick(finding: JsonFinding) {
  const { rule, severity, sheet, row, subject } = finding;
  return { rule, severity, sheet, row, subject, figures: [finding.expected, finding.actual].sort(), difference: finding.difference };
}

describe('the seed workbook (spec §4)', () => {
  it('finds the three tables, amounts in 万元', () => {
    expect(report.unit).toBe('万元');
    expect(report.tables.map((t) => [t.kind, t.sheet])).toEqual([
      ['unit-info', '基本情况'],
      ['summary', '收支总表'],
      ['projects', '项目支出'],
    ]);
    expect(report.tables.find((t) => t.kind === 'projects')?.range).toBe('A3:J15');
  });

  it('reports Σ 实际支出 1964.40 against 项目支出 1964.41 as the only error', () => {
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map(pick)).toEqual([
      { rule: 'projects-vs-summary', severity: 'error', sheet: '收支总表', row: 10, subject: '项目支出', figures: [1964.4, 1964.41], difference: 0.01 },
    ]);
    expect(code).toBe(1);
  });

  it('reports the 1.50 of 结余结转 the projects do not explain, not as an error', () => {
    const carryOver = report.findings.filter((f) => f.rule === 'projects-vs-summary' && f.severity !== 'error');
    expect(carryOver.map(pick)).toEqual([
      { rule: 'projects-vs-summary', severity: 'info', sheet: '收支总表', row: 11, subject: '结余结转', figures: [301.86, 303.36], difference: 1.5 },
    ]);
  });

  it('tells how much of each project the sub-items explain, as information', () => {
    const subItems = report.findings.filter((f) => f.rule === 'sub-items');
    expect(subItems.map((f) => [f.severity, f.row, f.subject, f.expected, f.actual])).toEqual([
      ['info', 4, '网格信息化建设项目', 104.68, 66.01],
      ['info', 8, '业务性专项经费', 18.37, 2.99],
      ['info', 11, '基层社会治理专项', 1798.4, 1484.87],
      ['info', 13, '网格通手机套餐资费服务', 42.95, 21.89],
    ]);
  });

  it('flags the 云龙区 sentence in a 石峰区 workbook', () => {
    const places = report.findings.filter((f) => f.rule === 'place-names');
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({ sheet: '项目支出', row: 6, cells: ['J6'] });
    expect(places[0].message).toContain('云龙区');
  });

  it('and nothing else', () => {
    expect(report.findings).toHaveLength(7);
    expect(report.counts).toEqual({ error: 1, warning: 1, info: 5 });
  });

  it('prints the issue-2 JSON shape: money in the workbook unit, messages in the chosen language', async () => {
    const en = await checkJson(seedFile, '--lang', 'en');
    expect(Object.keys(en.report)).toEqual(['file', 'unit', 'tables', 'findings', 'counts', 'profile', 'indicators']);
    expect(Object.keys(en.report.tables[0])).toEqual(['kind', 'sheet', 'range']);
    expect(Object.keys(en.report.findings[0])).toEqual(['rule', 'severity', 'sheet', 'row', 'cells', 'subject', 'message', 'expected', 'actual', 'difference']);
    expect(en.report.findings[0].message).toContain('1964.41 ×10k yuan');
    expect(report.findings[0].message).toContain('1964.41万元');
    expect(en.report.file).toBe(seedFile);
  });

  it('prints a terminal report grouped by sheet, with counts at the end', async () => {
    const zh = await runCli([seedFile]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe('');
    const summaryAt = zh.stdout.indexOf('【收支总表】');
    const projectsAt = zh.stdout.indexOf('【项目支出】');
    expect(summaryAt).toBeGreaterThan(0);
    expect(projectsAt).toBeGreaterThan(summaryAt);
    expect(zh.stdout).toContain('应为1964.4万元，实际1964.41万元，差额0.01万元');
    expect(zh.stdout.trimEnd().split('\n').pop()).toBe('错误 1 个，警告 1 个，提示 5 个');
    expect(zh.stdout).not.toContain('\u001b['); // no colours when not on a terminal

    const en = await runCli([seedFile, '--lang', 'en']);
    expect(en.stdout.trimEnd().split('\n').pop()).toBe('errors: 1, warnings: 1, info: 5');
    expect(en.stdout).toContain('difference 0.01 ×10k yuan');
  });

  it('a wider tolerance turns the 0.01 mismatch into rounding (exit 0)', async () => {
    const loose = await checkJson(seedFile, '--tolerance', '0.01');
    expect(loose.report.counts.error).toBe(0);
    expect(loose.code).toBe(0);
  });

  it('leaves the input file byte for byte as it was', async () => {
    const before = readFileSync(seedFile);
    await runCli([seedFile, '--json']);
    await runCli([seedFile, '--out', temp.file('copy.xlsx'), '--draft', temp.file('draft.md')]);
    expect(readFileSync(seedFile).equals(before)).toBe(true);
  });
});
