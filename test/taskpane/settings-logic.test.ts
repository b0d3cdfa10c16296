import type { Rulebook } from '../../src/core/rulebook/rulebook-types';
import { toLanguage } from '../../src/taskpane/i18n/language';
import type { RulebookParse } from '../../src/taskpane/pane-core';
import type { OrganisationRulebookLoad } from '../../src/taskpane/view-model/organisation-rulebook';
import { chooseRulebook, rulebookSource, type RulebookSource } from '../../src/taskpane/view-model/rulebook-choice';
import { parseTolerance, toleranceIn } from '../../src/taskpane/view-model/tolerance';

describe('language', () => {
  it('uses Chinese for any Chinese Office and English otherwise', () => {
    expect(toLanguage('zh-CN')).toBe('zh-CN');
    expect(toLanguage('zh-TW')).toBe('zh-CN');
    expect(toLanguage('en-GB')).toBe('en-US');
    expect(toLanguage('de-DE')).toBe('en-US');
    expect(toLanguage(undefined)).toBe('en-US');
  });
});

describe('tolerance', () => {
  it('reads what the user typed in 万元 or 元, exactly', () => {
    expect(parseTolerance('0.005', '万元')).toBe(0.005);
    expect(parseTolerance('50', '元')).toBe(0.005);
    expect(parseTolerance('0', '元')).toBe(0);
  });

  it('refuses text, negatives and tolerances that would hide real mismatches', () => {
    expect(parseTolerance('abc', '万元')).toBeNull();
    expect(parseTolerance('-1', '元')).toBeNull();
    expect(parseTolerance('2', '万元')).toBeNull();
  });

  it('shows a tolerance in either unit', () => {
    expect(toleranceIn(0.005, '元')).toBe('50');
    expect(toleranceIn(0.005, '万元')).toBe('0.005');
  });
});

describe('rulebook choice', () => {
  const rulebook = { id: 'org', version: '1', name: { zh: '市财政局规则', en: 'City rules' } } as Rulebook;
  const bundled = { id: 'default', version: '2024.1', name: { zh: '内置', en: 'Built-in' } };
  const parse = (json: string): RulebookParse => (json === 'good' ? { rulebook } : { problems: [{ zh: '坏', en: 'bad' }] });
  const url = 'https://addins.example.gov.cn/budget-check/rulebook.json';
  const sources = (load: OrganisationRulebookLoad, defaultSource: RulebookSource = 'bundled') => {
    const loadOrganisation = jest.fn(async () => load);
    return { sources: { parse, bundled, defaultSource, loadOrganisation }, loadOrganisation };
  };
  const bundledInForce = { source: 'bundled', id: 'default', version: '2024.1', name: bundled.name };

  it('uses the bundled rules unless others are chosen, and asks the network nothing', async () => {
    const { sources: s, loadOrganisation } = sources({ kind: 'loaded', url, rulebook });
    await expect(chooseRulebook({}, s)).resolves.toEqual({ inForce: bundledInForce });
    await expect(chooseRulebook({ rulebookSource: 'bundled', rulebookJson: 'good' }, s)).resolves.toEqual({ inForce: bundledInForce });
    expect(loadOrganisation).not.toHaveBeenCalled();
  });

  it('uses the workbook’s rules, or says why not and falls back', async () => {
    const { sources: s } = sources({ kind: 'loaded', url, rulebook });
    await expect(chooseRulebook({ rulebookSource: 'workbook', rulebookJson: 'good' }, s)).resolves.toEqual({
      rulebook,
      inForce: { source: 'workbook', id: 'org', version: '1', name: rulebook.name },
    });
    await expect(chooseRulebook({ rulebookSource: 'workbook' }, s)).resolves.toEqual({ inForce: bundledInForce, problem: { kind: 'missing' } });
    await expect(chooseRulebook({ rulebookSource: 'workbook', rulebookJson: 'x' }, s)).resolves.toEqual({
      inForce: bundledInForce,
      problem: { kind: 'invalid', problems: [{ zh: '坏', en: 'bad' }] },
    });
  });

  it('uses the organisation’s rules when chosen, or by default when the build was given them', async () => {
    const organisation = { rulebook, inForce: { source: 'organisation', id: 'org', version: '1', name: rulebook.name, url } };
    await expect(chooseRulebook({ rulebookSource: 'organisation' }, sources({ kind: 'loaded', url, rulebook }).sources)).resolves.toEqual(organisation);
    await expect(chooseRulebook({}, sources({ kind: 'loaded', url, rulebook }, 'organisation').sources)).resolves.toEqual(organisation);
    // A workbook's own choice still wins over the build's default.
    await expect(chooseRulebook({ rulebookSource: 'bundled' }, sources({ kind: 'loaded', url, rulebook }, 'organisation').sources)).resolves.toEqual({
      inForce: bundledInForce,
    });
  });

  it('falls back to the bundled rules when the organisation’s cannot be used, saying why', async () => {
    const failure: OrganisationRulebookLoad = { kind: 'http-status', url, status: 404 };
    await expect(chooseRulebook({}, sources(failure, 'organisation').sources)).resolves.toEqual({
      inForce: bundledInForce,
      problem: { kind: 'organisation', failure },
    });
  });

  it('takes only the sources it knows: a workbook cannot point the pane at an address', () => {
    expect(rulebookSource({ rulebookSource: 'organisation' })).toBe('organisation');
    expect(rulebookSource({ rulebookSource: 'https://elsewhere.example/rules.json' })).toBe('bundled');
    expect(rulebookSource({ rulebookSource: 'https://elsewhere.example/rules.json' }, 'organisation')).toBe('organisation');
    expect(rulebookSource({}, 'organisation')).toBe('organisation');
  });
});
