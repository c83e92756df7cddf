/**
 * What the offline search index holds, decided in one place.
 *
 * Only the pages that carry the official text once each are indexed, two a notice: its home
 * (metadata, cover notice, preamble, citations) and its full-text page for the chapters and
 * measures, which marks the rest of itself data-pagefind-ignore. The search cuts the full-text
 * page back into measures (src/lib/search/units.ts), so a result is still one measure; the
 * index grows by two pages a notice instead of one a measure. The measure and department pages
 * repeat the same text and stay out of the index.
 *
 * Inside an indexed page only `<main data-pagefind-body>` is read, and within it the page's own
 * helpers are left out: navigation (table of contents, pager, breadcrumb), the paragraph
 * permalinks (¶), the numbered links to correction notes ([31]), screen-reader-only text and
 * controls. (Sections such as the department list and the correction notes carry
 * data-pagefind-ignore themselves.)
 */

/** Site-relative glob of the indexed HTML files (Pagefind's `addDirectory({ glob })`). */
export const INDEX_GLOB = '{*/index.html,zh-hant/*/index.html,*/full-text/index.html,zh-hant/*/full-text/index.html}';

/** CSS selectors Pagefind never indexes (Pagefind's `excludeSelectors`). */
export const EXCLUDE_SELECTORS: readonly string[] = ['nav', '.permalink', '.fix-ref', '.visually-hidden', '.skip-link', 'button', 'form', '[hidden]'];
