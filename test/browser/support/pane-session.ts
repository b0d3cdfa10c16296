/**
 * One task pane in the fake Excel host: a fresh browser context (its own sessionStorage, so its own
 * copy of the seed workbook), the page's errors and blocked requests collected, and a handle on the
 * fake workbook for assertions.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FakeExcel } from '../../support/fake-excel';
import { openPaneContext, type CspViolation } from './browser';

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught errors in the page. */
  readonly errors: string[];
  /** Every URL the page requested, in order. */
  readonly requested: string[];
  /** Requests to hosts other than 127.0.0.1 and the Office.js CDN (all aborted). */
  readonly blocked: string[];
  /**
   * Runs `read` against the fake workbook inside the page and returns its (serialisable) result.
   * `read` travels as source text, so it sees no variables of the test: pass them as `arg` (JSON).
   */
  fake<T, A = undefined>(read: (fake: FakeExcel, arg: A) => T, arg?: A): Promise<T>;
  /** What the page's Content-Security-Policy refused so far. */
  cspViolations(): Promise<CspViolation[]>;
  close(): Promise<void>;
}

export async function openPane(browser: Browser, origin: string, fakeHostScript: string, locale = 'zh-CN'): Promise<PaneSession> {
  const { context, blocked } = await openPaneContext(browser, origin, fakeHostScript, locale);
  const page = await context.newPage();
  const errors: string[] = [];
  const requested: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByTestId('check').waitFor();
  return {
    context,
    page,
    errors,
    requested,
    blocked,
    // A string expression: functions cannot cross into the page, and CDP evaluation is not subject to the page's CSP.
    fake: <T, A>(read: (fake: FakeExcel, arg: A) => T, arg?: A) =>
      page.evaluate<T>(`(${read.toString()})(window.budgetCheckFakeExcel, ${JSON.stringify(arg ?? null)})`),
    cspViolations: () => page.evaluate<CspViolation[]>('window.budgetCheckCspViolations'),
    close: () => context.close(),
  };
}
