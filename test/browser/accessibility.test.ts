/**
 * The pane for keyboard and screen-reader users, in headless Chromium with the fake Excel host:
 * axe-core over every view in zh-CN and en-US, a keyboard-only walk through a whole task, and, on a
 * 320 px pane, every figure on one line.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { benchWorkbook } from '../bench/sections/bench-workbook';
import { createFakeExcel } from '../support/fake-excel';
import { openPaneContext } from './support/browser';
import { eventually } from './support/eventually';
import { check } from './support/pane-actions';
import { paneSuite } from './support/pane-suite';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const ROOT = resolve(__dirname, '..', '..');
const suite = paneSuite();

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly html: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, and best practices) on the page as it is. Evaluated over
 * CDP, which the page's CSP does not govern (an injected <script> would be refused).
 *
 * The one documented exception: Fluent UI's focus guards (tabster's `<i data-tabster-dummy
 * tabindex="0" aria-hidden="true">`) are reported by `aria-hidden-focus`. They take focus only to
 * hand it on at once to the real control, so nothing hidden ever holds focus — a known false
 * positive (microsoft/fluentui#25133). Only those nodes are dropped, and only for that rule.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // colours are read once transitions have finished: mid-way (a button fading back from hover or
  // press, slower on a loaded machine) a colour is neither state's, and axe would judge that one
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), undefined, { timeout: 10_000 });
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
      .then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 200) })) })))
  `);
  return violations
    .map((violation) =>
      violation.id === 'aria-hidden-focus' ? { ...violation, nodes: violation.nodes.filter((node) => !node.html.includes('data-tabster-dummy')) } : violation,
    )
    .filter((violation) => violation.nodes.length > 0);
}

const expectAxeClean = async (page: Page, view: string) => expect({ view, violations: await axeViolations(page) }).toEqual({ view, violations: [] });

/** What has focus, as a short description; fails when focus was lost to <body>. */
async function focused(page: Page): Promise<{ testId: string | null; name: string; visible: boolean; focusVisible: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { testId: 'BODY', name: '', visible: false, focusVisible: false };
    const box = element.getBoundingClientRect();
    return {
      testId: element.getAttribute('data-testid'),
      name: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '',
      visible: box.width > 0 && box.height > 0,
      focusVisible: element.matches(':focus-visible'),
    };
  });
}

/** Presses Tab until the focused element matches `selector` (at most `limit` presses), checking focus is never lost on the way. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.testId).not.toBe('BODY');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function expectFocusOn(page: Page, testId: string): Promise<void> {
  await eventually(async () => {
    const now = await focused(page);
    expect(now.testId).toBe(testId);
    expect(now.visible).toBe(true);
  }, 5_000);
}

describe.each(['zh-CN', 'en-US'])('axe-core, %s', (locale) => {
  it('finds no violation on any view: start, findings, ignore form, ignored, draft, settings', async () => {
    const { page, errors } = await suite.pane(locale);
    await expectAxeClean(page, 'before a check');
    await check(page);
    await expectAxeClean(page, 'findings');

    const card = page.getByTestId('finding').first();
    await card.getByTestId('ignore').click();
    await page.getByTestId('ignore-form').waitFor();
    await expectAxeClean(page, 'ignore form open');
    await page.getByTestId('ignore-reason').fill('已核实');
    await page.getByTestId('ignore-confirm').click();
    await page.getByTestId('ignored-finding').first().waitFor();
    await expectAxeClean(page, 'with an ignored finding');

    await page.getByTestId('tab-draft').click();
    await page.getByTestId('draft-paragraph').first().waitFor();
    await expectAxeClean(page, 'draft');
    // each ✎ button names its paragraph: its place and how it begins, never one name for all
    const editNames = await page.getByTestId('draft-edit').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
    expect(editNames.length).toBeGreaterThan(5);
    expect(new Set(editNames).size).toBe(editNames.length);
    const namePattern = locale === 'zh-CN' ? /^编辑第(\d+)段：\S/ : /^Edit paragraph (\d+): \S/;
    editNames.forEach((name, index) => expect(name.match(namePattern)?.[1]).toBe(String(index + 1)));
    await page.getByTestId('draft-edit').first().click();
    await page.getByTestId('draft-edit-text').waitFor();
    await expectAxeClean(page, 'draft paragraph editor');
    await page.keyboard.press('Escape');

    await page.getByTestId('settings-toggle').click();
    await page.getByTestId('settings-panel').waitFor();
    await expectAxeClean(page, 'settings');
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 180_000);

  it('finds no violation on the empty state (no table recognised) nor outside Excel', async () => {
    const { page } = await suite.pane(locale);
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
    await page.getByTestId('empty-state').waitFor();
    await expectAxeClean(page, 'empty state');

    const { context } = await openPaneContext(suite.browser, suite.server.origin, '', locale);
    try {
      const outside = await context.newPage();
      await outside.goto(`${suite.server.origin}/taskpane.html`);
      await outside.getByTestId('not-in-excel').waitFor();
      await expectAxeClean(outside, 'not in Excel');
      expect(await outside.locator('main h1').count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('a draft with hundreds of check notes', () => {
  it('lists every note, numbered, in a box of its own that scrolls by keyboard, and stays axe-clean', async () => {
    const { page, errors } = await suite.pane('zh-CN');
    // every 执行率 of 300 projects computed against the wrong column: a finding, and a check note, each
    const held = JSON.stringify(createFakeExcel(benchWorkbook(300)).snapshot()); // as the fake host keeps a workbook over a reload
    await page.evaluate((workbook) => sessionStorage.setItem('budget-check:fake-workbook', workbook), held);
    await page.reload();
    await check(page);
    const count = async (severity: string) => Number((await page.getByTestId(`count-${severity}`).innerText()).match(/\d+/)![0]);
    const total = (await count('error')) + (await count('warning'));
    expect(total).toBeGreaterThan(300);
    await page.getByTestId('tab-draft').click();
    await page.getByTestId('draft-paragraph').first().waitFor();
    const notes = page.getByTestId('draft-check-notes');
    await expect(notes.locator('li').first().getAttribute('aria-setsize')).resolves.toBe(String(total));
    expect(await notes.locator('li').count()).toBeLessThan(total); // drawn as a virtual list
    await notes.getByRole('group').focus();
    await page.keyboard.press('End');
    const last = notes.locator(`li[aria-posinset="${total}"]`);
    await eventually(async () => expect(await last.count()).toBe(1));
    await expect(last.innerText()).resolves.toMatch(new RegExp(`^${total}\\. `));
    await expectAxeClean(page, 'draft with hundreds of check notes');
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('keyboard only', () => {
  it('checks, opens a finding, ignores it with a reason, undoes, switches tabs — focus visible and never lost', async () => {
    const { page, fake, errors } = await suite.pane('zh-CN');
    await page.locator('body').focus();
    await tabTo(page, '[data-testid=check]');
    expect((await focused(page)).focusVisible).toBe(true);
    await page.keyboard.press('Enter');
    // Focus goes to the results, and the counts are announced.
    await expectFocusOn(page, 'results-heading');
    await eventually(async () => expect(await page.getByTestId('announcer').innerText()).toMatch(/^检查完成：\d+个错误，\d+个警告，\d+条提示。$/));

    await tabTo(page, '[data-testid=finding-button]');
    const name = (await focused(page)).name;
    expect(name).toMatch(/^(错误|警告|提示)：/);
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await fake((f) => f.calls.filter((call) => call.kind === 'select').length)).toBe(1));

    // Escape closes the ignore form and gives focus back to its button.
    await tabTo(page, '[data-testid=ignore]');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'ignore-reason');
    await page.keyboard.press('Escape');
    await expectFocusOn(page, 'ignore');

    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'ignore-reason');
    await page.keyboard.type('已与财政局核实');
    await tabTo(page, '[data-testid=ignore-confirm]');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'results-heading');
    await page.getByTestId('ignored-finding').waitFor();
    await eventually(async () => expect(await page.getByTestId('announcer').innerText()).toBe('已忽略1条问题。'));

    await tabTo(page, '[data-testid=undo-ignore]', 400);
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'results-heading');
    await eventually(async () => expect(await page.getByTestId('ignored-finding').count()).toBe(0));

    // The view tabs: arrow keys move between them, Enter shows the draft.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, '[data-testid=tab-findings]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByTestId('draft-paragraph').first().waitFor();
    const now = await focused(page);
    expect(now.testId).toBe('tab-draft');
    expect(now.focusVisible).toBe(true);
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('a 320 px pane', () => {
  it('keeps every figure on one line and shows the findings first', async () => {
    const { page } = await suite.pane('zh-CN');
    await page.setViewportSize({ width: 320, height: 720 });
    await check(page);
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll('[data-figure]')].map((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return { text: element.textContent, lines: tops.size };
      }),
    );
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.filter((figure) => figure.lines !== 1)).toEqual([]);
    // Findings first: the header's subtitle and the check's details fold away (the first card was at y = 533).
    const firstFinding = await page.getByTestId('finding').first().boundingBox();
    await mkdir(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output', 'taskpane-320.png') });
    expect(firstFinding).not.toBeNull();
    expect(firstFinding!.y).toBeLessThan(400);
    await expect(page.getByTestId('rows-checked').isVisible()).resolves.toBe(false);
    await page.getByTestId('summary-details').click();
    await expect(page.getByTestId('rows-checked').isVisible()).resolves.toBe(true);
  }, 120_000);

  it('tells the severities apart in forced colours, by word as well as by icon', async () => {
    const { page } = await suite.pane('zh-CN');
    await page.emulateMedia({ forcedColors: 'active' });
    await check(page);
    const severities = await page.getByTestId('finding').evaluateAll((cards) =>
      cards.map((card) => ({
        severity: card.getAttribute('data-severity'),
        word: card.querySelector('[data-testid=finding-severity]')?.textContent,
        icon: card.querySelector('svg') !== null,
      })),
    );
    const words: Record<string, string> = { error: '错误：', warning: '警告：', info: '提示：' };
    expect(severities.length).toBeGreaterThan(3);
    for (const shown of severities) expect(shown).toEqual({ severity: shown.severity, word: words[shown.severity!], icon: true });
  }, 120_000);
});
