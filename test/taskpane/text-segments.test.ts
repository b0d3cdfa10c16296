import { textExcerpt, textSegments, withVisibleBidi } from '../../src/taskpane/view-model/text-segments';

describe('textSegments', () => {
  it('keeps each figure whole with its unit', () => {
    const figures = textSegments('“项目支出”应为1964.41万元，实际为 12,345,678.91 万元，执行率63.06%').filter((s) => s.kind === 'figure');
    expect(figures.map((s) => s.text)).toEqual(['1964.41万元', '12,345,678.91 万元', '63.06%']);
  });

  it('gives back the text unchanged when joined (no character lost or added)', () => {
    const text = 'Off by 0.01 万元 in row 10, -3.5 pts';
    expect(
      textSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('shows every bidirectional control character as its code point', () => {
    const text = '项目\u202Eabc\u2066d\u2069\u200E\u200F\u061C';
    const codes = textSegments(text).flatMap((s) => (s.kind === 'bidi' ? [s.code] : []));
    expect(codes).toEqual(['⟨U+202E⟩', '⟨U+2066⟩', '⟨U+2069⟩', '⟨U+200E⟩', '⟨U+200F⟩', '⟨U+061C⟩']);
    expect(withVisibleBidi(text)).toBe('项目⟨U+202E⟩abc⟨U+2066⟩d⟨U+2069⟩⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩');
  });
});

describe('textExcerpt (short accessible names)', () => {
  it('keeps a short text whole and cuts a long one after 16 characters', () => {
    expect(textExcerpt('一、部门基本情况')).toBe('一、部门基本情况');
    expect(textExcerpt('项目“网格信息化建设项目（9905）”预算执行率为84.48%')).toBe('项目“网格信息化建设项目（990…');
  });

  it('folds line breaks and spaces, never splits a surrogate pair, and shows bidi controls', () => {
    expect(textExcerpt('  第一行\n\n第二行  ')).toBe('第一行 第二行');
    expect(textExcerpt('𠀀'.repeat(20), 3)).toBe('𠀀𠀀𠀀…');
    expect(textExcerpt('项目\u202Eabc')).toBe('项目⟨U+202E⟩abc');
  });
});
