/**
 * The search engine over a stand-in for Pagefind: candidate retrieval, verification against
 * each page's text, reporting of terms found nowhere, ranking, excerpts and paragraph links.
 */
import { describe, expect, it } from 'vitest';
import { loadConversion } from '../../src/lib/search/convert.ts';
import { RESULTS_PAGE, SearchEngine, type PagefindApi } from '../../src/lib/search/engine.ts';
import { chunksToLoad } from '../../src/lib/search/pieces.ts';
import type { UnitEntry } from '../../src/lib/search/units.ts';
import { UNITS_META } from '../../src/lib/search/units.ts';
import { excerptOf, occurrences, preparePage, wordStarts, type PageData, type PreparedPage } from '../../src/lib/search/page-text.ts';

/** A page as Pagefind stores it: words separated by zero-width spaces, ". " after each block. */
function page(url: string, title: string, paragraphs: [string, string][], extra: Partial<PageData> = {}): PageData {
  const words = (text: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment);
  const tokens: string[] = [...words(title), '. '];
  const anchors: NonNullable<PageData['anchors']> = [];
  for (const [id, text] of paragraphs) {
    anchors.push({ element: 'div', id, location: tokens.length });
    tokens.push(...words(text), '. ');
  }
  const content = tokens.join('\u200b');
  return { url, content, meta: { title }, anchors, ...extra };
}

/**
 * A notice's full-text page as Pagefind stores it (./units.ts): every measure a section with
 * its heading (a link, so Pagefind puts no ". " after it) and paragraphs, chapter sections
 * around them, the units in meta, the union of the units' chapters and departments as filters.
 */
function fullText(url: string, chapters: { id: string; paragraphs: [string, string][]; measures: { number: number; title: string; paragraphs: [string, string][]; departments: string[] }[] }[]): PageData {
  const words = (text: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment);
  const tokens: string[] = [];
  const anchors: NonNullable<PageData['anchors']> = [];
  const departments: string[] = [];
  const units: UnitEntry[] = [];
  const chapterTitles: Record<string, string> = {};
  // Pagefind's anchor location counts words: a token of white space alone is none.
  const at = () => tokens.filter((t) => /\S/.test(t)).length;
  const paragraphs = (list: [string, string][]) => {
    for (const [id, text] of list) {
      anchors.push({ element: 'div', id, location: at() });
      tokens.push(...words(text), '. ');
    }
  };
  for (const chapter of chapters) {
    anchors.push({ element: 'section', id: chapter.id, location: at() });
    chapterTitles[chapter.id] = `第${chapter.id}章`;
    if (chapter.paragraphs.length > 0) units.push([chapter.id, `${url}#${chapter.id}`, null, chapter.id, []]);
    paragraphs(chapter.paragraphs);
    for (const m of chapter.measures) {
      const id = `m${String(m.number).padStart(2, '0')}`;
      anchors.push({ element: 'section', id, location: at() }, { element: 'h3', id: `${id}-h`, location: at(), text: m.title });
      tokens.push(...words(m.title), ' ');
      paragraphs(m.paragraphs);
      for (const d of m.departments) if (!departments.includes(d)) departments.push(d);
      units.push([id, `/n/measures/${m.number}/`, m.number, chapter.id, m.departments.map((d) => departments.indexOf(d))]);
    }
  }
  const meta = { title: '方案', [UNITS_META]: JSON.stringify({ departments, chapters: chapterTitles, units }) };
  return { url, content: tokens.join('\u200b'), meta, anchors, filters: { chapter: chapters.map((c) => c.id), department: departments } };
}

const PAGES: Record<string, PageData> = {
  full: fullText('/n/full-text/', [
    {
      id: 'c1',
      paragraphs: [],
      measures: [
        { number: 1, title: '（一）强化基本公共服务保障', paragraphs: [['m01-p1', '新增养老床位200张。完善公共体育场馆免费开放。'], ['m01-p2', '依托社区服务中心。']], departments: ['minzheng'] },
        { number: 2, title: '（二）扩大普惠性托育服务', paragraphs: [['m02-p1', '大力发展普惠性养老、托育服务。'], ['m02-p2', '推进体育、场地和图书馆建设。']], departments: ['jiaoyu'] },
      ],
    },
    {
      id: 'c2',
      paragraphs: [['c2-p1', '到2025年，基本建成便民生活圈。']],
      measures: [{ number: 3, title: '（三）大力发展社区便民服务', paragraphs: [['m03-p1', '加快20家老年人食堂试点建设，2025年完成。']], departments: ['minzheng'] }],
    },
  ]),
  home: page('/n/', '关于印发行动方案的通知', [['cover-p1', '各有关单位：现将方案印发，托育服务等请照此执行。']]),
};

/** Pagefind stand-in: finds pages whose text contains the query, honouring filters; logs the queries. */
function fakePagefind(log: (string | null)[]): PagefindApi {
  return {
    async search(term, options = {}) {
      log.push(term);
      const ids = Object.keys(PAGES).filter((id) => {
        const data = PAGES[id]!;
        for (const [key, value] of Object.entries(options.filters ?? {})) if (!data.filters?.[key]?.includes(value)) return false;
        return term === null || data.content.replace(/\u200b/g, '').includes(term);
      });
      return { results: ids.map((id) => ({ id, data: async () => structuredClone(PAGES[id]!) })) };
    },
    async preload() {},
  };
}

const t2s = loadConversion({ chars: '養养務务圖图館馆', phrases: [] });

function engine(log: (string | null)[] = []) {
  return new SearchEngine(fakePagefind(log), t2s, { longWords: ['老年人'], gapPairs: [] });
}
const numbers = (hits: { number: number | null }[]) => hits.map((h) => h.number);

describe('SearchEngine', () => {
  it('finds a phrase only where it stands whole', async () => {
    const outcome = await engine().search('托育');
    expect(numbers(outcome.hits)).toEqual([2, null]); // not m1, which has 依托
    const sports = await engine().search('体育场馆');
    expect(numbers(sports.hits)).toEqual([1]); // not m2, which has 体育, 场 and 馆 apart
  });

  it('never sends a long term to Pagefind whole: segmentation mismatches cannot lose a page', async () => {
    const log: (string | null)[] = [];
    const outcome = await engine(log).search('老年人食堂');
    expect(numbers(outcome.hits)).toEqual([3]);
    expect(log).not.toContain('老年人食堂');
    // Three of its four pairs narrow the candidates (its first, middle and last); the text decides.
    expect(log).toEqual(expect.arrayContaining(['老年', '食堂']));
    expect(log.filter((q) => q !== null && '老年人食堂'.includes(q))).toHaveLength(3);
  });

  it('requires every term, and names the terms no page contains instead of dropping them', async () => {
    const outcome = await engine().search('养老 垃圾');
    expect(outcome.hits).toEqual([]);
    expect(outcome.terms.map((t) => [t.display, t.found])).toEqual([
      ['养老', true],
      ['垃圾', false],
    ]);
    const both = await engine().search('养老 托育');
    expect(numbers(both.hits)).toEqual([2]);
  });

  it('reports no missing term when each exists but never together', async () => {
    const outcome = await engine().search('食堂 托育');
    expect(outcome.hits).toEqual([]);
    expect(outcome.terms.every((t) => t.found)).toBe(true);
  });

  it('converts a query from the other script and reports the conversion', async () => {
    const outcome = await engine().search('養老床位');
    expect(numbers(outcome.hits)).toEqual([1]);
    expect(outcome.terms[0]!.converted).toBe('养老床位');
  });

  it('checks a one-character term against every page', async () => {
    const log: (string | null)[] = [];
    const outcome = await engine(log).search('托');
    expect(log).toContain(null);
    expect(numbers(outcome.hits)).toEqual([2, 1, null]);
  });

  it('ranks measures first, a term in the title above one in the text only, the notice home last', async () => {
    const outcome = await engine().search('服务');
    expect(outcome.hits.at(-1)!.number).toBeNull();
    expect(outcome.hits.slice(0, 3).every((h) => h.number !== null)).toBe(true);
    const childcare = await engine().search('托育');
    expect(childcare.hits[0]!.number).toBe(2);
  });

  it('links each result to the paragraph of its excerpt, with the terms highlighted whole', async () => {
    const [hit] = (await engine().search('养老床位')).hits;
    expect(hit!.url).toBe('/n/measures/1/#m01-p1');
    expect(hit!.excerpt.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['养老床位']);
    const [second] = (await engine().search('依托')).hits;
    expect(second!.url).toBe('/n/measures/1/#m01-p2');
  });

  it("cuts a notice's full text into its measures: each its own result, title, page and filters", async () => {
    const units = preparePage('full', PAGES.full!);
    expect(units.map((u) => [u.id, u.number, u.url, u.title])).toEqual([
      ['full#m01', 1, '/n/measures/1/', '（一）强化基本公共服务保障'],
      ['full#m02', 2, '/n/measures/2/', '（二）扩大普惠性托育服务'],
      ['full#c2', null, '/n/full-text/#c2', '第c2章'],
      ['full#m03', 3, '/n/measures/3/', '（三）大力发展社区便民服务'],
    ]);
    expect(units[0]!.source).not.toContain('托育');
    expect(units[1]!.filters.department).toEqual(['jiaoyu']);
    expect(units[3]!.filters.chapter).toEqual(['c2']);
    expect(units[3]!.chapterTitle).toBe('第c2章');
    // A chapter's own text is a result of its own, linked on the full-text page.
    const chapter = await engine().search('便民生活圈');
    expect(chapter.hits.map((h) => [h.number, h.url])).toEqual([[null, '/n/full-text/#c2-p1']]);
  });

  it('never matches a term across a heading and the paragraph after it', async () => {
    expect((await engine().search('服务加快')).hits).toEqual([]);
    expect(numbers((await engine().search('服务')).hits)).toContain(3);
  });

  it('filters with Pagefind filters; without words, lists the measures within the filters in order', async () => {
    const filtered = await engine().search('服务', { department: 'minzheng' });
    expect(numbers(filtered.hits).sort()).toEqual([1, 3]);
    const listing = await engine().search('', { chapter: 'c1' });
    expect(listing.filterOnly).toBe(true);
    expect(numbers(listing.hits)).toEqual([1, 2]);
    expect((await engine().search('')).hits).toEqual([]);
  });

  it('does not look up a word on half the pages or more, and finds exactly what it found before', async () => {
    const common = (log: (string | null)[]) => new SearchEngine(fakePagefind(log), t2s, { longWords: ['老年人'], gapPairs: [], commonWords: ['服务', '社区'] });
    const cases: [string, Record<string, string>][] = [['服务', {}], ['托育服务', {}], ['社区服务', {}], ['服务 养老', {}], ['服务', { department: 'minzheng' }], ['社区 垃圾', {}]];
    for (const [query, filters] of cases) {
      const log: (string | null)[] = [];
      const [before, after] = [await engine().search(query, filters), await common(log).search(query, filters)];
      expect(after, query).toEqual(before);
      expect(before.hits.length > 0 || before.terms.some((t) => !t.found), query).toBe(true);
      expect(log, query).not.toContain('服务');
      expect(log, query).not.toContain('社区');
    }
    // A term of common pieces only narrows nothing: the others' candidates are checked, or every page (within the filters).
    const log: (string | null)[] = [];
    await common(log).search('托育服务');
    expect(log).toEqual(expect.arrayContaining(['托育', '育服']));
    expect(log).not.toContain(null);
    const alone: (string | null)[] = [];
    await common(alone).search('服务');
    expect(alone).toEqual([null]);
  });
});

describe('SearchEngine over a large archive', () => {
  /**
   * 300 candidate full-text pages for 托育 (Pagefind finds the characters), in Pagefind's order,
   * three measures each; in every third page two measures hold 托育 whole, all the others only
   * 依托 and 育 apart. Counts the fragments fetched.
   */
  function archive() {
    const measure = (i: number, number: number) => ({
      number,
      title: `（${number}）措施${i}`,
      paragraphs: [[`m0${number}-p1`, i % 3 === 0 && number < 3 ? `发展普惠托育服务${i}。` : `依托社区，培育${i}。`]] as [string, string][],
      departments: [],
    });
    const pages = Array.from({ length: 300 }, (_, i) => fullText(`/n${i}/full-text/`, [{ id: 'c1', paragraphs: [], measures: [1, 2, 3].map((n) => measure(i, n)) }]));
    const fetched: number[] = [];
    const pagefind: PagefindApi = {
      async search() {
        return { results: pages.map((data, i) => ({ id: `p${i}`, data: async () => (fetched.push(i), structuredClone(data)) })) };
      },
      async preload() {},
    };
    return { engine: new SearchEngine(pagefind, t2s, { longWords: [], gapPairs: [] }), fetched };
  }

  it('checks candidates a batch at a time until a page of results is found, and says how many are left', async () => {
    const { engine, fetched } = archive();
    const outcome = await engine.search('托育');
    expect(outcome.hits.length).toBeGreaterThanOrEqual(RESULTS_PAGE);
    // Every result shown holds the term whole; the measures with 依托 and 育 apart were checked and left out.
    expect(outcome.hits.every((h) => h.excerpt.parts.some((p) => p.mark && p.text === '托育'))).toBe(true);
    expect(outcome.hits.every((h) => h.number !== 3)).toBe(true);
    // Two results for every three pages: about 30 pages, not all 300.
    expect(fetched.length).toBeLessThan(40);
    expect(outcome.unchecked).toBe(300 - fetched.length);
  });

  it('shows more on request without reordering what was shown, fetching only new pages', async () => {
    const { engine, fetched } = archive();
    const first = await engine.search('托育');
    const before = fetched.length;
    const more = await engine.search('托育', {}, 2);
    expect(more.hits.length).toBeGreaterThanOrEqual(first.hits.length + RESULTS_PAGE);
    expect(more.hits.slice(0, first.hits.length).map((h) => h.url)).toEqual(first.hits.map((h) => h.url));
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(more.unchecked).toBe(300 - fetched.length);
    expect(fetched.length).toBeGreaterThan(before);
  });

  it('checks every candidate at once when there are few, so the count is exact', async () => {
    const outcome = await engine().search('服务');
    expect(outcome.unchecked).toBe(0);
  });
});

describe('SearchEngine over a word index cut into chunks', () => {
  /**
   * Pagefind as it behaves: the index words sorted and cut into chunks; a lookup loads the chunk
   * whose range holds the query and matches the words it starts among the chunks loaded so far.
   * Here 教育局 (the long word holding 育局) sorts past the chunk holding 教育.
   */
  function chunkedPagefind() {
    const words: Record<string, string[]> = { 区: ['a'], 教育: ['b'], 教育局: ['a'], 负责: ['a', 'b'] };
    const chunks = [['区', '教育'], ['教育局', '教育局'], ['负责', '负责']];
    const data: Record<string, PageData> = {
      a: page('/n/measures/1/', '（一）甲', [['m01-p1', '区教育局负责。']], { meta: { title: '（一）甲', number: '1' } }),
      b: page('/n/measures/2/', '（二）乙', [['m02-p1', '教育负责。']], { meta: { title: '（二）乙', number: '2' } }),
    };
    const loaded = new Set<number>();
    const load = (term: string) => chunks.forEach(([from, to], i) => term >= from! && term <= to! && loaded.add(i));
    const pagefind: PagefindApi = {
      async search(term) {
        if (term === null) return { results: Object.keys(data).map((id) => ({ id, data: async () => structuredClone(data[id]!) })) };
        load(term);
        const visible = [...loaded].flatMap((i) => Object.keys(words).filter((w) => w >= chunks[i]![0]! && w <= chunks[i]![1]!));
        const ids = [...new Set(visible.filter((w) => w.startsWith(term)).flatMap((w) => words[w]!))];
        return { results: ids.map((id) => ({ id, data: async () => structuredClone(data[id]!) })) };
      },
      async preload(term) {
        load(term);
      },
    };
    return { pagefind, chunkStarts: chunks.slice(1).map(([from]) => from!) };
  }

  it('loads the chunks where the words a piece starts run on, which Pagefind alone would not', async () => {
    const { pagefind, chunkStarts } = chunkedPagefind();
    const outcome = await new SearchEngine(pagefind, t2s, { longWords: ['教育局'], gapPairs: [], chunkStarts }).search('育局');
    expect(numbers(outcome.hits)).toEqual([1]);
    // Without the chunk starts, the same index misses it: the failure this guards against.
    const blind = await new SearchEngine(chunkedPagefind().pagefind, t2s, { longWords: ['教育局'], gapPairs: [] }).search('育局');
    expect(blind.hits).toEqual([]);
  });

  it('names the chunks to load: those beginning with a longer word the piece starts', () => {
    expect(chunksToLoad('餐', ['区与', '餐工', '餐网', '龙头'])).toEqual(['餐工', '餐网']);
    expect(chunksToLoad('餐工', ['餐工', '龙头'])).toEqual([]);
  });
});

describe('page text', () => {
  it('counts words as Pagefind does for anchor locations', () => {
    const raw = '（\u200b十二\u200b）\u200b加快\u200b. \u200b引导\u200b企业';
    const starts = wordStarts(raw);
    const source = raw.replace(/\u200b/g, '');
    expect(starts.map((s) => source.slice(s, s + 2))).toEqual(['（十', '十二', '）加', '加快', '. ', '引导', '企业']);
  });

  it('builds an excerpt around the first match, cut with ellipses, without Pagefind block marks', () => {
    const long = `${'前'.repeat(60)}养老床位${'后'.repeat(120)}`;
    const data = page('/x/', '标题', [['m01-p1', long]]);
    const [prepared] = preparePage('x', data) as [PreparedPage];
    const excerpt = excerptOf(prepared, occurrences(prepared, [['养老床位']]));
    expect(excerpt.blockId).toBe('m01-p1');
    expect(excerpt.parts[0]!.text.startsWith('…')).toBe(true);
    expect(excerpt.parts.at(-1)!.text.endsWith('…')).toBe(true);
    expect(excerpt.parts.map((p) => p.text).join('').length).toBeLessThan(110);
    const [short] = preparePage('y', page('/y/', '标题', [['m01-p1', '新增养老床位。']])) as [PreparedPage];
    const text = excerptOf(short, occurrences(short, [['养老']])).parts.map((p) => p.text).join('');
    expect(text).toBe('新增养老床位。');
  });
});

