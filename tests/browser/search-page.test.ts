/**
 * The search page as readers use it, in Chromium: the query and filters in the URL (share,
 * reload, back button), honest messages, whole-word highlights, links to the paragraph, one
 * polite announcement per search, keyboard use, elder mode, the Traditional page, JavaScript
 * off; and what the index holds (main text of the notice home and the measures only).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFragments } from '../../scripts/lib/search/long-words.ts';
import { useElderMode } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { openRecordingErrors } from '../support/open-page.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { PREFIX, readResults, searchOnPage, SLUG, waitForSearch } from './search-support.ts';

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const errors: string[] = [];

async function open(path: string, context = browser): Promise<Page> {
  return openRecordingErrors(context, server.origin, path, errors);
}
const q = (text: string) => encodeURIComponent(text);

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

describe('the query lives in the URL', () => {
  it('runs the search in ?q= on load, fills the box and names the search in the title', async () => {
    const page = await open(`/search/?q=${q('托育')}`);
    const { numbers, status } = await waitForSearch(page);
    expect(numbers).toEqual([2, 3]);
    expect(status).toBe('2 条结果');
    expect(await page.locator('#search-q').inputValue()).toBe('托育');
    expect(await page.title()).toMatch(/^托育 - /);
    await page.close();
  });

  it('makes each search a history entry: back and forward show the earlier searches again', async () => {
    const page = await open(`/search/?q=${q('托育')}`);
    await waitForSearch(page);
    const second = await searchOnPage(page, '养老床位');
    expect(new URL(page.url()).searchParams.get('q')).toBe('养老床位');
    expect(second.numbers).toEqual([1]);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#search-q')?.value === '托育');
    await page.waitForSelector('#search-results:not([aria-busy])', { state: 'attached' });
    expect((await readResults(page)).numbers).toEqual([2, 3]);
    await page.goForward();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#search-q')?.value === '养老床位');
    await page.waitForSelector('#search-results:not([aria-busy])', { state: 'attached' });
    expect((await readResults(page)).numbers).toEqual([1]);
    await page.reload();
    expect((await waitForSearch(page)).numbers).toEqual([1]);
    await page.close();
  });

  it('puts the chapter and department filters in the URL too', async () => {
    const page = await open('/search/');
    await page.locator('#search-chapter').selectOption(`${SLUG}-c2`);
    const listing = await searchOnPage(page, '');
    expect(new URL(page.url()).search).toBe(`?chapter=${SLUG}-c2`);
    expect(listing.numbers).toEqual([4, 5, 6]);
    expect(listing.status).toBe('3 项措施');
    await page.locator('#search-chapter').selectOption('');
    // A department is chosen by its uid (its government and id), unique across an archive.
    await page.locator('#search-dept').selectOption('tianjin-jizhou/minzheng');
    const filtered = await searchOnPage(page, '养老');
    expect(new URL(page.url()).searchParams.get('dept')).toBe('tianjin-jizhou/minzheng');
    expect(filtered.numbers.length).toBeGreaterThan(0);
    await page.reload();
    expect((await waitForSearch(page)).numbers).toEqual(filtered.numbers);
    expect(await page.locator('#search-dept').inputValue()).toBe('tianjin-jizhou/minzheng');
    await page.close();
    // A link written with the department's id alone, as before uids, finds the same.
    const legacy = await open(`/search/?q=${q('养老')}&dept=minzheng`);
    expect((await waitForSearch(legacy)).numbers).toEqual(filtered.numbers);
    expect(await legacy.locator('#search-dept').inputValue()).toBe('tianjin-jizhou/minzheng');
    await legacy.close();
  });
});

describe('loading', () => {
  it.each([
    ['/search/', '托育'],
    ['/zh-hant/search/', '托育'],
  ])('%s fetches each Pagefind file once: the preloads are the requests Pagefind makes', async (path, query) => {
    const context = await launchBrowser();
    try {
      const requested: string[] = [];
      context.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
      const page = await open(`${path}?q=${q(query)}`, context);
      expect((await waitForSearch(page)).numbers.length).toBeGreaterThan(0);
      const pagefind = requested.filter((url) => url.startsWith('/pagefind/') || url.endsWith('search-data.json'));
      expect(pagefind.filter((url) => url.includes('pagefind-entry.json'))).toEqual([expect.stringMatching(/^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{16}$/)]);
      for (const file of ['pagefind.js', 'wasm.unknown.pagefind', '.pf_meta', 'search-data.json']) {
        expect(pagefind.filter((url) => url.endsWith(file)), file).toHaveLength(1);
      }
      expect(new Set(pagefind).size, pagefind.join('\n')).toBe(pagefind.length);
    } finally {
      await context.dispose();
    }
  });
});

describe('results', () => {
  it('are a list of headings with links, chapter and an excerpt with whole words highlighted', async () => {
    const page = await open(`/search/?q=${q('托育 服务')}`);
    await waitForSearch(page);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('h2 a').textContent()).toBe('（二）扩大普惠性生活服务供给');
    expect(await first.locator('.search-where').textContent()).toBe('一、加强公益性基础性服务供给');
    const marks = await page.locator('#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(2);
    for (const mark of marks) expect(['托育', '服务', '托育服务']).toContain(mark);
    await page.close();
  });

  it('keep each number beside the first line of its title when titles wrap (320 px)', async () => {
    const narrow = await launchBrowser({ viewport: { width: 320, height: 900 } });
    try {
      const page = await open(`/search/?q=${q('养老')}`, narrow);
      await waitForSearch(page);
      // The list markers are pseudo-elements: their boxes come from the DevTools protocol.
      const cdp = await narrow.newCDPSession(page);
      type DomNode = { nodeId: number; nodeName: string; attributes?: string[]; children?: DomNode[]; pseudoElements?: { nodeId: number; pseudoType: string }[] };
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
      const markers: number[] = [];
      const walk = (node: DomNode, inResults: boolean) => {
        const here = inResults || (node.attributes ?? []).join(' ').includes('search-results');
        if (here && node.nodeName === 'LI') for (const p of node.pseudoElements ?? []) if (p.pseudoType === 'marker') markers.push(p.nodeId);
        for (const child of node.children ?? []) walk(child, here);
      };
      walk(root, false);
      const markerMiddles: number[] = [];
      for (const nodeId of markers) {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { content: number[] } };
        markerMiddles.push((model.content[1]! + model.content[5]!) / 2);
      }
      const firstLines = await page.evaluate(() =>
        [...document.querySelectorAll('#search-results > li h2 a')].map((a) => {
          const range = document.createRange();
          range.setStart(a.firstChild!, 0);
          range.setEnd(a.firstChild!, 1);
          const first = range.getBoundingClientRect();
          return { top: first.top + scrollY, bottom: first.bottom + scrollY, wraps: a.getBoundingClientRect().height > first.height * 1.5 };
        }),
      );
      expect(markerMiddles).toHaveLength(firstLines.length);
      expect(firstLines.some((line) => line.wraps)).toBe(true);
      firstLines.forEach((line, i) => {
        expect(markerMiddles[i], `result ${i + 1}`).toBeGreaterThan(line.top);
        expect(markerMiddles[i], `result ${i + 1}`).toBeLessThan(line.bottom);
      });
    } finally {
      await narrow.dispose();
    }
  });

  it('link to the paragraph that holds the words', async () => {
    const page = await open(`/search/?q=${q('老年人食堂')}`);
    const { hrefs } = await waitForSearch(page);
    expect(hrefs[0]).toMatch(new RegExp(`/${SLUG}/measures/3/#m03-p\\d+$`));
    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL(`**/measures/3/#m03-p*`);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain('老年人食堂');
    await page.close();
  });

  it('rank measures above the notice home', async () => {
    const page = await open(`/search/?q=${q('服务')}`);
    const { hrefs } = await waitForSearch(page);
    const home = hrefs.findIndex((h) => !h.includes('/measures/'));
    expect(home).toBe(hrefs.length - 1);
    await page.close();
  });
});

describe('honest messages', () => {
  it('names a word that matches nothing instead of dropping it, and offers the search without it', async () => {
    const page = await open(`/search/?q=${q('养老 垃圾')}`);
    const { numbers, status } = await waitForSearch(page);
    expect(numbers).toEqual([]);
    expect(status).toBe('未找到：垃圾');
    expect(await page.locator('#search-notes a').textContent()).toBe('养老');
    await page.close();
  });

  it('says so when the words exist but never together', async () => {
    const page = await open(`/search/?q=${q('老年人食堂 体育场馆')}`);
    const { numbers, status } = await waitForSearch(page);
    expect(numbers).toEqual([]);
    expect(status).toBe('没有同时包含这些词语的结果。');
    await page.close();
  });

  it('announces the outcome once per search, in the polite status region, never the list', async () => {
    const page = await open('/search/');
    await page.evaluate(() => {
      const w = window as unknown as { announced: string[] };
      w.announced = [];
      const status = document.querySelector('#search-status')!;
      new MutationObserver(() => status.textContent && w.announced.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await searchOnPage(page, '托育');
    await searchOnPage(page, '养老床位');
    await searchOnPage(page, '养老床位'); // the same count again is announced again
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).toEqual(['2 条结果', '1 条结果', '1 条结果']);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-results').getAttribute('aria-live')).toBeNull();
    await page.close();
  });
});

describe('both scripts', () => {
  it('the zh-Hant page searches its own index and converts a Simplified query, saying so', async () => {
    const page = await open(`/zh-hant/search/?q=${q('养老床位')}`);
    const { numbers, status } = await waitForSearch(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(numbers).toEqual([1]);
    expect(status).toBe('1 條結果');
    expect(await page.locator('#search-notes').textContent()).toContain('養老床位');
    expect(await page.locator('#search-results mark').first().textContent()).toBe('養老床位');
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toMatch(new RegExp(`^/zh-hant/${SLUG}/measures/1/#m01-p\\d+$`));
    await page.close();
  });
});

describe('keyboard, elder mode, no JavaScript', () => {
  it('is operable by keyboard: type, Enter, Tab to a result, Enter opens it', async () => {
    const page = await open('/search/');
    await page.locator('#search-q').focus();
    await page.keyboard.type('体育场馆');
    await page.keyboard.press('Enter');
    await waitForSearch(page);
    let inResults = false;
    for (let i = 0; i < 12 && !inResults; i++) {
      await page.keyboard.press('Tab');
      inResults = await page.evaluate(() => Boolean(document.activeElement?.closest('#search-results')));
    }
    expect(inResults).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/measures/1/#m01-p*');
    await page.close();
  });

  it('has large controls in elder mode, and still finds', async () => {
    const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      await useElderMode(context);
      const page = await open(`/search/?q=${q('托育')}`, context);
      expect(await page.locator('html').getAttribute('class')).toContain('elder');
      expect((await waitForSearch(page)).numbers).toEqual([2, 3]);
      for (const selector of ['#search-q', '#search-form button', '#search-chapter', '#search-dept']) {
        const box = (await page.locator(selector).boundingBox())!;
        expect(box.height, selector).toBeGreaterThanOrEqual(60);
      }
    } finally {
      await context.dispose();
    }
  });

  it('without JavaScript, says search needs it and links to the full text', async () => {
    const context = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/?q=${q('托育')}`);
      expect(await page.locator('main').textContent()).toContain('搜索需要启用 JavaScript');
      expect(await page.locator('main noscript a, main a[href$="/full-text/"]').count()).toBeGreaterThan(0);
      await page.goto(`${server.origin}/zh-hant/search/`);
      expect(await page.locator('main').textContent()).toContain('搜尋需要啟用 JavaScript');
    } finally {
      await context.dispose();
    }
  });

  it('raised no script errors on the pages it visited', () => {
    expect(errors).toEqual([]);
  });
});

describe('the index', () => {
  it.each(['zh-Hans', 'zh-Hant'] as const)('%s holds the notice home and the full text for the measures, and only their main text', (script) => {
    const fragments = readFragments(DIST, script);
    const prefix = PREFIX[script];
    const urls = fragments.map((f) => f.url).sort();
    expect(urls).toEqual([`${prefix}/${SLUG}/`, `${prefix}/${SLUG}/full-text/`]);
    // The full text is there for its measures only: its title, preamble and signature are the home's.
    const home = fragments.find((f) => f.url === `${prefix}/${SLUG}/`)!.content.replace(/\u200b/g, '');
    const full = fragments.find((f) => f.url.endsWith('/full-text/'))!.content.replace(/\u200b/g, '');
    const preamble = /制定本方案/.exec(home)?.[0];
    expect(preamble).toBeDefined();
    expect(full).not.toContain(preamble);
    expect(full.startsWith('（一）')).toBe(true);
    for (const { url, content } of fragments) {
      const text = content.replace(/\u200b/g, '');
      for (const chrome of ['跳到正文', '¶', '上一项', '上一項', '本项措施的责任单位', '本項措施的責任單位', '朗读', '朗讀', '方案目录', '方案目錄', '[1]']) {
        expect(text.includes(chrome), `${url} contains ${chrome}`).toBe(false);
      }
    }
  });
});
