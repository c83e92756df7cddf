import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_TAG_MARK, META_FILE_MARK } from '../../../src/lib/search/index-marks.ts';
import { SCRIPT_SEGMENT, SCRIPTS } from '../script/scripts.ts';

interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/** The search pages (src/pages/[...script]/search.astro), site-relative: the only pages that carry the marks. */
export const SEARCH_PAGES: readonly string[] = SCRIPTS.map((script) => join(SCRIPT_SEGMENT[script], 'search', 'index.html'));

/**
 * Fill in the marks of src/lib/search/index-marks.ts in the built pages of `siteDir`, once
 * Pagefind has written `<siteDir>/pagefind/`: the index tag (a hash of pagefind-entry.json,
 * so it changes whenever the index does) and the metadata file of each page's own language
 * (from `<html lang>`). A page whose language has no index stops the build. Only `pages` are
 * read (a large archive has some 100,000 others; tests/build/search-preloads.test.ts checks
 * that no page elsewhere carries a mark). Returns the pages stamped (site-relative paths).
 */
export function stampSearchPages(siteDir: string, pages: readonly string[] = SEARCH_PAGES): string[] {
  const entryBytes = readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'));
  const entry = JSON.parse(entryBytes.toString('utf8')) as PagefindEntry;
  const tag = createHash('sha256').update(entryBytes).digest('hex').slice(0, 16);
  const stamped: string[] = [];
  for (const name of pages) {
    const file = join(siteDir, name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes(INDEX_TAG_MARK) && !html.includes(META_FILE_MARK)) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
    const index = lang ? entry.languages[lang.toLowerCase()] : undefined;
    if (!index) throw new Error(`${name}: no Pagefind index for the page's language (${lang ?? 'no <html lang>'}); indexes: ${Object.keys(entry.languages).join(', ')}`);
    writeFileSync(file, html.replaceAll(INDEX_TAG_MARK, tag).replaceAll(META_FILE_MARK, `pagefind.${index.hash}.pf_meta`));
    stamped.push(name);
  }
  return stamped;
}
