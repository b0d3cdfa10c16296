/** What the browser tests do with a pane, and how they read the fake workbook's stored settings. */
import type { Page } from 'playwright-core';
import { SETTINGS_KEY } from '../../../src/excel/settings';
import type { PaneSession } from './pane-session';

/** Clicks Check and waits until the result, and what the findings list shows, are on screen. */
export async function check(page: Page): Promise<void> {
  await page.getByTestId('check').click();
  await page.getByTestId('summary').waitFor();
  await page.getByTestId('check').and(page.locator(':not([disabled])')).waitFor();
  // The findings list is loaded on demand: wait until it (or what stands in its place) is shown.
  await page.locator('[data-testid=finding], [data-testid=ignored-finding], [data-testid=all-clear], [data-testid=empty-state]').first().waitFor();
}

export interface StoredSettings {
  ignored?: { key: string; reason: string }[];
  language?: string;
  rulebookSource?: string;
  draftEdits?: Record<string, string>;
  indicatorProfile?: string;
}

/** The pane's settings as stored in the fake workbook (JSON text under the gateway's key). */
export async function storedSettings(session: PaneSession): Promise<StoredSettings> {
  const settings = await session.fake((f) => f.settings());
  return JSON.parse(String((settings as Record<string, unknown>)[SETTINGS_KEY] ?? '{}'));
}

/** What the page's CSP refused besides office.js's telemetry frame (refused on purpose: docs/security.md). */
export async function unexpectedCspViolations(session: PaneSession): Promise<{ directive: string; blocked: string }[]> {
  return (await session.cspViolations()).filter((violation) => violation.directive !== 'frame-src');
}
