import { GatewayError } from '../../src/excel/gateway';
import { fakeGateway } from './fake-gateway';

const workbook = {
  sheets: [
    { name: '收支总表', values: [['a']] },
    { name: '项目支出', values: [['b']] },
  ],
};

describe('select', () => {
  it('activates the sheet and selects the range holding the cells, in one sync', async () => {
    const { fake, gateway } = fakeGateway(workbook);
    await gateway.select('项目支出', ['H7', 'C7', 'I7']);
    expect(fake.calls).toEqual([
      { kind: 'activate', sheet: '项目支出' },
      { kind: 'select', sheet: '项目支出', address: 'C7:I7' },
    ]);
    expect(fake.activeSheet()).toBe('项目支出');
    expect(fake.syncs).toHaveLength(1);
  });

  it('ignores cells named on other sheets and just activates when none is left', async () => {
    const { fake, gateway } = fakeGateway(workbook);
    await gateway.select('项目支出', ['收支总表!B9']);
    expect(fake.calls).toEqual([{ kind: 'activate', sheet: '项目支出' }]);
  });

  it('reports a sheet that is gone as not-found, naming it', async () => {
    const { gateway } = fakeGateway(workbook);
    const failure = await gateway.select('已删除', ['A1']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect(failure).toMatchObject({ code: 'not-found', sheet: '已删除' });
  });
});
