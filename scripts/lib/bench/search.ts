import { launchBrowser } from '../../../tests/support/browser.ts';
import { weighPage, type PageWeight } from './page-weight.ts';

/** What a first search costs on a cold cache, for one query opened from a shared link. */
export interface FirstSearch {
  name: string;
  path: string;
  weight: PageWeight;
}

export interface SearchBench {
  /** Cold cache: the search page opened with ?q=, everything it loads until the network is idle. */
  first: FirstSearch[];
  /** Later searches on the same page, from submit to rendered results (performance.measure 'search'). */
  timings: { queries: number; medianMs: number; p90Ms: number; maxMs: number };
}

/** First searches measured: a typical query, a broad one, a cross-script one, one with no answer. */
const FIRST: { name: string; path: string }[] = [
  { name: '养老床位 (zh-Hans)', path: `/search/?q=${encodeURIComponent('养老床位')}` },
  { name: '服务, 28 results', path: `/search/?q=${encodeURIComponent('服务')}` },
  { name: '养老床位 on zh-Hant', path: `/zh-hant/search/?q=${encodeURIComponent('养老床位')}` },
  { name: '养老 垃圾 (未找到)', path: `/search/?q=${encodeURIComponent('养老 垃圾')}` },
];

/** Queries typed one after another after the first search (varied: words, pairs, numbers, both scripts). */
const LATER = [
  '托育', '体育场馆', '老年人食堂', '区民政局', '200张', '2025年', '家政', '托育 服务', '養老服務', '社區', '消费', '品牌', '人才培养',
  '区商务局', '职业技能培训', '便民', '一刻钟', '垃圾', '养老 垃圾', '"普惠性"', '老字号', '夜间经济', '医疗', '文化和旅游', '数字化',
  '物业', '家庭', '标准', '监管', '融资', '信用', '养老床位',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/**
 * Measure search: the first search on a cold cache (total bytes after gzip, everything
 * included: HTML, CSS, JS, Pagefind's wasm, index chunks, fragments, the search data), and
 * the time from submitting a query to rendered results for the searches that follow.
 */
async function benchSearch(origin: string): Promise<SearchBench> {
  const first: FirstSearch[] = [];
  for (const { name, path } of FIRST) first.push({ name, path, weight: await weighPage(origin + path) });

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent('养老床位')}`);
    await page.waitForSelector('#search-results[data-search-done]:not([aria-busy])', { state: 'attached' });
    const durations: number[] = [];
    for (const query of LATER) {
      const before = await page.locator('#search-results').getAttribute('data-search-done');
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      await page.waitForFunction((previous) => {
        const list = document.querySelector('#search-results');
        return list && !list.hasAttribute('aria-busy') && list.getAttribute('data-search-done') !== previous;
      }, before);
      const last = await page.evaluate(() => performance.getEntriesByName('search', 'measure').at(-1)?.duration ?? NaN);
      durations.push(last);
    }
    const sorted = durations.filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
    return { first, timings: { queries: sorted.length, medianMs: percentile(sorted, 0.5), p90Ms: percentile(sorted, 0.9), maxMs: sorted.at(-1) ?? NaN } };
  } finally {
    await browser.dispose();
  }
}

/** The lines bench prints for search. */
export function searchReport(bench: SearchBench): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
  const lines = ['first search, cold cache      requests   html    css     js  other  total KB gz (budget 150)'];
  for (const { name, weight } of bench.first) {
    const g = weight.gzipBytes;
    lines.push(`  ${name.padEnd(28)}${String(weight.requests).padStart(6)} ${kb(g.html)} ${kb(g.css)} ${kb(g.js)} ${kb(g.other)} ${kb(weight.totalGzipBytes)}`);
  }
  const t = bench.timings;
  lines.push(`later searches: ${t.queries} queries, submit -> rendered results: median ${t.medianMs.toFixed(1)} ms, p90 ${t.p90Ms.toFixed(1)} ms, max ${t.maxMs.toFixed(1)} ms (budget: median 50 ms)`);
  return lines.join('\n');
}

/** benchSearch on a built site folder, served locally for the time of the measurement. */
export function benchSearchSite(dir: string): Promise<SearchBench> {
  return withServedSite(dir, benchSearch);
}

/** Run `measure` against `dir` served on a local origin, closing the server after. */
export async function withServedSite<T>(dir: string, measure: (origin: string) => Promise<T>): Promise<T> {
  const { serveStatic } = await import('../../../tests/support/static-server.ts');
  const server = await serveStatic(dir, '/');
  try {
    return await measure(server.origin);
  } finally {
    await server.close();
  }
}
