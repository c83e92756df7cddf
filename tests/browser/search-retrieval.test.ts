/**
 * The guarantee search recall rests on (src/lib/search/pieces.ts), checked exhaustively
 * against the real Pagefind index in Chromium: for every pair of adjacent Chinese characters
 * and every run of digits or Latin letters (and every part of one) in the indexed text, the
 * Pagefind queries the search sends for it return every page that contains it (a piece
 * without queries, such as a pair across a left-out note reference, is checked on every
 * page instead). A longer term needs nothing more: each of its pieces is such a pair or run.
 * And the paragraph anchors Pagefind stores lead to the paragraph whose text follows them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchData } from '../../src/lib/search/data.ts';
import { normalizeText } from '../../src/lib/search/normalize.ts';
import { preparePage, type PageData } from '../../src/lib/search/page-text.ts';
import { chunksToLoad, expansionsOf, piecesOf } from '../../src/lib/search/pieces.ts';
import { readFragments } from '../../scripts/lib/search/long-words.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { measureBlocks, PREFIX, SLUG } from './search-support.ts';

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  requireDist();
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

/**
 * Run Pagefind queries on the search page of a script, as the search does: first loading the
 * index chunks each query needs besides its own (chunksToLoad); query -> URLs of the pages found.
 */
async function pagefindQueries(page: Page, queries: string[], chunkStarts: readonly string[]): Promise<Record<string, string[]>> {
  const preloads = Object.fromEntries(queries.map((q) => [q, chunksToLoad(q, chunkStarts)]));
  // A string, not a function: vitest would rewrite import() inside a function for Node.
  return page.evaluate(`(async (queries, preloads) => {
    const base = document.querySelector('#search-form').dataset.pagefindBase;
    const module = await import(base + 'pagefind.js');
    const pagefind = module.createInstance({ basePath: base, noWorker: true });
    const urls = new Map();
    const out = {};
    for (const q of queries) {
      for (const start of preloads[q]) await pagefind.preload(start);
      const response = await pagefind.search(q);
      out[q] = await Promise.all(response.results.map(async (r) => {
        if (!urls.has(r.id)) urls.set(r.id, (await r.data()).url);
        return urls.get(r.id);
      }));
    }
    return out;
  })(${JSON.stringify(queries)}, ${JSON.stringify(preloads)})`);
}

describe.each(['zh-Hans', 'zh-Hant'] as const)('retrieval on the %s index', (script: Script) => {
  it('finds every page holding any character pair or digit run, through the pieces and long words', async () => {
    const fragments = readFragments(DIST, script) as unknown as PageData[];
    const data = JSON.parse(readFileSync(join(DIST, PREFIX[script], 'search', 'search-data.json'), 'utf8')) as SearchData;
    const texts = new Map(fragments.map((f) => [f.url, normalizeText(f.content.replace(/\u200b/g, '')).text]));

    const pieces = new Set<string>();
    for (const text of texts.values()) {
      for (const [run] of text.matchAll(/\p{sc=Han}+/gu)) {
        const chars = [...run];
        for (let i = 0; i + 1 < chars.length; i++) pieces.add(chars[i]! + chars[i + 1]!);
      }
      for (const [run] of text.matchAll(/(?:(?!\p{sc=Han})[\p{L}\p{N}])+/gu)) {
        for (let i = 0; i < run.length; i++) for (let j = i + 1; j <= run.length; j++) pieces.add(run.slice(i, j));
      }
    }
    expect(data.gapPairs.length).toBeLessThan(50);
    const plan = new Map(
      [...pieces]
        .map((p) => [p, piecesOf(p, data.gapPairs)] as const)
        .filter(([, queries]) => queries.length > 0)
        .map(([p, queries]) => [p, [...queries, ...queries.flatMap((x) => expansionsOf(x, data.longWords))]]),
    );
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}${PREFIX[script]}/search/`);
      const found = await pagefindQueries(page, [...new Set([...plan.values()].flat())], data.chunkStarts ?? []);
      const missed: string[] = [];
      for (const [piece, queries] of plan) {
        const reached = new Set(queries.flatMap((q) => found[q] ?? []));
        for (const [url, text] of texts) if (text.includes(piece) && !reached.has(url)) missed.push(`${piece} ${url}`);
      }
      expect(pieces.size).toBeGreaterThan(3000);
      expect(missed).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('cuts the full text into its measures, each paragraph anchor at the start of that paragraph', () => {
    const fragments = readFragments(DIST, script) as unknown as PageData[];
    const blocks = measureBlocks(script);
    const seen: number[] = [];
    let checked = 0;
    for (const fragment of fragments) {
      for (const unit of preparePage(fragment.url, fragment)) {
        if (unit.number === null) continue;
        seen.push(unit.number);
        const expectedTexts = blocks.get(unit.number)!;
        // The measure's page is linked, and its heading is the unit's title area, as on the measure page.
        expect(unit.url).toBe(`${PREFIX[script]}/${SLUG}/measures/${unit.number}/`);
        expect(normalizeText(unit.title).text).toBe(expectedTexts[0]);
        expect(unit.blocks[0]!.id).toBeNull();
        for (const block of unit.blocks.filter((b) => b.id !== null)) {
          expect(block.id!.startsWith(`${unit.id.split('#')[1]}-p`), block.id!).toBe(true);
          const start = normalizeText(unit.source.slice(block.start, block.start + 12)).text.split('.')[0]!;
          expect(expectedTexts.some((t) => t.startsWith(start)), `${unit.url}#${block.id} starts with ${start}`).toBe(true);
          checked++;
        }
        // The unit holds the measure's whole text and nothing of the next one.
        const text = normalizeText(unit.source).text;
        for (const part of expectedTexts) expect(text, `${unit.url}: ${part.slice(0, 20)}`).toContain(part.replace(/\.$/, ''));
        const next = blocks.get(unit.number + 1);
        if (next) expect(text).not.toContain(next[0]);
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual([...blocks.keys()].sort((a, b) => a - b));
    expect(checked).toBeGreaterThanOrEqual(29);
  });
});
