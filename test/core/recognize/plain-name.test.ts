/**
 * Project rows take a name that may not start with a marker (mayStartMarker) as it is, without
 * reading it (project-rows.ts): what readRowName and readProjectName give such a name must be the
 * name itself, with no marker and no number.
 */
import fc from 'fast-check';
import { mayStartMarker, readProjectName, readRowName } from '../../../src/core/recognize/row-name';

const PIECES = ['网格', '项目', '1', '１', '.', '．', '、', '（', '(', '）', ')', '一', '十', '①', '⑴', ' ', '\u3000', '号', '3.1', '合计', 'A'];

test('a trimmed name that may not start with a marker is its own row name and project name', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), (pieces) => {
      const name = pieces.join('').trim();
      if (mayStartMarker(name)) return;
      expect(readRowName(name)).toEqual({ marker: 'none', name });
      expect(readProjectName(name)).toEqual({ number: null, name });
    }),
  );
});

test('names with a marker or a number may start one', () => {
  for (const name of ['（1）网格员补贴', '1.1 平台运维', '①运维', '一、网格', '3.15消费者权益日', '１．项目']) expect(mayStartMarker(name)).toBe(true);
  expect(mayStartMarker('网格信息化建设项目12号')).toBe(false);
});
