/**
 * No network beyond the site itself: Chromium visits every page type in both scripts (home,
 * notice, measure, full text, departments index, a department, search with a query and its
 * results, the accessibility statement, 404) and every request it makes, from the pages and
 * from their workers, must go to the site's own origin. Anything else is recorded and aborted,
 * so the test never reaches out even when it fails.
 */
import { existsSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { Site } from '../support/site-checks.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SLUG = 'jizhou-2022-16';
const SCRIPTS = [
  { prefix: '', query: '养老' },
  { prefix: 'zh-hant/', query: '養老' },
];
const PAGE_TYPES = ['', `${SLUG}/`, `${SLUG}/measures/1/`, `${SLUG}/full-text/`, `${SLUG}/departments/`, `${SLUG}/departments/minzheng/`, 'accessibility/'];

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const offSite: string[] = [];
let onSite = 0;

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  const record = (request: Request) => {
    if (new URL(request.url()).origin === server.origin) onSite++;
    else offSite.push(`${request.resourceType()} ${request.url()} (from ${request.frame()?.url() ?? 'a worker'})`);
  };
  browser.on('request', record);
  // Block, as well as record, anything that is not the site; data: URLs never reach the network.
  await browser.route(
    (url) => url.origin !== server.origin && url.protocol !== 'data:',
    (route) => route.abort('blockedbyclient'),
  );
});

afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

/** Open a site path, let it settle (scripts, workers: no request for half a second), and close it. */
async function visit(path: string, settle?: (page: Awaited<ReturnType<typeof browser.newPage>>) => Promise<void>): Promise<void> {
  const page = await browser.newPage();
  page.on('worker', (worker) => worker.url() && new URL(worker.url()).origin !== server.origin && offSite.push(`worker ${worker.url()}`));
  try {
    await page.goto(`${server.origin}/${path}`, { waitUntil: 'networkidle' });
    await settle?.(page);
  } finally {
    await page.close();
  }
}

describe('no request leaves the site', () => {
  // Page types that a change of the site may remove (the accessibility statement) are skipped then.
  const pages = existsSync(DIST) ? new Site(DIST).pages() : [];
  for (const { prefix, query } of SCRIPTS) {
    for (const type of PAGE_TYPES) {
      it.runIf(pages.includes(`/${prefix}${type}`))(`/${prefix}${type}`, async () => {
        await visit(`${prefix}${type}`);
      });
    }

    it(`/${prefix}search/?q=${query} with its results`, async () => {
      await visit(`${prefix}search/?q=${encodeURIComponent(query)}`, async (page) => {
        await page.locator('main a[href*="/measures/"]').first().waitFor({ timeout: 20_000 });
      });
    });

    it(`/${prefix}no-such-page/ (the 404 page)`, async () => {
      await visit(`${prefix}no-such-page/`);
      if (prefix) await visit(`${prefix}404/`);
    });
  }

  it('made requests, all of them to the site itself', () => {
    expect(onSite).toBeGreaterThan(40);
    expect(offSite).toEqual([]);
  });
});
