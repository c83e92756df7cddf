/**
 * What the offline search index holds, decided in one place.
 *
 * Only the pages that carry the official text once each are indexed: the notice home (metadata,
 * cover notice, preamble) and one page per measure. The full-text page and the department pages
 * repeat that same text; indexing them would let one long page outrank or duplicate every
 * measure, so they stay out of the index (they are reachable from every result's page).
 *
 * Inside an indexed page only `<main data-pagefind-body>` is read, and within it the page's own
 * helpers are left out: navigation (table of contents, pager, breadcrumb), the paragraph
 * permalinks (¶), the numbered links to correction notes ([31]), screen-reader-only text and
 * controls. (Sections such as the department list and the correction notes carry
 * data-pagefind-ignore themselves.)
 */

/** Site-relative glob of the indexed HTML files (Pagefind's `addDirectory({ glob })`). */
export const INDEX_GLOB = '{*/index.html,zh-hant/*/index.html,**/measures/*/index.html}';

/** CSS selectors Pagefind never indexes (Pagefind's `excludeSelectors`). */
export const EXCLUDE_SELECTORS: readonly string[] = ['nav', '.permalink', '.fix-ref', '.visually-hidden', '.skip-link', 'button', 'form', '[hidden]'];
