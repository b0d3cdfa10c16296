/**
 * Headless Debian Chromium for the browser tests, with the network closed: the Office.js CDN is
 * answered by the local server, anything else not on 127.0.0.1 is aborted and recorded.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { OFFICE_JS_PREFIX } from './static-server';

export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** What the page's Content-Security-Policy refused, as `window.budgetCheckCspViolations` (in every frame). */
export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
}

const RECORD_CSP_VIOLATIONS = `
  window.budgetCheckCspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.budgetCheckCspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
`;

export interface PaneContext {
  readonly context: BrowserContext;
  /** Requests the page tried to make to any host but 127.0.0.1 and the Office.js CDN; all were aborted. */
  readonly blocked: string[];
}

/**
 * A browser context the size of a task pane, in `locale` (the pane's language outside Office),
 * with the fake Excel host script run before the page's own scripts on every load.
 */
export async function openPaneContext(browser: Browser, origin: string, fakeHostScript: string, locale: string): Promise<PaneContext> {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale, deviceScaleFactor: 2 });
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url.startsWith(OFFICE_JS_CDN)) {
      // Answered by the local copy (an https request cannot be redirected to http, so fetch and fulfil).
      const local = `${origin}${OFFICE_JS_PREFIX}${url.slice(OFFICE_JS_CDN.length).split('?')[0]}`;
      return route.fulfill({ response: await route.fetch({ url: local }) });
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
  await context.addInitScript({ content: fakeHostScript });
  return { context, blocked };
}
