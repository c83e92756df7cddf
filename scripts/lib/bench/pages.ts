/** The pages the bench weighs and audits, in both scripts. */
export interface BenchPage {
  name: string;
  path: string;
  /**
   * Lighthouse on this page: 'budget' (issue #8: 100 in every category), 'report' (run and
   * printed, no budget), or not at all.
   */
  lighthouse: 'budget' | 'report' | false;
  /** The first-visit budget of a measure page applies. */
  measureBudget: boolean;
}

const SLUG = 'jizhou-2022-16';
const SCRIPTS = [
  { label: '简', prefix: '/', query: '养老' },
  { label: '繁', prefix: '/zh-hant/', query: '養老' },
];

/**
 * home, a measure, the full text, the search page empty and with a query: zh-Hans then zh-Hant.
 * The search page's budget is the page as it opens; with a query in the URL its Lighthouse
 * run also waits for the results (Pagefind's wasm, index chunk and fragments, some 110 KB),
 * which is reported beside it.
 */
export const BENCH_PAGES: BenchPage[] = SCRIPTS.flatMap(({ label, prefix, query }) => [
  { name: `home ${label}`, path: prefix, lighthouse: 'budget', measureBudget: false },
  { name: `measure 1 ${label}`, path: `${prefix}${SLUG}/measures/1/`, lighthouse: 'budget', measureBudget: true },
  { name: `full text ${label}`, path: `${prefix}${SLUG}/full-text/`, lighthouse: false, measureBudget: false },
  { name: `search ${label}`, path: `${prefix}search/`, lighthouse: 'budget', measureBudget: false },
  { name: `search ?q= ${label}`, path: `${prefix}search/?q=${encodeURIComponent(query)}`, lighthouse: 'report', measureBudget: false },
]);
