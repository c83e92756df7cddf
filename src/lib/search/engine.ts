/**
 * The search itself, independent of the page: Pagefind finds candidate pages, each candidate's
 * own text decides. A result is a page, or one measure of a notice's full-text page (the index
 * holds one page for all of a notice's measures: ./units.ts); it is a result only if it
 * contains every term of the query (in the page's script, or as typed) as a whole: 托育 never
 * matches 依托, 体育场馆 never matches a measure that merely has 体育, 场 and 馆. A term no page
 * contains is reported, never dropped.
 *
 * Checking a page means fetching its text (a Pagefind fragment). A small site's candidates are
 * all checked at once, so its count is exact; in a large archive a common word has thousands of
 * candidates, so they are checked in Pagefind's order of relevance, a few at a time, until a
 * page of results is found: what is shown is always checked, and the rest is counted as
 * candidates still to check (`unchecked`), until the reader asks for more.
 */
import { convertText, type Conversion } from './convert.ts';
import { excerptOf, occurrences, preparePage, type Excerpt, type PageData, type PreparedPage } from './page-text.ts';
import { chunksToLoad, expansionsOf, piecesOf } from './pieces.ts';
import { parseQuery, type QueryTerm } from './query.ts';

/** The part of Pagefind's JS API the search uses (`pagefind.js` 1.6, created with createInstance). */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PageData> }[] } | null>;
  /** Load the index chunk holding a word (and nothing else). */
  preload(term: string): Promise<void>;
}

/** Pagefind filter name -> the value chosen (src/lib/search/filters.ts): chapter, department, notice, jurisdiction, year, issuer. */
export type SearchFilters = Record<string, string>;

export interface TermReport extends QueryTerm {
  /** The term in the page's script, when that differs from what was typed. */
  converted: string | null;
  /** Whether any page (within the filters) contains the term. */
  found: boolean;
}

export interface Hit {
  /** Link to the page, at the paragraph of the excerpt when there is one. */
  url: string;
  title: string;
  /** Measure number, or null for the notice's home page (cover notice, preamble). */
  number: number | null;
  chapter: string | null;
  /** The chapter's heading, when the index gives it. */
  chapterTitle: string | null;
  /** The notice's title in an archive, or null. */
  notice: string | null;
  excerpt: Excerpt;
  score: number;
}

export interface Outcome {
  terms: TermReport[];
  /** No query words, only filters: the measures within the filters, in order. */
  filterOnly: boolean;
  hits: Hit[];
  /** Candidate pages not checked yet: the full count lies between hits.length and hits.length + unchecked. */
  unchecked: number;
}

/**
 * Up to this many candidates, every one is checked at once. A notice is two indexed pages a
 * script (its home and its full text, which holds all its measures: ./units.ts), so a single
 * notice, or a few, are always counted exactly.
 */
export const CHECK_ALL = 16;
/** Results shown at a time when there are more candidates than that. */
export const RESULTS_PAGE = 20;
/** Fragments fetched at a time while looking for a page of results: one full text gives many measures. */
const BATCH = 4;
/** Candidates checked at most for one page of results, so that a query matching few of many candidates stays bounded. */
const CHECK_PER_PAGE = 40;
/**
 * Pieces looked up at most for one term. Pieces only narrow the candidates, which are all
 * verified against their text, and each piece can cost an index chunk (20 to 50 KB in a large
 * archive): a phrase of eight characters needs its first, middle and last pair, not all seven.
 */
const MAX_PIECES = 3;

export class SearchEngine {
  private readonly pages = new Map<string, Promise<PreparedPage[]>>();
  private readonly lookups = new Map<string, Promise<Map<string, () => Promise<PageData>>>>();

  constructor(
    private readonly pagefind: PagefindApi,
    /** Converts a query from the other script into the page's script. */
    private readonly conversion: Conversion,
    /** SearchData.longWords, gapPairs, chunkStarts (see ./pieces.ts) and commonWords. */
    private readonly index: { longWords: readonly string[]; gapPairs: readonly string[]; chunkStarts?: readonly string[]; commonWords?: readonly string[] },
  ) {
    this.common = new Set(index.commonWords ?? []);
  }

  private readonly common: Set<string>;

  /** Search; with many candidates, check them until `pages` pages of results are found (more pages: a longer list, the first ones unchanged). */
  async search(query: string, filters: SearchFilters = {}, pages = 1): Promise<Outcome> {
    const terms = parseQuery(query);
    const pagefindFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
    if (terms.length === 0) {
      if (Object.keys(pagefindFilters).length === 0) return { terms: [], filterOnly: false, hits: [], unchecked: 0 };
      const byPlace = (a: Hit, b: Hit) => (a.url.split('/measures/')[0] ?? '').localeCompare(b.url.split('/measures/')[0] ?? '') || a.number! - b.number!;
      const { hits, unchecked } = await this.check(await this.lookup(null, pagefindFilters), pagefindFilters, pages, (p) => (p.number === null ? null : this.hit(p, [], 0)), byPlace);
      return { terms: [], filterOnly: true, hits, unchecked };
    }

    const variants = terms.map((t) => unique([t.text, convertText(t.text, this.conversion)]));
    const candidates = await Promise.all(variants.map((v) => this.candidates(v, pagefindFilters)));
    // Pages that may hold every term (a term that may be on any page narrows nothing), then the ones that do.
    const narrowing = candidates.filter((set): set is Candidates => set !== ANY_PAGE);
    let common = narrowing[0] ?? (await this.lookup(null, pagefindFilters));
    for (const set of narrowing.slice(1)) common = new Map([...common].filter(([id]) => set.has(id)));
    const matching = (page: PreparedPage) => {
      const found = occurrences(page, variants);
      return new Set(found.map((o) => o.term)).size === terms.length ? this.hit(page, found, score(page, found, variants)) : null;
    };
    const byRank = (a: Hit, b: Hit) => rank(a) - rank(b) || b.score - a.score || (a.number ?? 0) - (b.number ?? 0);
    const { hits, unchecked } = await this.check(common, pagefindFilters, pages, matching, byRank);

    // Without a result, say which terms no page contains (looking at each term's own candidates).
    const reports: TermReport[] = await Promise.all(
      terms.map(async (term, i) => {
        const converted = variants[i]![1] ?? null;
        if (hits.length > 0 || unchecked > 0) return { ...term, converted, found: true };
        const own = candidates[i]!;
        const found = await this.anyContains(own === ANY_PAGE ? await this.lookup(null, pagefindFilters) : own, pagefindFilters, variants[i]!);
        return { ...term, converted, found };
      }),
    );
    return { terms: reports, filterOnly: false, hits, unchecked };
  }

  /**
   * Check candidates (in Pagefind's order) with `accept`: all of them when they are few, else a
   * batch at a time until `pages` pages of results are found. Each page of results is sorted by
   * `order` and follows the previous ones, so that asking for more never reorders what was shown.
   * A candidate is a Pagefind page; what is checked is each of its units within the filters.
   */
  private async check(candidates: Map<string, () => Promise<PageData>>, filters: Record<string, string>, pages: number, accept: (page: PreparedPage) => Hit | null, order: (a: Hit, b: Hit) => number): Promise<{ hits: Hit[]; unchecked: number }> {
    const list = [...candidates];
    if (list.length <= CHECK_ALL) {
      const hits = (await this.load(list, filters)).flatMap((page) => accept(page) ?? []);
      return { hits: hits.sort(order), unchecked: 0 };
    }
    const hits: Hit[] = [];
    let next = 0;
    for (let page = 1; page <= pages && next < list.length; page++) {
      const found: Hit[] = [];
      const limit = Math.min(list.length, next + CHECK_PER_PAGE);
      while (found.length < RESULTS_PAGE && next < limit) {
        const batch = list.slice(next, Math.min(limit, next + BATCH));
        next += batch.length;
        found.push(...(await this.load(batch, filters)).flatMap((p) => accept(p) ?? []));
      }
      hits.push(...found.sort(order));
    }
    return { hits, unchecked: list.length - next };
  }

  /**
   * Pages that may contain one of a term's variants, or ANY_PAGE. A piece whose word is on at
   * least half of the pages (SearchData.commonWords) is not looked up: its index entry is the
   * largest there is (服务 in 13,742 of 20,000 pages: 481 KB) and narrows the candidates
   * least. A term made only of such pieces may be on any page; it is still checked in the text.
   */
  private async candidates(variants: readonly string[], filters: Record<string, string>): Promise<Candidates | typeof ANY_PAGE> {
    const sets = await Promise.all(
      variants.map(async (variant) => {
        const all = piecesOf(variant, this.index.gapPairs);
        if (all.length === 0) return this.lookup(null, filters);
        const pieces = spread(all.filter((piece) => !this.common.has(piece)), MAX_PIECES);
        if (pieces.length === 0) return ANY_PAGE;
        const perPiece = await Promise.all(
          pieces.map(async (piece) => {
            const queries = [piece, ...expansionsOf(piece, this.index.longWords)];
            return union(await Promise.all(queries.map((q) => this.lookup(q, filters))));
          }),
        );
        let set = perPiece[0]!;
        for (const other of perPiece.slice(1)) set = new Map([...set].filter(([id]) => other.has(id)));
        return set;
      }),
    );
    return sets.includes(ANY_PAGE) ? ANY_PAGE : union(sets as Candidates[]);
  }

  /** One Pagefind query (cached): page id -> its data loader. */
  private lookup(query: string | null, filters: Record<string, string>): Promise<Map<string, () => Promise<PageData>>> {
    const key = JSON.stringify([query, filters]);
    let pending = this.lookups.get(key);
    if (!pending) {
      // The chunks where the words the query starts run on, then the query (see chunksToLoad).
      const chunks = query === null ? [] : chunksToLoad(query, this.index.chunkStarts ?? []);
      pending = Promise.all(chunks.map((start) => this.pagefind.preload(start)))
        .then(() => this.pagefind.search(query, { filters }))
        .then((response) => new Map((response?.results ?? []).map((r) => [r.id, () => r.data()])));
      this.lookups.set(key, pending);
      pending.catch(() => this.lookups.delete(key));
    }
    return pending;
  }

  /** The units of these pages that lie within the filters (a full text's measures of the chosen chapter or department). */
  private async load(pages: [string, () => Promise<PageData>][], filters: Record<string, string>): Promise<PreparedPage[]> {
    const units = (await Promise.all(pages.map(([id, data]) => this.page(id, data)))).flat();
    return units.filter((unit) => Object.entries(filters).every(([name, value]) => unit.filters[name]?.includes(value)));
  }

  private page(id: string, data: () => Promise<PageData>): Promise<PreparedPage[]> {
    let pending = this.pages.get(id);
    if (!pending) {
      pending = data().then((d) => preparePage(id, d));
      this.pages.set(id, pending);
      pending.catch(() => this.pages.delete(id));
    }
    return pending;
  }

  /**
   * Whether any candidate contains the term, checked a batch at a time. Past CHECK_PER_PAGE
   * candidates without one, the term is taken as found: a term is reported missing only when
   * every candidate was checked.
   */
  private async anyContains(candidates: Map<string, () => Promise<PageData>>, filters: Record<string, string>, variants: readonly string[]): Promise<boolean> {
    const list = [...candidates];
    const step = list.length <= CHECK_ALL ? CHECK_ALL : BATCH;
    for (let next = 0; next < list.length; next += step) {
      if (next >= CHECK_PER_PAGE) return true;
      for (const page of await this.load(list.slice(next, next + step), filters)) if (occurrences(page, [variants]).length > 0) return true;
    }
    return false;
  }

  private hit(page: PreparedPage, found: ReturnType<typeof occurrences>, value: number): Hit {
    const excerpt = excerptOf(page, found);
    const url = excerpt.blockId ? `${page.url.replace(/#.*$/, '')}#${excerpt.blockId}` : page.url;
    return { url, title: page.title, number: page.number, chapter: page.chapter, chapterTitle: page.chapterTitle, notice: page.notice, excerpt, score: value };
  }
}

/** Candidate pages: page id -> its data loader. */
type Candidates = Map<string, () => Promise<PageData>>;

/** What a term narrows the candidates to when it may be on any page. */
const ANY_PAGE = Symbol('any page');

/** Measures first, then the other pages. */
function rank(hit: Hit): number {
  return hit.number === null ? 1 : 0;
}

/** Relevance: a term in the title counts most, then how often each term occurs. */
function score(page: PreparedPage, found: ReturnType<typeof occurrences>, variants: readonly (readonly string[])[]): number {
  let value = 0;
  variants.forEach((forms, term) => {
    const count = found.filter((o) => o.term === term).length;
    const inTitle = forms.some((f) => page.normalTitle.includes(f));
    value += (inTitle ? 8 : 0) + Math.log2(1 + count);
  });
  return value;
}

/** At most `count` items of `list`, evenly spaced, its first and last among them. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  return Array.from({ length: count }, (_, i) => list[Math.round((i * (list.length - 1)) / (count - 1))]!);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function union<K, V>(maps: Map<K, V>[]): Map<K, V> {
  const out = new Map<K, V>();
  for (const map of maps) for (const [k, v] of map) out.set(k, v);
  return out;
}
