/**
 * The search pages preload what a search needs first, under the names Pagefind will ask for:
 * its entry file with the index tag the build stamped in, and the metadata file of the page's
 * own language (see src/lib/search/index-marks.ts). A wrong name would cost a second download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INDEX_TAG_MARK, META_FILE_MARK } from '../../src/lib/search/index-marks.ts';
import { BASE, DIST, fileOf, htmlPages, page, requireDist, select, selectAll } from '../support/dist.ts';

const SEARCH_PAGES = ['search/', 'zh-hant/search/'];

describe('search page preloads', () => {
  beforeAll(requireDist);

  it('preload the entry file under the stamped tag and the metadata file of the page language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const tags = new Set<string>();
    for (const path of SEARCH_PAGES.map((p) => `/${p}`)) {
      const tree = page(path);
      const lang = String(select('html', tree)?.properties.lang).toLowerCase();
      const tag = String(select('#search-form', tree)?.properties.dataPagefindTag);
      expect(tag, path).toMatch(/^[0-9a-f]{16}$/);
      tags.add(tag);
      const preloads = selectAll('link[rel~="preload"]', tree).map((l) => String(l.properties.href));
      expect(preloads, path).toContain(`${BASE}pagefind/pagefind-entry.json?ts=${tag}`);
      expect(preloads, path).toContain(`${BASE}pagefind/pagefind.${entry.languages[lang]!.hash}.pf_meta`);
      for (const href of preloads) expect(() => readFileSync(fileOf(`/${href.slice(BASE.length)}`)), `${path} -> ${href}`).not.toThrow();
    }
    expect(tags.size).toBe(1);
  });

  it('leave no unstamped mark on any page', () => {
    for (const path of htmlPages()) {
      const html = readFileSync(fileOf(path), 'utf8');
      expect(html.includes(INDEX_TAG_MARK) || html.includes(META_FILE_MARK), path).toBe(false);
    }
  });
});
