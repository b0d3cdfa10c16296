import { nameIndex } from '../../../../src/core/rules/support/name-index';

describe('nameIndex', () => {
  const names = ['网格信息化建设项目', '网格信息化运维', '社区治理经费', '办公', '社区治理经费补助'];
  const index = nameIndex(names, (name) => name);

  it('finds every name occurring in a text, each once, in the order given', () => {
    expect(index.occurringIn('网格信息化运维与社区治理经费补助，另有网格信息化运维')).toEqual(['网格信息化运维', '社区治理经费', '社区治理经费补助']);
  });

  it('finds a name at the very start and the very end of the text', () => {
    expect(index.occurringIn('网格信息化建设项目')).toEqual(['网格信息化建设项目']);
    expect(index.occurringIn('用于社区治理经费')).toEqual(['社区治理经费']);
  });

  it('never finds a name shorter than four characters, nor a name only partly present', () => {
    expect(index.occurringIn('办公用品与网格信息化建')).toEqual([]);
  });

  it('keeps entries of the same name apart', () => {
    const twice = nameIndex(
      [
        { name: '重复的项目名', table: 1 },
        { name: '重复的项目名', table: 2 },
      ],
      (entry) => entry.name,
    );
    expect(twice.occurringIn('重复的项目名实际支出5万元').map((entry) => entry.table)).toEqual([1, 2]);
  });
});
