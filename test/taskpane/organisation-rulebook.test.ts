import { DEFAULT_RULEBOOK } from '../../src/core/rulebook/bundled-rulebook';
import { bundledCore } from '../../src/taskpane/pane-core-bundled';
import { PANE_STRINGS } from '../../src/taskpane/i18n/language';
import { describeRulebookInForce, describeRulebookProblem } from '../../src/taskpane/view-model/describe-rulebook';
import { fetchOrganisationRulebook, type FetchText } from '../../src/taskpane/view-model/organisation-rulebook';

const url = 'https://addins.example.gov.cn/budget-check/rulebook.json';
const answer =
  (status: number, body: string): FetchText =>
  async () => ({ ok: status >= 200 && status < 300, status, text: async () => body });
const zh = PANE_STRINGS['zh-CN'];
const en = PANE_STRINGS['en-US'];

describe('the organisation rulebook', () => {
  it('is fetched without the HTTP cache’s say-so, so a replaced file is used at the next check', async () => {
    const fetchText = jest.fn(answer(200, JSON.stringify({ ...DEFAULT_RULEBOOK, id: 'city', version: '3' })));
    const load = await fetchOrganisationRulebook(url, bundledCore.parseRulebook, fetchText);
    expect(load).toMatchObject({ kind: 'loaded', url, rulebook: { id: 'city', version: '3' } });
    expect(fetchText).toHaveBeenCalledWith(url, expect.objectContaining({ cache: 'no-cache', credentials: 'same-origin' }));
  });

  it('names a missing file by the server’s answer', async () => {
    const load = await fetchOrganisationRulebook(url, bundledCore.parseRulebook, answer(404, 'Not found'));
    expect(load).toEqual({ kind: 'http-status', url, status: 404 });
    expect(describeRulebookProblem({ kind: 'organisation', failure: load as never }, zh, 'zh-CN')).toBe(
      `单位托管的规则库 ${url} 无法使用：服务器返回 HTTP 404（没有这个文件）。本次使用内置规则核对。`,
    );
  });

  it('lists every problem of a file that is not a usable rulebook, in the pane’s language', async () => {
    const broken = JSON.stringify({ ...DEFAULT_RULEBOOK, rules: { 'no-such-rule': {} }, tolerance: -1 });
    const load = await fetchOrganisationRulebook(url, bundledCore.parseRulebook, answer(200, broken));
    expect(load.kind).toBe('invalid');
    const text = describeRulebookProblem({ kind: 'organisation', failure: load as never }, en, 'en-US');
    expect(text).toContain(url);
    expect(text).toContain('no-such-rule');
    expect(text).toContain('tolerance');
    expect(text).toMatch(/The built-in rules were used\.$/);
  });

  it('says so when nothing answers, instead of throwing', async () => {
    const load = await fetchOrganisationRulebook(url, bundledCore.parseRulebook, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(load).toEqual({ kind: 'unreachable', url, detail: 'Failed to fetch' });
    expect(describeRulebookProblem({ kind: 'organisation', failure: load as never }, zh, 'zh-CN')).toContain('无法连接（Failed to fetch）');
  });

  it('says which rules are in force: name, id, version and where they came from', () => {
    const inForce = { source: 'organisation' as const, id: 'city', version: '3', name: { zh: '市财政局规则', en: 'City rules' }, url };
    expect(describeRulebookInForce(inForce, zh, 'zh-CN')).toBe('按“市财政局规则”核对（city 3，单位托管）');
    expect(describeRulebookInForce(inForce, en, 'en-US')).toBe('Checked with “City rules” (city 3, your organisation)');
  });
});
