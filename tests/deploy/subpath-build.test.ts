/**
 * The site built for a government server's sub-path (BASE_PATH=/zwgk/jzplan/), twice, from
 * clean copies of the project:
 * - the two builds are byte-identical, although the second runs with its clock 400 days ahead
 *   and another time zone and locale (so a date, a time or a locale-dependent order written
 *   into the output would show);
 * - every link, asset, anchor, permalink, hreflang, sitemap entry and open-data URL of the
 *   first build lives under the prefix, and every image has a text alternative;
 * - in Chromium, served under /zwgk/jzplan/: home -> measure -> the other script -> search.
 * (The build writes to a staging folder and swaps it in; that a failed build leaves the
 * previous site intact is tested in tests/bad-input/bad-notices.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildIsolated, type IsolatedBuild } from '../support/isolated-build.ts';
import { brokenPermalinks, brokenReferences, imagesWithoutAlt, Site, siteFiles } from '../support/site-checks.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const BASE = '/zwgk/jzplan/';
const SITE = 'https://www.jizhou.example.gov.cn';
const SLUG = 'jizhou-2022-16';
const DAY_MS = 86_400_000;

let first: IsolatedBuild;
let second: IsolatedBuild;
let site: Site;

beforeAll(async () => {
  // One after the other: on two cores, two builds side by side take as long, and the
  // second build's clock then really is later.
  first = await buildIsolated({ basePath: BASE, site: SITE, env: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  second = await buildIsolated({
    basePath: BASE,
    site: SITE,
    clockShiftMs: 400 * DAY_MS + 7 * 3_600_000,
    env: { TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' },
  });
  site = new Site(first.outDir, BASE);
}, 300_000);

afterAll(() => {
  first?.dispose();
  second?.dispose();
});

/** Files only in one tree, and files whose bytes differ (with the first difference shown). */
function differences(a: string, b: string): string[] {
  const filesA = siteFiles(a);
  const filesB = new Set(siteFiles(b));
  const out: string[] = [];
  for (const file of filesA) {
    if (!filesB.delete(file)) {
      out.push(`only in the first build: ${file}`);
      continue;
    }
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (bytesA.equals(bytesB)) continue;
    let at = 0;
    while (at < bytesA.length && bytesA[at] === bytesB[at]) at++;
    const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('latin1'));
    out.push(`${file} differs at byte ${at}: ${show(bytesA)} vs ${show(bytesB)}`);
  }
  for (const file of filesB) out.push(`only in the second build: ${file}`);
  return out;
}

describe('two clean builds of the same seeds', () => {
  it('are byte-identical, file for file', () => {
    expect(siteFiles(first.outDir).length).toBeGreaterThan(150);
    expect(differences(first.outDir, second.outDir)).toEqual([]);
  });
});

describe(`a build for ${BASE}`, () => {
  it('has every href, src, action and CSS url() resolve to a file under the prefix, and every #anchor to an id', () => {
    const { problems, checked } = brokenReferences(site);
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it(`gives every page canonical and hreflang URLs on ${SITE}${BASE} naming built pages`, () => {
    const { problems, checked } = brokenPermalinks(site, SITE);
    expect(checked).toBe(site.pages().length * 4);
    expect(problems).toEqual([]);
  });

  it('lists only URLs under the prefix in the sitemap, when there is one', () => {
    const sitemaps = siteFiles(site.dir).filter((f) => /^sitemap.*\.xml$/.test(f));
    const locs = sitemaps.flatMap((f) => [...readFileSync(join(site.dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    const outside = locs.filter((loc) => !loc.startsWith(`${SITE}${BASE}`));
    expect(outside).toEqual([]);
    const missing = locs.filter((loc) => !loc.endsWith('.xml') && !site.fileOf(`/${loc.slice(`${SITE}${BASE}`.length)}`));
    expect(missing).toEqual([]);
  });

  it('writes open-data URLs under the prefix', () => {
    const index = JSON.parse(readFileSync(join(site.dir, 'data/index.json'), 'utf8')) as { notices: Record<string, unknown>[] };
    const data = readFileSync(join(site.dir, `data/${SLUG}.json`), 'utf8');
    const urls = [...JSON.stringify(index).matchAll(/"(https?:\/\/[^"]+)"/g), ...data.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    const own = urls.filter((u) => u.startsWith(SITE));
    expect(own.length).toBeGreaterThan(29);
    expect(own.filter((u) => !u.startsWith(`${SITE}${BASE}`))).toEqual([]);
    const missing = own.filter((u) => !site.fileOf(`/${u.slice(`${SITE}${BASE}`.length)}`.split('#')[0]!));
    expect(missing).toEqual([]);
  });

  it('gives every image a text alternative', () => {
    const problems = site.pages().flatMap((path) => imagesWithoutAlt(site.page(path)).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe(`in Chromium, served under ${BASE}`, () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const failures: string[] = [];
  const outside: string[] = [];
  /** The one URL expected to answer 404. */
  const MISSING = `${BASE}no-such-page/`;

  beforeAll(async () => {
    server = await serveStatic(first.outDir, BASE);
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.dispose();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('response', (response: Response) => {
      if (response.status() >= 400 && new URL(response.url()).pathname !== MISSING) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== server.origin || !url.pathname.startsWith(BASE)) outside.push(request.url());
    });
    page.on('pageerror', (error) => failures.push(`${page.url()}: ${error.message}`));
    await page.goto(`${server.origin}${path}`);
    return page;
  }

  it('goes home -> a measure -> the other script -> search, and opens a result', async () => {
    const page = await open(BASE);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    // The stylesheet loaded: the skip link is moved off screen by it.
    expect(await page.locator('link[rel=stylesheet]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);

    await page.locator('nav.toc a').nth(11).click();
    await page.waitForURL(`**${BASE}${SLUG}/measures/12/`);
    const title = await page.locator('h1').textContent();
    expect(title).toContain('加快线上线下融合发展');

    await page.getByRole('link', { name: '繁體' }).click();
    await page.waitForURL(`**${BASE}zh-hant/${SLUG}/measures/12/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('h1').textContent()).toContain('加快線上線下融合發展');

    await page.locator(`header a[href="${BASE}zh-hant/search/"]`).first().click();
    await page.waitForURL(`**${BASE}zh-hant/search/`);
    await page.getByRole('searchbox').fill('養老');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(`**${BASE}zh-hant/search/?q=*`);
    const results = page.locator('main a[href*="/measures/"]');
    await results.first().waitFor({ timeout: 20_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${BASE}zh-hant/${SLUG}/`), href).toBe(true);

    await results.first().click();
    await page.waitForURL(`**${BASE}zh-hant/${SLUG}/**`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    await page.close();
  });

  it('searches in Simplified Chinese too, with result links under the prefix', async () => {
    const page = await open(`${BASE}search/?q=${encodeURIComponent('养老床位')}`);
    const results = page.locator('main a[href*="/measures/"]');
    await results.first().waitFor({ timeout: 20_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(`${BASE}${SLUG}/measures/1/`);
    await page.close();
  });

  it('serves the 404 page with working links for a missing page under the prefix', async () => {
    const page = await open(MISSING);
    expect(await page.locator('h1').count()).toBe(1);
    const home = await page.locator('main a').first().getAttribute('href');
    expect(home?.startsWith(BASE)).toBe(true);
    await page.close();
  });

  it('requested nothing outside the prefix and got no error on the way', () => {
    expect(outside).toEqual([]);
    expect(failures).toEqual([]);
  });
});
