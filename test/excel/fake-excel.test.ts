/** The fake host must behave like Office.js where the adapter relies on it, or the other tests prove nothing. */
import { createFakeExcel, FakeOfficeError, type FakeRequestContext } from '../support/fake-excel';

const workbook = () => ({
  sheets: [
    {
      name: 'S',
      values: [
        ['a', 1],
        ['b', 2],
      ],
      formulas: [
        [null, null],
        [null, '=B1+1'],
      ],
      protected: false,
    },
    { name: 'Locked', values: [['x']], protected: true },
  ],
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as FakeOfficeError | undefined)?.code;
}

describe('fake Excel host', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const fake = createFakeExcel(workbook());
    await fake.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['a', 1],
        ['b', 2],
      ]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes only at sync, in order', async () => {
    const fake = createFakeExcel(workbook());
    await fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['changed']];
      expect(fake.cell('S', 'A1').value).toBe('a');
      await context.sync();
      expect(fake.cell('S', 'A1').value).toBe('changed');
    });
  });

  it('turns typed text starting with = into a formula unless the cell is formatted as text', async () => {
    const fake = createFakeExcel(workbook());
    await fake.run(async (context: FakeRequestContext) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('C1').values = [['=A1']];
      const text = sheet.getRange('C2');
      text.numberFormat = [['@']];
      text.values = [['=A1']];
      await context.sync();
    });
    expect(fake.cell('S', 'C1').formula).toBe('=A1');
    expect(fake.cell('S', 'C2')).toMatchObject({ value: '=A1', formula: null });
  });

  it('resolves OrNullObject lookups to null objects, and plain lookups fail with ItemNotFound', async () => {
    const fake = createFakeExcel(workbook());
    await fake.run(async (context: FakeRequestContext) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(
      await codeOf(
        fake.run(async (context: FakeRequestContext) => {
          context.workbook.worksheets.getItem('Nope').load('name');
          await context.sync();
        }),
      ),
    ).toBe('ItemNotFound');
  });

  it('refuses to change a protected sheet', async () => {
    const fake = createFakeExcel(workbook());
    expect(
      await codeOf(
        fake.run(async (context: FakeRequestContext) => {
          context.workbook.worksheets.getItem('Locked').getRange('A1').conditionalFormats.add('Custom');
          await context.sync();
        }),
      ),
    ).toBe('AccessDenied');
  });

  it('fails APIs newer than the host supports with ApiNotFound', async () => {
    const fake = createFakeExcel(workbook(), { apiVersion: '1.8' });
    expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(
      await codeOf(
        fake.run(async (context: FakeRequestContext) => {
          context.workbook.worksheets.getItem('S').getRanges('A1,B2').load('address');
          await context.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });

  it('measures each sync and refuses a response over the limit', async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: 'Big', values: Array.from({ length: 2000 }, (_, r) => [`row ${r} with some text`, r]) }] },
      { limits: { responseBytes: 10_000 } },
    );
    expect(
      await codeOf(
        fake.run(async (context: FakeRequestContext) => {
          context.workbook.worksheets.getItem('Big').getRange('A1:B2000').load('values');
          await context.sync();
        }),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
    await fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem('Big').getRange('A1:B100').load('values,numberFormat');
      await context.sync();
    });
    const last = fake.syncs[fake.syncs.length - 1];
    expect(last).toMatchObject({ cellsRead: 400, error: null });
    expect(last.responseBytes).toBeGreaterThan(2000);
  });

  it('delivers change events asynchronously, after the sync, and not while events are off', async () => {
    const fake = createFakeExcel(workbook());
    const seen: string[] = [];
    await fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.onChanged.add((event) => void seen.push(event.address));
      await context.sync();
      context.workbook.worksheets.getItem('S').getRange('A2').values = [['typed']];
      await context.sync();
      expect(seen).toEqual([]);
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['silent']];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await fake.flushEvents();
    expect(seen).toEqual(['A2']);
  });
});
