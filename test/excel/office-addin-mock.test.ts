/**
 * The adapter against Microsoft's own mock (office-addin-mock), which enforces load-before-read and
 * sync-before-read on the objects it builds: a second opinion besides our fake host.
 */
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real module pulls
// in ESM-only dependencies that jest's CommonJS runtime cannot load, so the enum is given here.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import type { ExcelHost } from '../../src/excel/excel-host';
import { select } from '../../src/excel/navigate';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../src/excel/settings';

interface Recorded {
  requestedSheet?: string;
  activated?: boolean;
  requestedRange?: string;
  selected?: boolean;
  added?: [string, unknown];
}

function mockHost(settingValue: string | null) {
  const recorded: Recorded = {};
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            range: {
              select() {
                recorded.selected = true;
              },
            },
            activate() {
              recorded.activated = true;
            },
            getRange(this: { range: unknown }, address: string) {
              recorded.requestedRange = address;
              return this.range;
            },
          },
          getItem(this: { sheet: unknown }, name: string) {
            recorded.requestedSheet = name;
            return this.sheet;
          },
        },
        settings: {
          setting: { value: settingValue ?? '' },
          getItemOrNullObject(this: { setting: unknown }, key: string) {
            expect(key).toBe(SETTINGS_KEY);
            return this.setting;
          },
          add(key: string, value: unknown) {
            recorded.added = [key, value];
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: { workbook: { settings: { setting: { isNullObject: boolean } } } };
    run: ExcelHost['run'];
  };
  // isNullObject is set by a sync in Office.js; the mock has no notion of it, so it is given directly.
  mock.context.workbook.settings.setting.isNullObject = settingValue === null;
  const host: ExcelHost = { run: mock.run.bind(mock) as ExcelHost['run'], isSetSupported: () => true };
  return { host, recorded };
}

describe('the adapter against office-addin-mock', () => {
  it('select activates the sheet and selects the cells’ range', async () => {
    const { host, recorded } = mockHost(null);
    await select(host, '项目支出', ['H7', 'C7']);
    expect(recorded).toMatchObject({ requestedSheet: '项目支出', activated: true, requestedRange: 'C7:H7', selected: true });
  });

  it('loadSettings loads the value before reading it', async () => {
    const { host } = mockHost(JSON.stringify({ toleranceWan: 0.01, language: 'zh-CN' }));
    expect(await loadSettings(host)).toEqual({ toleranceWan: 0.01, language: 'zh-CN' });
  });

  it('loadSettings is empty when the workbook has no settings', async () => {
    const { host } = mockHost(null);
    expect(await loadSettings(host)).toEqual({});
  });

  it('saveSettings stores the settings as JSON under the add-in’s key', async () => {
    const { host, recorded } = mockHost(null);
    await saveSettings(host, { toleranceWan: 0.005 });
    expect(recorded.added).toEqual([SETTINGS_KEY, '{"toleranceWan":0.005}']);
  });
});
