/**
 * The task pane for real: the production build in headless Chromium, Office.js from
 * @microsoft/office-js, and a fake Excel host holding the seed workbook (spec §4). What the pane
 * shows is compared with what the core finds on the same workbook, run here in Node.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/core/check-workbook';
import { findingKey } from '../../src/core/findings/finding-key';
import { DEFAULT_RULEBOOK } from '../../src/core/rulebook/bundled-rulebook';
import { parseA1, toA1 } from '../../src/core/grid/a1';
import type { Workbook } from '../../src/core/grid/types';
import type { Finding } from '../../src/core/rules/types';
import { SEVERITY_FILL } from '../../src/excel/highlight-plan';
import { seedWorkbook } from '../core/report/seed-workbook';
import { OFFICE_JS_CDN, openPaneContext } from './support/browser';
import { eventually } from './support/eventually';
import { check, storedSettings } from './support/pane-actions';
import { paneSuite } from './support/pane-suite';

const ROOT = resolve(__dirname, '..', '..');
const expected = checkWorkbook(seedWorkbook());
const byMessage = (text: string): Finding => {
  const found = expected.findings.find((finding) => finding.message.zh.includes(text));
  if (!found) throw new Error(`The core reports no finding mentioning ${text}`);
  return found;
};
/** Spec §4: Σ project 实际支出 1964.40 against the summary's 1964.41. */
const projectSpending = byMessage('1964.41');

const suite = paneSuite();
const pane = (locale?: string) => suite.pane(locale);

const findingCard = (page: Page, text: string) => page.getByTestId('finding').filter({ hasText: text });

/** The bounding range of the cells the core names on the finding's own sheet, as Excel selects it. */
function selectionOf(finding: Finding): string {
  const cells = finding.cells.filter((cell) => !cell.includes('!')).map(parseA1);
  const rows = cells.map((cell) => cell.row);
  const columns = cells.map((cell) => cell.column);
  const first = toA1(Math.min(...rows), Math.min(...columns));
  const last = toA1(Math.max(...rows), Math.max(...columns));
  return first === last ? first : `${first}:${last}`;
}

/** The workbook with one cell's value replaced, as a user's edit leaves it. */
function withValue(workbook: Workbook, sheetName: string, address: string, value: number): Workbook {
  const { row, column } = parseA1(address);
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) =>
      sheet.name !== sheetName
        ? sheet
        : { ...sheet, values: sheet.values.map((cells, r) => cells.map((cell, c) => (r + sheet.top === row && c + sheet.left === column ? value : cell))) },
    ),
  };
}

describe('task pane in a fake Excel host', () => {
  it('shows the seed’s findings after Check, as the core reports them, and saves a screenshot', async () => {
    const { page, errors, blocked, requested, cspViolations } = await pane();
    // The first paint loads no panel it does not show: findings, settings, the empty state and the draft come later.
    const lazyChunk = /\/(findings|settings|empty-state|view-tabs|draft|report|docx)\.[0-9a-f]+\.js$/;
    expect(requested.filter((url) => lazyChunk.test(url))).toEqual([]);
    await check(page);
    const afterCheck = requested.filter((url) => lazyChunk.test(url));
    expect(afterCheck).toHaveLength(2);
    expect(afterCheck).toEqual(expect.arrayContaining([expect.stringContaining('/findings.'), expect.stringContaining('/view-tabs.')]));

    for (const severity of ['error', 'warning', 'info'] as const) {
      await expect(page.getByTestId(`count-${severity}`).innerText()).resolves.toContain(String(expected.counts[severity]));
    }
    await expect(page.getByTestId('tables-found').innerText()).resolves.toBe(`识别到 ${expected.tables.length} 张表`);
    const shown = await page.getByTestId('finding-message').allInnerTexts();
    expect([...shown].sort()).toEqual(expected.findings.map((finding) => finding.message.zh).sort());

    const card = findingCard(page, '1964.41');
    // The figures are written as the message writes them (one formatter), and the card is named shortly.
    await expect(card.innerText()).resolves.toMatch(/应为\s+1964\.4万元\s+实际\s+1964\.41万元\s+差额\s+0\.01万元/);
    await expect(card.getByTestId('finding-button').getAttribute('aria-label')).resolves.toBe(
      `错误：项目支出 ${projectSpending.cells.join(', ')}，相差0.01万元`,
    );
    expect(projectSpending.severity).toBe('error');

    await mkdir(join(ROOT, 'test-output'), { recursive: true });
    await page.setViewportSize({ width: 350, height: 760 });
    await page.screenshot({ path: join(ROOT, 'test-output', 'taskpane-screenshot.png') });
    // The README's picture is refreshed on request only (it needs a CJK font to look right).
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: join(ROOT, 'assets', 'taskpane-screenshot.png') });

    expect(errors).toEqual([]);
    // Outside Office, office.js opens its telemetry frame 3 s after loading: the page's own CSP refuses
    // it (frame-src 'none', docs/security.md) before any request, and reports nothing else refused.
    await eventually(async () =>
      expect(await cspViolations()).toEqual([{ directive: 'frame-src', blocked: 'https://telemetryservice.firstpartyapps.oaspapps.com' }]),
    );
    // Nothing but 127.0.0.1 and office.js's own CDN address (answered locally by the test) was asked for.
    expect(requested.filter((url) => !url.startsWith(`${suite.server.origin}/`) && !url.startsWith(OFFICE_JS_CDN))).toEqual([]);
    expect(blocked).toEqual([]);
    const served = suite.server.requests.map((request) => request.path);
    expect(served).toEqual(expect.arrayContaining(['/taskpane.html', '/office-js/office.js']));
    expect(suite.server.requests.filter((request) => request.status !== 200)).toEqual([]);
    expect(OFFICE_JS_CDN).toMatch(/^https:\/\/appsforoffice\.microsoft\.com\//);
  }, 120_000);

  it('selects a finding’s cells on its sheet when it is clicked', async () => {
    const { page, fake } = await pane();
    await check(page);
    await findingCard(page, '1964.41').getByRole('button').first().click();
    await eventually(async () =>
      expect(await fake((f) => f.calls.filter((call) => call.kind === 'select' || call.kind === 'activate'))).toEqual([
        { kind: 'activate', sheet: projectSpending.sheet },
        { kind: 'select', sheet: projectSpending.sheet, address: selectionOf(projectSpending) },
      ]),
    );
    await expect(fake((f) => f.activeSheet())).resolves.toBe(projectSpending.sheet);
  }, 120_000);

  it('highlights the rows of errors and warnings, and Clear restores every format exactly', async () => {
    const { page, fake } = await pane();
    const before = await fake((f) => f.formatSnapshot());
    await check(page);

    await page.getByTestId('highlight').click();
    await page.getByTestId('notice-highlight').waitFor();
    const painted = await fake((f) => f.displayedFill('收支总表', 'B10'));
    expect(painted).toBe(SEVERITY_FILL.error);
    await expect(fake((f) => f.formatSnapshot())).resolves.not.toEqual(before);

    await page.getByTestId('clear-highlights').click();
    await eventually(async () => expect(await page.getByTestId('notice-highlight').innerText()).toContain('已清除高亮'));
    await expect(fake((f) => f.formatSnapshot())).resolves.toEqual(before);
  }, 120_000);

  it('says which sheet is protected instead of failing, and highlights the others', async () => {
    const { page, fake } = await pane();
    await fake((f) => f.protect('收支总表'));
    await check(page);
    await page.getByTestId('highlight').click();
    await eventually(async () => expect(await page.getByTestId('notice-highlight').innerText()).toContain('收支总表 受保护'));
    await expect(fake((f) => f.displayedFill('收支总表', 'B10'))).resolves.not.toBe(SEVERITY_FILL.error);
    await expect(fake((f) => f.displayedFill('项目支出', 'J6'))).resolves.toBe(SEVERITY_FILL.warning);
  }, 120_000);

  it('keeps a finding ignored with its reason across a reload, apart from the others, and undoes it', async () => {
    const session = await pane();
    const { page } = session;
    await check(page);
    const card = findingCard(page, '1964.41');
    await card.getByTestId('ignore').click();
    await card.getByTestId('ignore-reason').fill('已与财政局核实：差额为四舍五入');
    await card.getByTestId('ignore-confirm').click();

    const ignored = page.getByTestId('ignored-finding');
    await eventually(async () => expect(await ignored.count()).toBe(1));
    await expect(page.getByTestId('count-error').innerText()).resolves.toContain(String(expected.counts.error - 1));
    expect((await storedSettings(session)).ignored).toEqual([
      expect.objectContaining({ key: findingKey(projectSpending), reason: '已与财政局核实：差额为四舍五入' }),
    ]);

    await page.reload();
    await check(page);
    await eventually(async () => expect(await ignored.count()).toBe(1));
    await expect(ignored.innerText()).resolves.toContain('原因：已与财政局核实：差额为四舍五入');
    await expect(findingCard(page, '1964.41').count()).resolves.toBe(0);

    await ignored.getByTestId('undo-ignore').click();
    await eventually(async () => expect(await findingCard(page, '1964.41').count()).toBe(1));
    await expect(ignored.count()).resolves.toBe(0);
    expect((await storedSettings(session)).ignored).toEqual([]);
  }, 120_000);

  it('switches to English from the settings, findings included, and remembers it', async () => {
    const session = await pane();
    const { page } = session;
    await check(page);
    await page.getByTestId('settings-toggle').click();
    await page.getByTestId('language').selectOption('en-US');
    await page.getByTestId('settings-save').click();

    await eventually(async () => expect(await page.getByTestId('check').innerText()).toBe('Check'));
    await expect(page.getByTestId('tables-found').innerText()).resolves.toBe(`${expected.tables.length} tables found`);
    const shown = await page.getByTestId('finding-message').allInnerTexts();
    expect([...shown].sort()).toEqual(expected.findings.map((finding) => finding.message.en).sort());
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-US');

    expect((await storedSettings(session)).language).toBe('en-US');
    await page.reload();
    await eventually(async () => expect(await page.getByTestId('check').innerText()).toBe('Check'));
  }, 120_000);

  it('re-checks by itself after the user edits a recognised table, and re-highlights', async () => {
    const { page, fake } = await pane();
    await check(page);
    await page.getByTestId('live').waitFor();
    await page.getByTestId('highlight').click();
    await page.getByTestId('notice-highlight').waitFor();
    await expect(fake((f, cell) => f.displayedFill('收支总表', cell), projectSpending.cells[0])).resolves.toBe(SEVERITY_FILL.error);

    // Right away: the fake host has ExcelApi 1.18, where the add-in's writes raise no events, so the
    // gateway keeps no quiet period after them (src/excel/own-writes.ts) and this edit is seen at once.
    // The user corrects 收支总表's 项目支出 to the sum of the projects.
    await fake((f, cell) => f.userEdit('收支总表', cell, 1964.4), projectSpending.cells[0]);
    await eventually(async () => expect(await findingCard(page, '1964.41').count()).toBe(0));
    // Now 支出合计 no longer adds up (120.3 + 1964.40 + 303.36): the pane shows what the core finds.
    const edited = checkWorkbook(withValue(seedWorkbook(), '收支总表', projectSpending.cells[0], 1964.4));
    const shown = await page.getByTestId('finding-message').allInnerTexts();
    expect([...shown].sort()).toEqual(edited.findings.map((finding) => finding.message.zh).sort());

    const errors = edited.findings.filter((finding) => finding.severity === 'error' && finding.row !== projectSpending.row);
    expect(errors.length).toBeGreaterThan(0);
    await eventually(async () => {
      for (const error of errors)
        await expect(fake((f, at) => f.displayedFill(at[0], at[1]), [error.sheet, error.cells[0]])).resolves.toBe(SEVERITY_FILL.error);
      await expect(fake((f, cell) => f.displayedFill('收支总表', cell), projectSpending.cells[0])).resolves.not.toBe(SEVERITY_FILL.error);
    });
  }, 120_000);

  it('re-checks with the tolerance and the rulebook chosen in the settings', async () => {
    const { page } = await pane();
    await check(page);
    await page.getByTestId('settings-toggle').click();
    await page.getByTestId('tolerance').fill('0.02');
    await page.getByTestId('settings-save').click();
    const lenient = checkWorkbook(seedWorkbook(), { toleranceWan: 0.02 });
    await eventually(async () =>
      expect((await page.getByTestId('finding-message').allInnerTexts()).sort()).toEqual(lenient.findings.map((f) => f.message.zh).sort()),
    );
    expect(lenient.findings.length).toBeLessThan(expected.findings.length);

    // A bureau's rulebook that turns the sub-item coverage notes off, loaded from a file into the workbook.
    const rulebook = { ...DEFAULT_RULEBOOK, id: 'bureau', version: '7', rules: { ...DEFAULT_RULEBOOK.rules, 'sub-items': { enabled: false } } };
    await page.getByTestId('settings-toggle').click();
    await page.locator('input[type=file]').setInputFiles({ name: 'bureau.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rulebook)) });
    await page.getByTestId('settings-save').click();
    const bureau = checkWorkbook(seedWorkbook(), { toleranceWan: 0.02, rulebook });
    await eventually(async () =>
      expect((await page.getByTestId('finding-message').allInnerTexts()).sort()).toEqual(bureau.findings.map((f) => f.message.zh).sort()),
    );
    expect(bureau.findings.length).toBeLessThan(lenient.findings.length);
    await expect(page.getByTestId('rulebook-in-force').innerText()).resolves.toBe(`按“${DEFAULT_RULEBOOK.name.zh}”核对（bureau 7，本工作簿）`);
  }, 120_000);

  it('shows sheet text as text, never as markup', async () => {
    const { page, fake } = await pane();
    const subItems = expected.findings.find((finding) => finding.rule === 'sub-items')!;
    // A project named like markup: its sub-item finding names it as the subject.
    await fake((f) => f.userEdit('项目支出', 'B4', '<img src=x onerror="window.__xss=1">'));
    expect(subItems.cells[0]).toBe('H4');
    await check(page);
    await expect(findingCard(page, '<img src=x onerror="window.__xss=1">').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.evaluate('window.__xss')).resolves.toBeUndefined();
  }, 120_000);

  it('says so, instead of failing, when opened outside Excel', async () => {
    const { context } = await openPaneContext(suite.browser, suite.server.origin, '', 'zh-CN');
    const page = await context.newPage();
    try {
      await page.goto(`${suite.server.origin}/taskpane.html`);
      await expect(page.getByTestId('not-in-excel').innerText()).resolves.toBe('请在 Excel 中打开本加载项。');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('explains an unrecognised workbook and inserts the template sheets as text', async () => {
    const { page, fake } = await pane();
    // Start over from a workbook with one unrelated sheet (the fake host reads it on load).
    await page.evaluate(() =>
      sessionStorage.setItem(
        'budget-check:fake-workbook',
        JSON.stringify({
          sheets: [
            {
              name: 'Sheet1',
              protected: false,
              visibility: 'Visible',
              cells: {},
              contents: { A1: { value: '会议记录' } },
              merges: [],
              conditionalFormats: [],
              notes: {},
            },
          ],
          settings: {},
        }),
      ),
    );
    await page.reload();
    await check(page);
    const empty = page.getByTestId('empty-state');
    await empty.waitFor();
    await expect(empty.innerText()).resolves.toContain('项目支出');
    // Nothing to act on: Highlight is off (it used to paint Sheet1!A1), and Clear says it changed nothing.
    await expect(page.getByTestId('highlight').isDisabled()).resolves.toBe(true);
    await page.getByTestId('clear-highlights').click();
    await eventually(async () => expect(await page.getByTestId('notice-highlight').innerText()).toContain('没有本加载项的高亮'));
    await expect(page.getByTestId('clear-highlights').isDisabled()).resolves.toBe(true);
    expect(Object.values(SEVERITY_FILL)).not.toContain(await fake((f) => f.displayedFill('Sheet1', 'A1')));

    await page.getByTestId('insert-template').click();
    await page.getByTestId('notice-template').waitFor();
    await expect(fake((f) => f.sheetNames())).resolves.toEqual(['Sheet1', '基本情况', '收支总表', '项目支出']);
    await expect(fake((f) => f.cell('项目支出', 'B3').value)).resolves.toBe('项目名称');
    await expect(fake((f) => f.cell('项目支出', 'B3').formula)).resolves.toBeNull();
  }, 120_000);
});
