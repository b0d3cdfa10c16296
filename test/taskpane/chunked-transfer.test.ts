import { joinTransferred, splitForTransfer } from '../../src/taskpane/engine/chunked-transfer';

const draftLike = () => ({
  title: { id: 'title' },
  sections: [
    { id: 'unit', paragraphs: Array.from({ length: 5 }, (_, i) => ({ id: `u${i}` })) },
    { id: 'budget', paragraphs: [] as { id: string }[] },
    { id: 'other', paragraphs: Array.from({ length: 2 }, (_, i) => ({ id: `o${i}` })) },
  ],
  checkNotes: Array.from({ length: 7 }, (_, i) => ({ number: i + 1 })),
});
const paths = [['checkNotes'], ['sections', 0, 'paragraphs'], ['sections', 1, 'paragraphs'], ['sections', 2, 'paragraphs']];

it('sends the long lists in slices of the given size and puts the value together again, in order', () => {
  const value = draftLike();
  const { shell, slices } = splitForTransfer(value, paths, 2);
  expect(shell.checkNotes).toEqual([]);
  expect(shell.sections.map((section) => section.paragraphs)).toEqual([[], [], []]);
  expect(shell.title).toEqual({ id: 'title' });
  expect(slices.map((slice) => slice.items.length)).toEqual([2, 2, 2, 1, 2, 2, 1, 2]);
  // through a structured clone, as postMessage does
  const received = joinTransferred(structuredClone(shell), structuredClone(slices));
  expect(received).toEqual(draftLike());
});

it('leaves the value it splits untouched', () => {
  const value = draftLike();
  splitForTransfer(value, paths, 3);
  expect(value).toEqual(draftLike());
});

it('keeps a path that holds no list in the shell, and an empty list as an empty list', () => {
  const { shell, slices } = splitForTransfer({ findings: undefined, counts: { error: 1 } }, [['findings']]);
  expect(shell).toEqual({ findings: undefined, counts: { error: 1 } });
  expect(slices).toEqual([]);
  expect(joinTransferred(splitForTransfer({ findings: [] }, [['findings']]).shell, [])).toEqual({ findings: [] });
});
