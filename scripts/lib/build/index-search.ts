import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { compactPageLists } from '../search/page-list.ts';
import { EXCLUDE_SELECTORS, INDEX_GLOB } from '../search/index-scope.ts';

/**
 * Pagefind's ready-made search interfaces. Our search page uses only the JS API
 * (pagefind.js), so these ~300 KB are removed from the published site.
 */
const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];

/**
 * Pagefind's search cuts a Chinese query into words with the browser's segmenter before it
 * looks them up (its `needsWordSegmentation`). Our search sends Pagefind pieces it has cut
 * itself (src/lib/search/pieces.ts), and a piece cut again breaks retrieval in a large index:
 * 餐网 became 餐 and 网, and the words starting with 餐 that lie in a later index chunk than 餐
 * itself were never loaded (0 results for 早餐网点 at 1,000 notices). pagefind.js is therefore
 * written with that segmentation off; the build stops if Pagefind's code no longer has it.
 */
const SEGMENTATION = 'return["zh","ja","th"].includes(primaryLang);';
const NO_SEGMENTATION = 'return false;';

function queryWordsWhole(file: string): void {
  const code = readFileSync(file, 'utf8');
  if (code.split(SEGMENTATION).length !== 2) throw new Error(`${file}: Pagefind's query segmentation (${SEGMENTATION}) was not found once; this Pagefind version needs scripts/lib/build/index-search.ts reviewed`);
  writeFileSync(file, code.replace(SEGMENTATION, NO_SEGMENTATION));
}

/**
 * Build the Pagefind index of a built site in place (`<site>/pagefind/`). Only elements
 * marked `data-pagefind-body` are indexed, in the pages and parts listed in ../search/index-scope.ts;
 * Pagefind keeps one index per `<html lang>`. Its page lists are then made small (../search/page-list.ts).
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
    compactPageLists(siteDir);
    for (const file of UNUSED_UI) rmSync(join(siteDir, 'pagefind', file), { force: true });
    for (const file of ['pagefind.js', 'pagefind-worker.js']) queryWordsWhole(join(siteDir, 'pagefind', file));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
