import type { Finding } from '../../src/core/rules/types';
import { GatewayError } from '../../src/excel/gateway';
import { fakeGateway } from './fake-gateway';

const workbook = () => ({
  sheets: [
    {
      name: '项目支出',
      values: [
        ['项目', 1],
        ['网格', 2],
      ],
    },
    { name: '收支总表', values: [['支出合计', 3]] },
  ],
});
const finding: Finding = {
  rule: 'r',
  severity: 'error',
  sheet: '项目支出',
  row: 2,
  cells: ['B2'],
  subject: '网格',
  messageId: 'm',
  message: { zh: '错', en: 'wrong' },
};

describe.each(['1.18', '1.7'])('watchEdits on ExcelApi %s', (apiVersion) => {
  it('reports the sheet a user edited', async () => {
    const { fake, gateway } = fakeGateway(workbook(), { apiVersion });
    const edits: string[] = [];
    await gateway.watchEdits((sheet) => edits.push(sheet));
    fake.userEdit('收支总表', 'B1', 4);
    await fake.flushEvents();
    expect(edits).toEqual(['收支总表']);
  });

  it('does not report the add-in’s own writes, so live re-check cannot loop', async () => {
    const { fake, gateway } = fakeGateway(workbook(), { apiVersion });
    const edits: string[] = [];
    await gateway.watchEdits((sheet) => edits.push(sheet));
    await gateway.highlight([finding]);
    await gateway.clearHighlights();
    await gateway.writeSheet('模板', [['项目名称']]);
    await fake.flushEvents();
    expect(edits).toEqual([]);
    // …while a user's edit right after is still seen on a sheet we did not write.
    fake.userEdit('收支总表', 'B1', 5);
    await fake.flushEvents();
    expect(edits).toEqual(['收支总表']);
  });

  it('stops reporting after unsubscribing', async () => {
    const { fake, gateway } = fakeGateway(workbook(), { apiVersion });
    const edits: string[] = [];
    const stop = await gateway.watchEdits((sheet) => edits.push(sheet));
    expect(fake.changeHandlerCount).toBe(1);
    await stop();
    expect(fake.changeHandlerCount).toBe(0);
    fake.userEdit('项目支出', 'B2', 9);
    await fake.flushEvents();
    expect(edits).toEqual([]);
  });
});

it('on ExcelApi 1.8+ the add-in’s writes raise no events at all', async () => {
  const { fake, gateway } = fakeGateway(workbook());
  let raised = 0;
  await fake.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async () => {
      raised += 1;
    });
    await context.sync();
  });
  await gateway.highlight([finding]);
  await gateway.writeSheet('模板', [['x']]);
  await fake.flushEvents();
  expect(raised).toBe(0);
});

it('the guard alone holds on ExcelApi 1.7, where our writes do raise events', async () => {
  const { fake, gateway } = fakeGateway(workbook(), { apiVersion: '1.7' });
  let raised = 0;
  await fake.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async () => {
      raised += 1;
    });
    await context.sync();
  });
  const edits: string[] = [];
  await gateway.watchEdits((sheet) => edits.push(sheet));
  await gateway.highlight([finding]);
  await fake.flushEvents();
  expect(raised).toBeGreaterThan(0);
  expect(edits).toEqual([]);
});

describe('a user’s edit right after the add-in wrote the same sheet', () => {
  /** Highlights 项目支出 then edits it at once; a quiet period far longer than the test, so only "no window at all" lets the edit through. */
  async function editRightAfterHighlight(apiVersion: string) {
    const { fake, gateway } = fakeGateway(workbook(), { apiVersion }, { ownWriteQuietMs: 60_000 });
    const edits: string[] = [];
    await gateway.watchEdits((sheet) => edits.push(sheet));
    await gateway.highlight([finding]);
    fake.userEdit('项目支出', 'B2', 7);
    await fake.flushEvents();
    return { fake, edits };
  }

  it('is reported at once on ExcelApi 1.8+, where our writes raise no events to tell apart', async () => {
    const { edits } = await editRightAfterHighlight('1.18');
    expect(edits).toEqual(['项目支出']);
  });

  it('falls in the quiet period on ExcelApi 1.7, the fallback for hosts that cannot silence events', async () => {
    const { fake, edits } = await editRightAfterHighlight('1.7');
    expect(edits).toEqual([]);
    // A sheet the add-in did not write is not affected.
    fake.userEdit('收支总表', 'B1', 5);
    await fake.flushEvents();
    expect(edits).toEqual(['收支总表']);
  });
});

it('says live re-check is unavailable before ExcelApi 1.7', async () => {
  const { gateway } = fakeGateway(workbook(), { apiVersion: '1.6' });
  const failure = await gateway.watchEdits(() => undefined).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(GatewayError);
  expect(failure).toMatchObject({ code: 'api-unsupported' });
});
