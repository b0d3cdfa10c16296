/** Markdown and plain text: headings by level, sheet text kept as text, flagged text noted. */
import { buildDraft } from '../../../src/core/report/build-draft';
import { draftToMarkdown, escapeMarkdown } from '../../../src/core/report/export/markdown';
import { draftToPlainText } from '../../../src/core/report/export/plain-text';
import { workbookFromSheets } from '../../support/workbook';
import { finding, resultWith } from './draft-helpers';

const workbook = workbookFromSheets({
  基本情况: [
    ['单位名称', '测试<b>中心</b>'],
    ['年度', 2024],
    ['工作成效', '# 不是标题\n1. 不是列表\n*强调* [链接](http://x) `代码` | 表格'],
    ['其他说明', '涉及云龙区的说明。'],
  ],
});
const place = finding({ rule: 'place-names', sheet: '基本情况', cells: ['B4'], severity: 'warning', message: { zh: '提到“云龙区”', en: 'mentions 云龙区' } });
const draft = buildDraft(resultWith(workbook, [place]));

describe('Markdown', () => {
  const markdown = draftToMarkdown(draft);

  it('writes the title, 一、 headings and （一） headings at three levels', () => {
    expect(markdown.startsWith('# 测试\\<b\\>中心\\</b\\>2024年度部门整体支出绩效自评报告\n\n## 一、预算单位基本情况\n\n')).toBe(true);
    expect(markdown).toContain('\n\n### （一）整体支出绩效情况\n\n');
    expect(markdown).toContain('\n\n## 五、其他需要说明的情况\n\n');
  });

  it('escapes the unit’s text so it stays text', () => {
    expect(markdown).toContain('\n\n\\# 不是标题\n\n');
    expect(markdown).toContain('\n\n1\\. 不是列表\n\n');
    expect(markdown).toContain('\\*强调\\* \\[链接\\](http://x) \\`代码\\` \\| 表格');
    expect(escapeMarkdown('a_b~c\\')).toBe('a\\_b\\~c\\\\');
  });

  it('keeps flagged text as written, marked, with the 核对提示 appended after the report', () => {
    expect(markdown).toContain('\n\n涉及云龙区的说明。［注1］\n\n');
    expect(markdown.trimEnd().endsWith('---\n\n## 核对提示\n\n1. 提到“云龙区”（见工作表“基本情况”B4单元格）。')).toBe(true);
    expect(draftToMarkdown(draft, { flagNotes: false })).not.toMatch(/［注1］|核对提示/);
  });

  it('shows placeholders as they are', () => {
    expect(markdown).toContain('【请填写：主要职责】');
  });
});

describe('plain text', () => {
  const text = draftToPlainText(draft);

  it('writes one paragraph per line, the title first and a blank line after it', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['测试<b>中心</b>2024年度部门整体支出绩效自评报告', '', '一、预算单位基本情况']);
    expect(lines).toContain('# 不是标题');
  });

  it('notes flagged text as ［注1］ and lists the notes at the end', () => {
    expect(text).toContain('涉及云龙区的说明。［注1］\n');
    expect(text.trimEnd().endsWith('核对提示：\n［注1］提到“云龙区”（见工作表“基本情况”B4单元格）。')).toBe(true);
    expect(draftToPlainText(draft, { flagNotes: false })).not.toContain('［注');
  });
});
