/**
 * Helpers for the search tests: the text of every measure as the built pages show it (the
 * ground truth "which measures contain these words"), and driving the real search page.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { matches } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Page } from 'playwright-core';
import { normalizeText } from '../../src/lib/search/normalize.ts';
import { EXCLUDE_SELECTORS } from '../../scripts/lib/search/index-scope.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { DIST, page, select, selectAll } from '../support/dist.ts';

export const SLUG = readdirSync(DIST, { withFileTypes: true }).find((d) => d.isDirectory() && /^[a-z0-9-]+$/.test(d.name) && readdirSync(join(DIST, d.name)).includes('measures'))!.name;
export const PREFIX: Record<Script, string> = { 'zh-Hans': '', 'zh-Hant': '/zh-hant' };

/** Everything a reader does not read as the measure's text, as the index leaves it out. */
const SKIP = ['[data-pagefind-ignore]', ...EXCLUDE_SELECTORS].join(', ');

function prune(node: Element): Element {
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'element') {
      if (!matches(SKIP, child)) children.push(prune(child));
    } else children.push(child);
  }
  return { ...node, children };
}

const text = (node: Element) => toText(prune(node), { whitespace: 'normal' }).trim();

/**
 * The text of each measure page of a script, as the page shows it, cut into blocks (the
 * title, each sub-item heading, each paragraph) and normalised as search normalises.
 * A query term "is in" a measure when it is a substring of one of its blocks.
 */
export function measureBlocks(script: Script): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (let number = 1; ; number++) {
    let tree: Root;
    try {
      tree = page(`${PREFIX[script]}/${SLUG}/measures/${number}/`);
    } catch {
      break;
    }
    const main = select('main', tree)!;
    const blocks = [text(select('h1', main)!)];
    for (const para of selectAll('.para', main)) {
      const heading = select('.subitem', para);
      if (heading) blocks.push(text(heading));
      blocks.push(text({ ...para, children: para.children.filter((c) => c !== heading) }));
    }
    out.set(number, blocks.map((b) => normalizeText(b).text));
  }
  return out;
}

/** Measures whose text contains every term. */
export function measuresWith(blocks: Map<number, string[]>, terms: readonly string[]): number[] {
  return [...blocks].filter(([, parts]) => terms.every((t) => parts.some((p) => p.includes(t)))).map(([n]) => n);
}

export interface PageResults {
  numbers: number[];
  hrefs: string[];
  status: string;
}

/** Search on an open search page as a reader does (type, Enter) and read the results. */
export async function searchOnPage(page: Page, query: string): Promise<PageResults> {
  const before = await page.locator('#search-results').getAttribute('data-search-done');
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction(
    (previous) => {
      const list = document.querySelector('#search-results');
      return list && !list.hasAttribute('aria-busy') && list.getAttribute('data-search-done') !== previous;
    },
    before,
  );
  return readResults(page);
}

/** The results currently shown. */
export async function readResults(page: Page): Promise<PageResults> {
  const hrefs = await page.locator('#search-results li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  const numbers = hrefs.map((h) => /\/measures\/(\d+)\//.exec(h)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return { numbers, hrefs, status: (await page.locator('#search-status').textContent()) ?? '' };
}

/** Wait for the search the page runs by itself on load (from ?q=). */
export async function waitForSearch(page: Page): Promise<PageResults> {
  await page.waitForSelector('#search-results[data-search-done]:not([aria-busy])', { state: 'attached' });
  return readResults(page);
}
