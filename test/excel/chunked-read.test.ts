import type { FakeSheetInput } from '../support/fake-excel';
import { GatewayError } from '../../src/excel/gateway';
import { fakeGateway } from './fake-gateway';

/** A project table of `rows` rows × 10 columns: names, amounts, a formula column, formats. */
function projectSheet(rows: number, name = '项目支出'): FakeSheetInput {
  const values: (string | number)[][] = [['序号', '项目名称', '年初预算', '上级转移支付', '年中调增', '年中调减', '追加', '实际支出', '结余结转', '差额']];
  const formulas: (string | null)[][] = [new Array<null>(10).fill(null)];
  const numberFormats: string[][] = [new Array<string>(10).fill('@')];
  for (let r = 2; r <= rows + 1; r++) {
    const base = (r * 7919) % 100_000;
    values.push([r - 1, `项目${r - 1}号（基层社会治理专项）`, base / 100, 88.67, 0, 0.13, 5, base / 120, 78.86, 0]);
    formulas.push([null, null, null, null, null, null, null, null, null, `=C${r}+D${r}+E${r}-F${r}+G${r}-H${r}-I${r}`]);
    numberFormats.push(['0', 'General', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00', '#,##0.00']);
  }
  return { name, values, formulas, numberFormats };
}

describe('chunked reads of big ranges', () => {
  it('reads 30,000 rows in several syncs, every response under the 5 MB limit, losing nothing', async () => {
    const input = projectSheet(30_000);
    const { fake, gateway } = fakeGateway({ sheets: [input] });
    const [sheet] = (await gateway.readSnapshot()).sheets;

    const dataSyncs = fake.syncs.slice(2);
    expect(dataSyncs.length).toBeGreaterThan(1);
    expect(fake.syncs.every((s) => s.error === null && s.responseBytes <= 5_000_000)).toBe(true);
    expect(dataSyncs.reduce((n, s) => n + s.cellsRead, 0)).toBe(30_001 * 10 * 3);
    expect(sheet.values).toHaveLength(30_001);
    expect(sheet.values[29_999][1]).toBe('项目29999号（基层社会治理专项）');
    expect(sheet.formulas?.[30_000][9]).toBe('=C30001+D30001+E30001-F30001+G30001-H30001-I30001');
    expect(sheet.numberFormats?.[12_345][3]).toBe('#,##0.00');
  });

  it('packs syncs fuller once it has measured how small the cells really are', async () => {
    const { fake, gateway } = fakeGateway({ sheets: [projectSheet(30_000)] });
    await gateway.readSnapshot();
    const cellsPerSync = fake.syncs.slice(2).map((s) => s.cellsRead);
    expect(Math.max(...cellsPerSync.slice(1, -1))).toBeGreaterThan(cellsPerSync[0]);
  });

  it('needs the same number of syncs for 100 rows as for 2,000 (one budget holds both)', async () => {
    const small = fakeGateway({ sheets: [projectSheet(100), { name: '收支总表', values: [['支出合计', 1]] }] });
    const larger = fakeGateway({ sheets: [projectSheet(2_000), { name: '收支总表', values: [['支出合计', 1]] }] });
    await small.gateway.readSnapshot();
    await larger.gateway.readSnapshot();
    expect(small.fake.syncs).toHaveLength(3);
    expect(larger.fake.syncs).toHaveLength(3);
  });

  it('never syncs once per sheet: ten sheets are still three syncs', async () => {
    const sheets = Array.from({ length: 10 }, (_, i) => projectSheet(50, `表${i + 1}`));
    const { fake, gateway } = fakeGateway({ sheets });
    await gateway.readSnapshot();
    expect(fake.syncs).toHaveLength(3);
  });

  it('splits and retries when the host refuses a response as too large', async () => {
    const input = projectSheet(3_000);
    // A host far stricter than the budget assumes: the first groups are refused and must be split.
    const { fake, gateway } = fakeGateway({ sheets: [input] }, { limits: { responseBytes: 200_000 } });
    const [sheet] = (await gateway.readSnapshot()).sheets;
    expect(fake.syncs.some((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(sheet.values).toHaveLength(3_001);
    expect(sheet.values.every((row) => row.length === 10)).toBe(true);
    expect(sheet.values[3_000][0]).toBe(3_000);
  });

  it('says which sheet is too large when even one row cannot be sent', async () => {
    const sheet = {
      name: '大表',
      values: [
        ['项目名称', '主要用途'],
        ['网格', '很长的说明'.repeat(5_000)],
      ],
    };
    const { gateway } = fakeGateway({ sheets: [sheet] }, { limits: { responseBytes: 20_000 } });
    const failure = await gateway.readSnapshot().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect(failure).toMatchObject({ code: 'too-large', sheet: '大表' });
  });
});
