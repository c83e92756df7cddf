/** The pages the bench weighs and audits, in both scripts. */
export interface BenchPage {
  name: string;
  path: string;
  /** Lighthouse runs on this page too (budget: 100 in every category). */
  lighthouse: boolean;
  /** The first-visit budget of a measure page applies. */
  measureBudget: boolean;
}

const SLUG = 'jizhou-2022-16';
const SCRIPTS = [
  { label: '简', prefix: '/', query: '养老' },
  { label: '繁', prefix: '/zh-hant/', query: '養老' },
];

/** home, a measure, the full text, the search page empty and with a query: zh-Hans then zh-Hant. */
export const BENCH_PAGES: BenchPage[] = SCRIPTS.flatMap(({ label, prefix, query }) => [
  { name: `home ${label}`, path: prefix, lighthouse: true, measureBudget: false },
  { name: `measure 1 ${label}`, path: `${prefix}${SLUG}/measures/1/`, lighthouse: true, measureBudget: true },
  { name: `full text ${label}`, path: `${prefix}${SLUG}/full-text/`, lighthouse: false, measureBudget: false },
  { name: `search ${label}`, path: `${prefix}search/`, lighthouse: false, measureBudget: false },
  { name: `search ?q= ${label}`, path: `${prefix}search/?q=${encodeURIComponent(query)}`, lighthouse: true, measureBudget: false },
]);
