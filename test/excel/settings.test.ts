import { GatewayError, type WorkbookSettings } from '../../src/excel/gateway';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { fakeGateway } from './fake-gateway';

const sheets = [{ name: 'S', values: [['x']] }];

describe('workbook settings', () => {
  it('round-trips every field through the workbook’s document settings', async () => {
    const { fake, gateway } = fakeGateway({ sheets });
    const settings: WorkbookSettings = {
      toleranceWan: 0.01,
      language: 'en-US',
      rulebookSource: 'https://finance.example.gov.cn/rulebook.json',
      rulebookJson: '{"id":"local"}',
      ignored: [{ key: 'project-balance␟项目支出␟网格␟unbalanced', reason: '已与财政局核实', at: '2024-03-01T08:00:00.000Z' }],
      draftEdits: { 'unit.duties': '主要职责是：负责全区网格化服务管理。', 'problems.measures': '=下一步改进措施' },
      indicatorProfile: 'hunan',
    };
    await gateway.saveSettings(settings);
    expect(typeof fake.settings()[SETTINGS_KEY]).toBe('string');
    expect(await gateway.loadSettings()).toEqual(settings);
  });

  it('is empty for a workbook that has none', async () => {
    const { gateway } = fakeGateway({ sheets });
    expect(await gateway.loadSettings()).toEqual({});
  });

  it('keeps only well-formed fields of a stored record', async () => {
    const stored = JSON.stringify({
      toleranceWan: -1,
      language: 'fr',
      rulebookSource: 7,
      ignored: [{ key: 'k', reason: 'r', at: 't' }, { key: 1 }],
      draftEdits: { title: '标题', 'unit.intro': 42, 'unit.duties': null },
      indicatorProfile: 3,
      extra: true,
    });
    const { gateway } = fakeGateway({ sheets, settings: { [SETTINGS_KEY]: stored } });
    expect(await gateway.loadSettings()).toEqual({ ignored: [{ key: 'k', reason: 'r', at: 't' }], draftEdits: { title: '标题' } });
  });

  it('says so when the stored record is not JSON, instead of guessing', async () => {
    const { gateway } = fakeGateway({ sheets, settings: { [SETTINGS_KEY]: '{not json' } });
    const failure = await gateway.loadSettings().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(GatewayError);
    expect((failure as Error).message).toContain(SETTINGS_KEY);
  });

  it('leaves other settings in the workbook alone', async () => {
    const { fake, gateway } = fakeGateway({ sheets, settings: { 'other-add-in': { a: 1 } } });
    await gateway.saveSettings({ toleranceWan: 0.005 });
    expect(fake.settings()['other-add-in']).toEqual({ a: 1 });
  });
});
