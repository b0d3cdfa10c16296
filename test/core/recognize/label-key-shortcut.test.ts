/**
 * normalizeLabel skips its replacements for texts it would leave as they are (isOwnLabelKey):
 * the shortcut must never keep a text the full normalisation would change.
 */
import fc from 'fast-check';
import { isOwnLabelKey, normalizeFully, normalizeLabel } from '../../../src/core/recognize/normalize-label';

/** The shortcut may only say "unchanged" of texts the full normalisation leaves unchanged. */
function expectShortcutSound(text: string): void {
  if (isOwnLabelKey(text)) expect(normalizeFully(text)).toBe(text);
}

describe('the label key shortcut', () => {
  it('takes project names and purposes as their own keys', () => {
    expect(isOwnLabelKey('网格信息化建设项目12号')).toBe(true);
    expect(isOwnLabelKey('用于网格员配备、基层治理及信息化运维')).toBe(true);
  });

  it('leaves every label the full normalisation changes to it', () => {
    for (const text of [
      '年初预算数（万元）',
      '（一）预算收入合计：',
      '其中：基本支出',
      '含基本支出',
      '1、项目支出',
      '项 目 名 称',
      '2023年年初预算',
      '本年收入合计',
      '全年度预算',
      '金额/万元',
      '收入元',
      '"合计"',
      '合计*',
      '【注】合计',
      '十、其他',
    ]) {
      expect(isOwnLabelKey(text)).toBe(false);
      expect(normalizeLabel(text)).toBe(normalizeFully(text));
    }
  });

  it('is sound for every character at the start, inside and at the end of a text', () => {
    const unsound: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch + '合计', '合' + ch + '计', '合计' + ch]) if (isOwnLabelKey(text) && normalizeFully(text) !== text) unsound.push(text);
    }
    expect(unsound).toEqual([]);
  });

  it('is sound for texts made of the characters normalisation looks at', () => {
    const characters = fc.constantFrom(...'0123456789.,、:：（）()[]【】〔〕 \u3000\t“”"\'‘’*/／一二三四五六七八九十其中含本年度全万元合计项目A１');
    fc.assert(
      fc.property(fc.string({ unit: characters, maxLength: 12 }), (text) => {
        expectShortcutSound(text);
        expect(normalizeLabel(text)).toBe(normalizeFully(text));
      }),
      { numRuns: 5000 },
    );
  });
});
