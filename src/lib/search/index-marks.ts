/**
 * What the search page needs to know about the Pagefind index exists only once Pagefind has
 * indexed the built pages, after Astro has rendered them. The search page carries these marks
 * in its place, and the build fills them in (scripts/lib/build/stamp-search-pages.ts):
 *
 * - INDEX_TAG_MARK: a short hash of `pagefind-entry.json`. Given to Pagefind as its
 *   `metaCacheTag`, so it asks for `pagefind-entry.json?ts=<tag>` instead of a new
 *   `?ts=<time>` on every load: the page can preload that URL, and a browser that has it
 *   cached may reuse it until the index changes (then the tag changes too).
 * - META_FILE_MARK: the hashed name of the index's metadata file for the page's language
 *   (`pagefind.zh-hans_….pf_meta`), so the page can preload it too.
 *
 * With both preloaded, a search's first fetches start with the page's own, not one after
 * another once the script runs.
 */
export const INDEX_TAG_MARK = 'unstamped-pagefind-index-tag';
export const META_FILE_MARK = 'unstamped-pagefind-meta.pf_meta';
