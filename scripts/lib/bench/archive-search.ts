import type { Page } from 'playwright-core';
import { launchBrowser } from '../../../tests/support/browser.ts';
import { measure, type Resource } from './page-weight.ts';
import { withServedSite } from './search.ts';

/** A search as a reader opens it from a shared link, on a cold cache. */
export interface ArchiveSearch {
  name: string;
  path: string;
  /** Results shown, and candidate pages left to check (the page's own count). */
  results: number;
  unchecked: number;
  /** Requests and bytes (gzip -9, as a compressing server sends them) until the first results were on screen. */
  requests: number;
  kb: number;
  /** Those bytes by part (PARTS). */
  kbByPart: Record<Part, number>;
  /** Navigation start to the first results on screen. */
  coldMs: number;
  /** The same query typed again into the loaded page: submit to results on screen. */
  warmMs: number;
  /**
   * The query typed into the search page opened without one (a reader who opens the search page
   * and types, 120 ms a character, and presses Enter 300 ms after the last): from Enter to the
   * results on screen, and the bytes fetched in that time (what the page fetched while the
   * reader typed, which includes the search it runs unseen at a pause, is not counted here).
   */
  typedMs: number;
  typedKb: number;
}

/** What the bytes to the first results are spent on. */
export type Part = 'page' | 'pagefind' | 'meta' | 'index' | 'fragments';
export const PARTS: readonly Part[] = ['page', 'pagefind', 'meta', 'index', 'fragments'];

/**
 * page: our HTML, CSS, JS and search data; pagefind: its script and wasm; meta: its entry and
 * page list (pf_meta, one per language, grows with the pages indexed); index: word and filter
 * chunks; fragments: the candidate pages' text, fetched to check them.
 */
function partOf(url: string): Part {
  if (/\.pf_meta|pagefind-entry\.json/.test(url)) return 'meta';
  if (/\.pf_(index|filter)/.test(url)) return 'index';
  if (/\.pf_fragment/.test(url)) return 'fragments';
  if (/\/pagefind\//.test(url)) return 'pagefind';
  return 'page';
}

const byPart = (resources: Resource[]): Record<Part, number> =>
  Object.fromEntries(PARTS.map((part) => [part, resources.filter((r) => partOf(r.url) === part).reduce((sum, r) => sum + r.gzipBytes, 0) / 1024])) as Record<Part, number>;

/** Queries over the generated archive's vocabulary (scripts/lib/bench/corpus/words.json): common, rare, a phrase, two terms, filters, the other script. */
const QUERIES: { name: string; path: string }[] = [
  { name: 'common word 服务', path: '/search/?q=服务' },
  { name: 'common word 养老', path: '/search/?q=养老' },
  { name: 'a subject\'s word 早餐网点', path: '/search/?q=早餐网点' },
  { name: 'rarer: a district 硚口区', path: '/search/?q=硚口区' },
  { name: 'phrase "一刻钟便民生活圈"', path: '/search/?q=%22一刻钟便民生活圈%22' },
  { name: 'two words 托育 家政', path: '/search/?q=托育+家政' },
  { name: 'no result 养老 殡葬', path: '/search/?q=养老+殡葬' },
  { name: 'filter 养老, year 2023', path: '/search/?q=养老&year=2023' },
  { name: 'filter only, year 2023', path: '/search/?year=2023' },
  { name: 'zh-Hant 養老服務', path: '/zh-hant/search/?q=養老服務' },
];

const DONE = '#search-results[data-search-done]:not([aria-busy])';
/** Typed searches: Enter comes this long after the last character (120 ms between characters). */
const ENTER_PAUSE_MS = 300;

/**
 * Recorded in the page: when results were last put on screen (performance.now()). What the page
 * fetches after that (the filter choices, which it loads once results are shown) is not part of
 * what the first results cost.
 */
const RECORD_SHOWN = `new MutationObserver(() => {
  const list = document.querySelector('#search-results');
  if (list && list.hasAttribute('data-search-done') && !list.hasAttribute('aria-busy') && list.dataset.searchDone !== window.__benchDone) {
    window.__benchDone = list.dataset.searchDone;
    window.__benchShownAt = performance.now();
  }
}).observe(document, { subtree: true, attributes: true, childList: true });`;

/** The responses to requests the page started before its results were shown (the page itself always). */
async function beforeShown(page: Page, resources: Resource[]): Promise<Resource[]> {
  const { shownAt, starts } = await page.evaluate(() => ({
    shownAt: (window as unknown as { __benchShownAt?: number }).__benchShownAt ?? Infinity,
    starts: performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, ''), e.startTime] as const),
  }));
  const started = new Map<string, number>();
  for (const [name, at] of starts) if (!started.has(name)) started.set(name, at);
  return resources.filter((r) => (started.get(r.url) ?? -Infinity) < shownAt);
}
/** A search not done by then is reported as such (with what it had fetched), not waited for. */
const TIMEOUT_MS = Number(process.env.SEARCH_TIMEOUT_MS ?? 60_000);

/** Each query on a cold cache (bytes and time to the first results), then warm (submit to results). */
export async function benchArchiveSearch(origin: string, only: (query: { path: string }) => boolean = () => true): Promise<ArchiveSearch[]> {
  const out: ArchiveSearch[] = [];
  for (const { name, path } of QUERIES.filter(only)) {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const responses: Promise<Resource>[] = [];
      let requests = 0;
      page.on('request', () => requests++);
      page.on('response', (response) => responses.push(measure(response, origin)));
      await page.addInitScript(RECORD_SHOWN);
      const started = Date.now();
      await page.goto(origin + path, { waitUntil: 'commit' });
      const shown = await page.waitForSelector(DONE, { state: 'attached', timeout: TIMEOUT_MS }).then(() => true, () => false);
      const coldMs = Date.now() - started;
      const [seen, requested] = [responses.length, requests];
      const fetched = await beforeShown(page, await Promise.all(responses.slice(0, seen)));
      const kb = fetched.reduce((sum, r) => sum + r.gzipBytes, 0) / 1024;
      const kbByPart = byPart(fetched);
      if (!shown) {
        out.push({ name, path, results: NaN, unchecked: NaN, requests: requested, kb, kbByPart, coldMs: NaN, warmMs: NaN, typedMs: NaN, typedKb: NaN });
        continue;
      }
      const results = await page.locator('#search-results > li').count();
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const unchecked = Number(/(\d+)\s*[个個][页頁]面/u.exec(status)?.[1] ?? 0);
      const before = await page.locator('#search-results').getAttribute('data-search-done');
      await page.locator('#search-form button[type=submit]').click();
      await page.waitForFunction((previous) => document.querySelector('#search-results')?.getAttribute('data-search-done') !== previous && !document.querySelector('#search-results')?.hasAttribute('aria-busy'), before);
      const warmMs = await page.evaluate(() => performance.getEntriesByName('search', 'measure').at(-1)?.duration ?? NaN);
      out.push({ name, path, results, unchecked, requests: requested, kb, kbByPart, coldMs, warmMs, ...(await typed(origin, path)) });
    } finally {
      await browser.dispose();
    }
  }
  return out;
}

/** The query of `path` typed into its search page opened empty, with a fresh cache: Enter to results, and the bytes in between. */
async function typed(origin: string, path: string): Promise<{ typedMs: number; typedKb: number }> {
  const url = new URL(origin + path);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const empty = new URL(url.pathname, origin);
    // Filters are chosen from the form's own selects, as a reader would, once their choices are in.
    await page.addInitScript(RECORD_SHOWN);
    await page.goto(empty.href, { waitUntil: 'load' });
    await page.waitForSelector(DONE, { state: 'attached' });
    for (const [name, value] of url.searchParams) if (name !== 'q') await page.waitForSelector(`#search-form select[name="${name}"] option[value="${value}"]`, { state: 'attached' }).then(() => page.selectOption(`#search-form select[name="${name}"]`, value));
    await page.locator('#search-q').click();
    await page.keyboard.type(url.searchParams.get('q') ?? '', { delay: 120 });
    // A reader's pause between the last character and Enter.
    await page.waitForTimeout(ENTER_PAUSE_MS);
    const responses: Promise<Resource>[] = [];
    page.on('response', (response) => responses.push(measure(response, origin)));
    const before = await page.locator('#search-results').getAttribute('data-search-done');
    await page.keyboard.press('Enter');
    await page.waitForFunction((previous) => document.querySelector('#search-results')?.getAttribute('data-search-done') !== previous && !document.querySelector('#search-results')?.hasAttribute('aria-busy'), before, { timeout: TIMEOUT_MS });
    const typedMs = await page.evaluate(() => performance.getEntriesByName('search', 'measure').at(-1)?.duration ?? NaN);
    const typedKb = (await beforeShown(page, await Promise.all(responses))).reduce((sum, r) => sum + r.gzipBytes, 0) / 1024;
    return { typedMs, typedKb };
  } catch {
    return { typedMs: NaN, typedKb: NaN };
  } finally {
    await browser.dispose();
  }
}

/** The lines bench prints for one archive's searches. */
export function archiveSearchTable(notices: number, runs: ArchiveSearch[]): string {
  const lines = [
    `搜索 search at ${notices} notices (opened from a link on a cold cache, to the first results; typed: into the search page opened empty, Enter 300 ms after the last character, Enter to results; budget at 1,000: ≤ 300 KB, ≤ 300 ms)`,
    `| query | results | unchecked | requests | KB (${PARTS.join(' + ')}) | cold ms | warm ms | typed ms | typed KB |`,
    '|---|---|---|---|---|---|---|---|---|',
  ];
  const parts = (r: ArchiveSearch) => `${r.kb.toFixed(0)} (${PARTS.map((p) => r.kbByPart[p].toFixed(0)).join(' + ')})`;
  for (const r of runs) {
    if (Number.isNaN(r.coldMs)) lines.push(`| ${r.name} | not shown after ${TIMEOUT_MS / 1000} s | | ${r.requests} | ${parts(r)} so far | | | | |`);
    else lines.push(`| ${r.name} | ${r.results} | ${r.unchecked} | ${r.requests} | ${parts(r)} | ${r.coldMs} | ${r.warmMs.toFixed(0)} | ${r.typedMs.toFixed(0)} | ${r.typedKb.toFixed(0)} |`);
  }
  return lines.join('\n');
}

/** benchArchiveSearch on a built archive, served locally for the time of the measurement. */
export function benchArchiveSearchSite(dir: string): Promise<ArchiveSearch[]> {
  return withServedSite(dir, benchArchiveSearch);
}
