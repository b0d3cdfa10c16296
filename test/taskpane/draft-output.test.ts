import type { Draft, DraftParagraph } from '../../src/core/report/draft-model';
import { describeSources, docxFileName, draftSheetRows, editsNotPlaced } from '../../src/taskpane/view-model/draft-output';

const paragraph = (id: string, text: string): DraftParagraph => ({ id, style: 'body', runs: [{ kind: 'computed', text }] });
const draft = (title: string): Draft => ({
  title: { id: 'title', style: 'title', runs: [{ kind: 'computed', text: title }] },
  sections: [{ id: 'budget', paragraphs: [paragraph('budget.income', '收入'), paragraph('budget.spending', '支出')] }],
  labels: { flagNotes: '核对提示' },
});

describe('the draft’s outputs', () => {
  it('writes one line per row, in column A, keeping blank lines and text that looks like a formula', () => {
    expect(draftSheetRows('标题\n\n=SUM(A1)\r\n-调减\n')).toEqual([['标题'], [''], ['=SUM(A1)'], ['-调减']]);
  });

  it('names the .docx after the report’s title, without characters file systems refuse', () => {
    expect(docxFileName(draft('石峰区网格化服务管理中心2023年度部门整体支出绩效自评报告'), '报告草稿')).toBe(
      '石峰区网格化服务管理中心2023年度部门整体支出绩效自评报告.docx',
    );
    expect(docxFileName(draft('a/b: "c"?'), '报告草稿')).toBe('a b c.docx');
    expect(docxFileName(draft('  '), '报告草稿')).toBe('报告草稿.docx');
  });

  it('names the first cells a computed sentence came from', () => {
    const refs = Array.from({ length: 8 }, (_, i) => ({ sheet: '项目支出', address: `C${i + 4}` }));
    expect(describeSources(refs.slice(0, 2), '、')).toBe('项目支出!C4、项目支出!C5');
    expect(describeSources(refs, '、')).toBe('项目支出!C4、项目支出!C5、项目支出!C6、项目支出!C7、项目支出!C8、项目支出!C9…');
  });

  it('finds the edits whose paragraph is no longer drafted', () => {
    expect(editsNotPlaced(draft('t'), { 'budget.income': 'x', 'project:旧项目': 'y', title: 'z' })).toEqual(['project:旧项目']);
  });
});
