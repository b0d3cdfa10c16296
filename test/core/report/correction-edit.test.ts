import { correctionEdit, correctionEdits } from '../../../src/core/report/correction-edit';
import type { Draft, DraftParagraph, DraftRun } from '../../../src/core/report/draft-model';

const flagged = (text: string, note: number, corrected?: string): DraftRun => ({
  kind: 'computed',
  text,
  flags: [{ rule: 'execution-rate', messageId: 'mismatch', message: { zh: '…', en: '…' }, note, corrected }],
});
const plain = (text: string): DraftRun => ({ kind: 'computed', text });
const paragraph = (id: string, runs: DraftRun[], edited?: boolean): DraftParagraph => ({ id, style: 'body', runs, edited });

const draft: Draft = {
  title: paragraph('title', [plain('标题')]),
  labels: { flagNotes: '核对提示' },
  sections: [
    {
      id: 'budget',
      paragraphs: [
        paragraph('typed', [flagged('9', 1, '8')], true),
        paragraph('p1', [plain('执行率'), flagged('85', 1, '84.19'), plain('%，得分'), flagged('10', 2, '3.8'), plain('分。')]),
        paragraph('p2', [plain('又见'), flagged('85', 1, '84.19'), plain('%；'), flagged('1964.41', 3)]),
      ],
    },
    {
      id: 'other',
      paragraphs: Array.from({ length: 500 }, (_, i) => paragraph(`project:${i}`, [plain('项目'), flagged(`${i}.5`, 10 + i, `${i}`), plain('万元。')])),
    },
  ],
};

it('edits the first paragraph not typed over that states the figure, in reading order', () => {
  expect(correctionEdit(draft, 1)).toEqual({ paragraphId: 'p1', text: '执行率84.19%，得分10分。', from: '85', to: '84.19' });
  expect(correctionEdit(draft, 2)).toEqual({ paragraphId: 'p1', text: '执行率85%，得分3.8分。', from: '10', to: '3.8' });
});

it('offers nothing for a flag without a corrected figure, or a note no sentence states', () => {
  expect(correctionEdit(draft, 3)).toBeNull();
  expect(correctionEdit(draft, 9999)).toBeNull();
});

it('finds every note from one look at the draft (no cap on how many notes)', () => {
  const correctionOf = correctionEdits(draft);
  const found = Array.from({ length: 500 }, (_, i) => correctionOf(10 + i));
  expect(found.every((edit, i) => edit?.paragraphId === `project:${i}` && edit.text === `项目${i}万元。`)).toBe(true);
});
