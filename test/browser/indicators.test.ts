/**
 * The 指标 tab against the fake Excel host holding the seed workbook: the common indicators of the
 * core, under the profile in force and under Hunan's (chosen in the tab, kept in the workbook); a source cell clicked is selected in the
 * workbook; the table written to a new sheet stays text.
 */
import { checkWorkbook } from '../../src/core/check-workbook';
import { indicatorTableRows } from '../../src/core/indicators/indicator-table';
import { seedWorkbook } from '../core/report/seed-workbook';
import { eventually } from './support/eventually';
import { check, storedSettings } from './support/pane-actions';
import { paneSuite } from './support/pane-suite';

const suite = paneSuite();

describe('the 指标 tab', () => {
  it('shows the seed’s indicators, scores them under the Hunan profile, selects a source cell, writes a sheet of text', async () => {
    const session = await suite.pane();
    const { page, fake, errors } = session;
    await check(page);
    await page.getByTestId('tab-indicators').click();
    await page.getByTestId('indicators-panel').waitFor();

    const row = (id: string) => page.getByTestId(`indicator-${id}`);
    // the national profile (the bundled rulebook's): values, nothing scored
    await expect(row('budget-adjustment-rate').getByTestId('indicator-value').innerText()).resolves.toBe('28.02%');
    await expect(row('carry-over-rate').getByTestId('indicator-value').innerText()).resolves.toBe('12.70%');
    await expect(row('budget-completion-rate').getByTestId('indicator-value').innerText()).resolves.toBe('87.30%');
    await expect(row('carry-over-change-rate').getByTestId('indicator-value').innerText()).resolves.toBe('需上年数');
    await expect(row('budget-adjustment-rate').getByTestId('indicator-score').innerText()).resolves.toBe('不计分');

    await page.getByTestId('indicator-profile').selectOption('hunan');
    await eventually(async () => expect(await row('budget-adjustment-rate').getByTestId('indicator-score').innerText()).toMatch(/^2\/5 分\s*\(20%, 30%\]$/));
    // kept in the workbook, and the workbook checked again under it
    await eventually(async () => expect((await storedSettings(session)).indicatorProfile).toBe('hunan'));
    await expect(row('budget-adjustment-rate').innerText()).resolves.toContain('预算控制率');
    await expect(row('budget-completion-rate').getByTestId('indicator-score').innerText()).resolves.toMatch(/^0\/5 分/);

    await row('budget-adjustment-rate').getByRole('button', { name: '选中 收支总表!B6' }).click();
    await eventually(async () =>
      expect(await fake((f) => f.calls.filter((call) => call.kind === 'select'))).toEqual([{ kind: 'select', sheet: '收支总表', address: 'B6' }]),
    );

    await page.getByTestId('indicators-insert').click();
    await eventually(async () => expect(await page.getByTestId('indicators-message').innerText()).toContain('已写入工作表“共性指标”'));
    const result = checkWorkbook(seedWorkbook(), { profile: 'hunan' });
    const expected = indicatorTableRows(result.indicators, result.profile, 'zh');
    expect(await fake((f) => f.sheetNames())).toEqual(['基本情况', '收支总表', '项目支出', '共性指标']);
    const cells = await fake((f, count) => Array.from({ length: count }, (_, i) => f.cell('共性指标', `A${i + 1}`)), expected.length);
    expect(cells.map((cell) => cell.value)).toEqual(expected.map(([first]) => first));
    const value = await fake((f) => f.cell('共性指标', 'B4'));
    expect(value).toMatchObject({ value: '28.02%', formula: null, numberFormat: '@' });
    expect(errors).toEqual([]);
  }, 180_000);

  it('is keyboard-usable: the tab, the profile and a source cell are reached and used without a mouse', async () => {
    const { page, fake } = await suite.pane();
    await check(page);
    await page.getByTestId('tab-indicators').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('indicators-panel').waitFor();
    const link = page.getByTestId('indicator-budget-adjustment-rate').getByRole('button', { name: '选中 收支总表!B6' });
    await link.focus();
    await page.keyboard.press('Enter');
    await eventually(async () =>
      expect(await fake((f) => f.calls.filter((call) => call.kind === 'select'))).toEqual([{ kind: 'select', sheet: '收支总表', address: 'B6' }]),
    );
  }, 180_000);
});
