/** The common indicators in the CLI: --json's `indicators`, the text report's table, --profile. */
import { join } from 'node:path';
import { checkJson, runCli } from '../support/xlsx-cli';
import { tempFolder } from '../support/xlsx-build';
import bundled from '../../src/core/rulebook/default-rulebook.json';

const EXAMPLE = join(__dirname, '../../examples/shifeng-grid-2023.xlsx');
const temp = tempFolder();
afterAll(() => temp.cleanup());

describe('budget-check and the common indicators', () => {
  it('--json --profile hunan: {id, name, value, display, cells, score, points, profile} per indicator', async () => {
    const { report } = await checkJson(EXAMPLE, '--profile', 'hunan');
    expect(report.profile.id).toBe('hunan');
    const byId = new Map(report.indicators.map((indicator) => [indicator.id, indicator]));
    expect(byId.get('budget-adjustment-rate')).toMatchObject({
      name: '预算控制率',
      value: 0.2802,
      display: '28.02%',
      cells: ['收支总表!B6', '收支总表!B5'],
      score: 2,
      points: 5,
      profile: 'hunan',
    });
    expect(byId.get('carry-over-rate')).toMatchObject({ value: 0.127, display: '12.70%', score: null, points: null });
    expect(byId.get('budget-completion-rate')).toMatchObject({ value: 0.873, display: '87.30%', score: 0, points: 5 });
    expect(byId.get('three-public-control-rate')).toMatchObject({ value: null, display: '无数据', status: 'not-available' });
  });

  it('--json in English names the indicators in English', async () => {
    const { report } = await checkJson(EXAMPLE, '--lang', 'en');
    expect(report.profile.id).toBe('national');
    expect(report.indicators.find((indicator) => indicator.id === 'carry-over-change-rate')).toMatchObject({
      name: 'Carry-over change rate',
      display: 'needs last year’s figure',
    });
  });

  it('the text report prints the indicator table with the profile', async () => {
    const { stdout } = await runCli([EXAMPLE, '--profile', 'hunan']);
    expect(stdout).toContain('共性指标（评分方案：hunan');
    expect(stdout).toMatch(/预算控制率\s+28\.02%\s+2\/5 分\s+\(20%, 30%\]\s+收支总表!B6, 收支总表!B5/);
    expect(stdout).toMatch(/结转结余率\s+12\.70%/);
    expect(stdout).toMatch(/预算完成率\s+87\.30%\s+0\/5 分/);
    expect(stdout).toMatch(/结转结余变动率\s+需上年数\s+缺：上年结余结转/);
  });

  it('an unknown --profile is a usage error listing the known ones', async () => {
    const { code, stderr } = await runCli([EXAMPLE, '--profile', 'sichuan']);
    expect(code).toBe(2);
    expect(stderr).toContain('--profile 须为已有的评分方案（national, hunan），收到“sichuan”');
  });

  it('a rulebook may add its own profile and select it', async () => {
    const rulebook = JSON.parse(JSON.stringify(bundled)) as Record<string, unknown>;
    rulebook.profiles = [
      {
        id: 'bureau',
        name: { zh: '某局方案', en: 'A bureau' },
        indicators: [
          {
            indicator: 'carry-over-rate',
            points: 10,
            scoring: {
              type: 'bands',
              bands: [
                { to: 0.1, points: 10 },
                { from: 0.1, points: 6 },
              ],
            },
          },
        ],
      },
    ];
    rulebook.indicatorProfile = 'bureau';
    const file = temp.file('bureau.json', Buffer.from(JSON.stringify(rulebook)));
    const { report } = await checkJson(EXAMPLE, '--rules', file);
    expect(report.profile).toEqual({ id: 'bureau', name: '某局方案' });
    expect(report.indicators).toEqual([expect.objectContaining({ id: 'carry-over-rate', display: '12.70%', score: 6, points: 10, profile: 'bureau' })]);
  });

  it('a rulebook naming an unknown indicator in a profile is refused with the reason', async () => {
    const rulebook = JSON.parse(JSON.stringify(bundled)) as Record<string, unknown>;
    rulebook.profiles = [{ id: 'bad', name: { zh: '坏', en: 'bad' }, indicators: [{ indicator: 'no-such-rate' }] }];
    const file = temp.file('bad.json', Buffer.from(JSON.stringify(rulebook)));
    const { code, stderr } = await runCli([EXAMPLE, '--rules', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('含未知指标 “no-such-rate”');
  });
});
