import { cleanSheetName, uniqueSheetName } from '../../src/excel/write-sheet';
import { fakeGateway } from './fake-gateway';

const existing = {
  sheets: [
    { name: '项目支出', values: [['原有数据', 1]] },
    { name: '项目支出 (2)', values: [['x']] },
  ],
};

describe('writeSheet', () => {
  it('adds a new sheet with a unique name and never replaces an existing one', async () => {
    const { fake, gateway } = fakeGateway(existing);
    const before = fake.snapshot() as { sheets: unknown[] };
    const name = await gateway.writeSheet('项目支出', [['项目名称', '年初预算']]);
    expect(name).toBe('项目支出 (3)');
    expect(fake.sheetNames()).toEqual(['项目支出', '项目支出 (2)', '项目支出 (3)']);
    expect((fake.snapshot() as { sheets: unknown[] }).sheets.slice(0, 2)).toEqual(before.sheets);
    expect(fake.activeSheet()).toBe('项目支出 (3)');
  });

  it('keeps text that starts with =, +, - or @ as text, and numeric text as text', async () => {
    const rows = [
      ['=SUM(A1:A9)', '+86 10 1234', '-（减）调减', '@备注'],
      ['001', '1865.39', 'TRUE', ''],
    ];
    const { fake, gateway } = fakeGateway(existing);
    const name = await gateway.writeSheet('模板', rows);
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        const cell = fake.cell(name, `${String.fromCharCode(65 + c)}${r + 1}`);
        expect(cell).toMatchObject({ value: text, formula: null, numberFormat: '@' });
      }),
    );
  });

  it('pads ragged rows with empty cells', async () => {
    const { fake, gateway } = fakeGateway(existing);
    const name = await gateway.writeSheet('模板', [['a', 'b', 'c'], ['d']]);
    expect(fake.cell(name, 'C2').value).toBe('');
    expect(fake.cell(name, 'A2').value).toBe('d');
  });

  it('writes in a constant number of syncs, with change events off during the write', async () => {
    const { fake, gateway } = fakeGateway(existing);
    await gateway.writeSheet(
      '模板',
      Array.from({ length: 200 }, (_, i) => [`行${i}`, `=A${i}`]),
    );
    expect(fake.syncs).toHaveLength(4);
    expect(fake.syncs.every((s) => s.error === null)).toBe(true);
  });
});

describe('sheet names', () => {
  it('removes characters Excel refuses and keeps within 31 characters', () => {
    expect(cleanSheetName("'a/b:c*d?[e]'")).toBe('a b c d  e');
    expect(cleanSheetName('')).toBe('Sheet');
    expect(cleanSheetName('很'.repeat(40))).toHaveLength(31);
  });

  it('compares names as Excel does, without case', () => {
    expect(uniqueSheetName('Summary', ['summary'])).toBe('Summary (2)');
    expect(uniqueSheetName('x'.repeat(31), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });
});
