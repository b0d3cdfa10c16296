/**
 * What a colleague's workbook or the organisation's server hands the pane is bounded: a stored
 * rulebook that fails falls back to the bundled one with its problems named, a stored tolerance
 * outside 0–1 万元 is not used, and the organisation rulebook is not downloaded past 1 MB.
 */
import bundled from '../../src/core/rulebook/default-rulebook.json';
import { sanitizeSettings } from '../../src/excel/settings';
import { PANE_STRINGS } from '../../src/taskpane/i18n/language';
import { bundledCore } from '../../src/taskpane/pane-core-bundled';
import { fetchOrganisationRulebook, MAX_ORGANISATION_RULEBOOK_BYTES, type FetchText } from '../../src/taskpane/view-model/organisation-rulebook';
import { chooseRulebook } from '../../src/taskpane/view-model/rulebook-choice';

const url = 'https://addins.example.gov.cn/budget-check/rulebook.json';
const sources = {
  parse: bundledCore.parseRulebook,
  bundled: { id: 'bundled', version: '2024.1', name: { zh: '内置', en: 'Built-in' } },
  defaultSource: 'bundled' as const,
  loadOrganisation: () => Promise.reject(new Error('not used')),
};

describe('a rulebook stored in the workbook', () => {
  it('that fails (a 7,000-term formula, an unknown key) falls back to the bundled rules, saying why', async () => {
    const long = `${Array.from({ length: 7000 }, () => '年初预算').join(' + ')} = 实际支出`;
    const stored = JSON.stringify({ ...bundled, enabeld: true, rules: { ...bundled.rules, 'project-balance': { formula: long } } });
    const choice = await chooseRulebook({ rulebookSource: 'workbook', rulebookJson: stored }, sources);
    expect(choice.rulebook).toBeUndefined();
    expect(choice.inForce.source).toBe('bundled');
    expect(choice.problem).toEqual({
      kind: 'invalid',
      problems: [expect.objectContaining({ en: expect.stringContaining('"enabeld"') }), expect.objectContaining({ en: expect.stringContaining('too long') })],
    });
  });

  it('with a UTF-8 BOM is used', async () => {
    const choice = await chooseRulebook({ rulebookSource: 'workbook', rulebookJson: `\uFEFF${JSON.stringify({ ...bundled, id: 'unit' })}` }, sources);
    expect(choice.inForce).toMatchObject({ source: 'workbook', id: 'unit' });
  });
});

describe('a stored tolerance', () => {
  it.each([[1e300], [-1], [1.5], [Number.NaN]])('of %p is not used', (toleranceWan) => {
    expect(sanitizeSettings({ toleranceWan })).toEqual({});
  });

  it('from 0 to 1 万元 is', () => {
    expect(sanitizeSettings({ toleranceWan: 1 })).toEqual({ toleranceWan: 1 });
    expect(sanitizeSettings({ toleranceWan: 0 })).toEqual({ toleranceWan: 0 });
  });

  it('other than the default is named in the summary text', () => {
    expect(PANE_STRINGS['zh-CN'].toleranceNotDefault(0.5, 0.005)).toBe('容差 0.5 万元（默认 0.005 万元）');
  });
});

describe('the organisation rulebook download', () => {
  it('stops past 1 MB and says the file is not a rulebook', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const endless: FetchText = async () => ({ ok: true, status: 200, text: async () => '', body });
    const load = await fetchOrganisationRulebook(url, bundledCore.parseRulebook, endless);
    expect(load).toEqual({ kind: 'invalid', url, problems: [expect.objectContaining({ en: expect.stringContaining('larger than 1 MB') })] });
    expect(pulled).toBeLessThan(MAX_ORGANISATION_RULEBOOK_BYTES * 2);
  });

  it('reads a rulebook streamed in parts', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...bundled, id: 'city' }));
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes.slice(0, 100)));
        controller.enqueue(new Uint8Array(bytes.slice(100)));
        controller.close();
      },
    });
    const load = await fetchOrganisationRulebook(url, bundledCore.parseRulebook, async () => ({ ok: true, status: 200, text: async () => '', body }));
    expect(load).toMatchObject({ kind: 'loaded', rulebook: { id: 'city' } });
  });
});
