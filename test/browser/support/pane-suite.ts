/**
 * One browser-test file's setup: the pane built once (production, as shipped), served from
 * 127.0.0.1, headless Chromium, and fresh pane sessions closed — and the build removed — at the end.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { buildFakeHostScript, buildPane, type PaneBuild } from './build';
import { openPane, type PaneSession } from './pane-session';
import { startStaticServer, type StaticServer } from './static-server';

export interface PaneSuite {
  readonly build: PaneBuild;
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly fakeHostScript: string;
  /** A fresh pane on the seed workbook, in `locale`. */
  pane(locale?: string): Promise<PaneSession>;
}

export function paneSuite(): PaneSuite {
  let build: PaneBuild;
  let fakeHostScript: string;
  let server: StaticServer;
  let browser: Browser;
  const sessions: PaneSession[] = [];

  beforeAll(async () => {
    // One after the other: the machine's two cores are shared.
    build = await buildPane();
    fakeHostScript = await buildFakeHostScript();
    server = await startStaticServer(build.folder);
    browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close()));
    await browser?.close();
    await server?.close();
    build?.remove();
  });

  return {
    get build() {
      return build;
    },
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    get fakeHostScript() {
      return fakeHostScript;
    },
    async pane(locale = 'zh-CN') {
      const session = await openPane(browser, server.origin, fakeHostScript, locale);
      sessions.push(session);
      return session;
    },
  };
}
