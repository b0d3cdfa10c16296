import type { Rulebook } from '../../src/core/rulebook/rulebook-types';
import { languageFromOffice } from '../../src/taskpane/i18n/language';
import type { RulebookParse } from '../../src/taskpane/pane-core';
import { chooseRulebook, rulebookSource } from '../../src/taskpane/view-model/rulebook-choice';
import { parseTolerance, toleranceIn } from '../../src/taskpane/view-model/tolerance';

describe('language', () => {
  it('uses Chinese for any Chinese Office and English otherwise', () => {
    expect(languageFromOffice('zh-CN')).toBe('zh-CN');
    expect(languageFromOffice('zh-TW')).toBe('zh-CN');
    expect(languageFromOffice('en-GB')).toBe('en-US');
    expect(languageFromOffice('de-DE')).toBe('en-US');
    expect(languageFromOffice(undefined)).toBe('en-US');
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
  const rulebook = { id: 'org', version: '1' } as Rulebook;
  const parse = (json: string): RulebookParse => (json === 'good' ? { rulebook } : { problems: [{ zh: '坏', en: 'bad' }] });

  it('uses the bundled rules unless the workbook’s are chosen', () => {
    expect(chooseRulebook({}, parse)).toEqual({});
    expect(chooseRulebook({ rulebookSource: 'bundled', rulebookJson: 'good' }, parse)).toEqual({});
  });

  it('uses the workbook’s rules, or says why not and falls back', () => {
    expect(chooseRulebook({ rulebookSource: 'workbook', rulebookJson: 'good' }, parse)).toEqual({ rulebook });
    expect(chooseRulebook({ rulebookSource: 'workbook' }, parse)).toEqual({ problem: { kind: 'missing' } });
    expect(chooseRulebook({ rulebookSource: 'workbook', rulebookJson: 'x' }, parse)).toEqual({
      problem: { kind: 'invalid', problems: [{ zh: '坏', en: 'bad' }] },
    });
  });

  it('recognises an organisation URL source, and nothing else as one', () => {
    expect(rulebookSource({ rulebookSource: 'https://intranet.example/rules.json' })).toBe('url');
    expect(rulebookSource({ rulebookSource: 'http://insecure/rules.json' })).toBe('bundled');
  });
});
