import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { EXCLUDE_SELECTORS, INDEX_GLOB } from '../search/index-scope.ts';

/**
 * Pagefind's ready-made search interfaces. Our search page uses only the JS API
 * (pagefind.js), so these ~300 KB are removed from the published site.
 */
const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

/**
 * Build the Pagefind index of a built site in place (`<site>/pagefind/`). Only elements
 * marked `data-pagefind-body` are indexed, in the pages and parts listed in ../search/index-scope.ts;
 * Pagefind keeps one index per `<html lang>`.
 * Returns the number of pages indexed.
 */
export async function indexSearch(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDE_SELECTORS] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: INDEX_GLOB });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_UI) rmSync(join(siteDir, 'pagefind', file), { force: true });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
