import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Build the Pagefind index of a built site in place (`<site>/pagefind/`). Only elements
 * marked `data-pagefind-body` are indexed; Pagefind keeps one index per `<html lang>`.
 * Returns the number of pages indexed.
 */
export async function indexSearch(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
