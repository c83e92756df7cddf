/**
 * `npm run bench -- --index-only N`: the search at an archive size too large to build here
 * (issue #15 asks for 10,000 notices, index only). N generated notices are parsed one at a
 * time and each is written as the two pages the index holds for a notice (its home and its
 * full text), in the shape of the real pages (src/pages/[...script]/[notice]/index.astro and
 * full-text.astro): the same official-text HTML, section anchors, units meta and filters.
 * A small archive of the same corpus is built for real around them, for its search page; the
 * site's own index step (scripts/lib/build/index-search.ts) then indexes all of it, the search
 * data is read from that index (scripts/lib/search/search-data.ts), and the search page is
 * measured as at 1,000. One script (zh-Hans): the other's index is the same size.
 *
 * What the written home lacks against the real one: the metadata table and the citation list
 * (a few dozen words a notice, all of them in the text as well).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphsHtml } from '../../../src/lib/official-text.ts';
import { chapterLabel, measureLabel } from '../../../src/lib/notices.ts';
import { noticeFilters } from '../../../src/lib/search/filters.ts';
import { noticeUnits, unitFilters } from '../../../src/lib/search/notice-units.ts';
import { UNITS_META } from '../../../src/lib/search/units.ts';
import { INDEX_TAG_MARK, META_FILE_MARK } from '../../../src/lib/search/index-marks.ts';
import type { ConversionData } from '../../../src/lib/search/convert.ts';
import { SEARCH_DATA_FILE, type SearchData } from '../../../src/lib/search/data.ts';
import { SCRIPT_SEGMENT, SCRIPTS, type Script } from '../script/scripts.ts';
import { writeSearchData } from '../search/search-data.ts';
import type { Notice } from '../model.ts';
import { documentTitle, outlineGroups } from '../model-queries.ts';
import { parseNotice } from '../parse/parse-notice.ts';
import { indexSearch } from '../build/index-search.ts';
import { SEARCH_PAGES, stampSearchPages } from '../build/stamp-search-pages.ts';
import { buildArchive, writeArchive } from './archive.ts';
import { archiveSearchTable, benchArchiveSearch, type ArchiveSearch } from './archive-search.ts';
import { withServedSite } from './search.ts';

const SCRIPT = 'zh-Hans' as const;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

const urls = {
  notice: (slug: string) => `/${slug}/`,
  fullText: (slug: string) => `/${slug}/full-text/`,
  measure: (slug: string, n: number) => `/${slug}/measures/${n}/`,
};

function page(title: string, main: string): string {
  return `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main data-pagefind-body>${main}</main></body></html>\n`;
}

/** The hidden filter and meta spans the real pages carry (src/layouts/Base.astro). */
function hidden(filters: string[], meta: Record<string, string>): string {
  const spans = filters.map((f) => `<span data-pagefind-filter="${escape(f)}"></span>`).join('');
  const metas = Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${escape(key)}">${escape(value)}</span>`).join('');
  return `<div hidden data-pagefind-ignore>${spans}${metas}</div>`;
}

const text = (notice: Notice, paragraphs: Notice['plan']['preamble'], level: 2 | 3 | 4) => paragraphsHtml(paragraphs, level, { script: SCRIPT, citations: [], noticeHref: urls.notice });

/** The notice's home as the index reads it: title, number, the letter, the plan's title and preamble. */
export function homePage(notice: Notice): string {
  const { cover, plan } = notice;
  const parts = [
    hidden(noticeFilters(notice, SCRIPT), { notice: documentTitle(notice) }),
    `<h1>${escape(documentTitle(notice))}</h1><p class="doc-number">${escape(notice.facts.documentNumber.value ?? '')}</p>`,
    cover ? `<section class="cover"><p>${escape(cover.addressees ?? '')}</p>${text(notice, cover.body, 3)}</section>` : '',
    `<section><h2 id="plan-title">${escape(plan.title)}</h2>${text(notice, plan.preamble, 3)}</section>`,
  ];
  return page(documentTitle(notice), parts.join(''));
}

/** The notice's full text as the index reads it: its units, chapters and measures (full-text.astro). */
export function fullTextPage(notice: Notice): string {
  const units = noticeUnits(notice, urls);
  const filters = [...noticeFilters(notice, SCRIPT), ...unitFilters(units)];
  const level = notice.plan.chapters.length > 0 ? 3 : 2;
  const sections = outlineGroups(notice).map(({ chapter, measures }) => {
    const inner = measures
      .map((m) => `<section class="measure" id="${m.id}"><h${level} id="${m.id}-h"><a href="${urls.measure(notice.slug, m.number)}"><span class="measure-label">${escape(measureLabel(m))}</span>${escape(m.title)}</a></h${level}>${text(notice, m.paragraphs, (level + 1) as 3 | 4)}</section>`)
      .join('');
    if (!chapter) return inner;
    return `<section class="chapter" id="${chapter.id}"><h2 id="${chapter.id}-h" data-pagefind-ignore>${escape(chapterLabel(chapter) + chapter.title)}</h2>${text(notice, chapter.paragraphs, 3)}${inner}</section>`;
  });
  return page(notice.plan.title, hidden(filters, { notice: documentTitle(notice), [UNITS_META]: JSON.stringify(units) }) + sections.join(''));
}

/** Parse every seed of `seedsDir` and write its two indexed pages into `siteDir`; returns the count. */
export function writeIndexedPages(seedsDir: string, siteDir: string): number {
  let count = 0;
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const notice = parseNotice(readFileSync(join(seedsDir, file)), { file: join(seedsDir, file) });
    mkdirSync(join(siteDir, notice.slug, 'full-text'), { recursive: true });
    writeFileSync(join(siteDir, notice.slug, 'index.html'), homePage(notice));
    writeFileSync(join(siteDir, notice.slug, 'full-text', 'index.html'), fullTextPage(notice));
    count++;
  }
  return count;
}

/** Put back the marks a build stamps into the search pages, so that they can be stamped for a new index. */
export function unstampSearchPage(file: string): void {
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, html.replace(/pagefind-entry\.json\?ts=[0-9a-f]+/g, `pagefind-entry.json?ts=${INDEX_TAG_MARK}`).replace(/data-pagefind-tag="[0-9a-f]+"/g, `data-pagefind-tag="${INDEX_TAG_MARK}"`).replace(/pagefind\.[^".]+\.pf_meta/g, META_FILE_MARK));
}

/** Notices of the small archive built for real around the written pages (for its search page and choices). */
const SITE_NOTICES = 30;

export interface IndexOnlyRun {
  notices: number;
  pagesIndexed: number;
  writeSeconds: number;
  indexSeconds: number;
  indexMB: number;
  /** The page list (pf_meta) and fragments of the zh-Hans index, gzip as stored, KB. */
  metaKB: number;
  fragmentKB: { p50: number; p90: number; max: number };
  search: ArchiveSearch[];
}

/** `npm run bench -- --index-only N`: see the top of this file. */
export async function benchIndexOnly(root: string, count: number, seed: number): Promise<IndexOnlyRun> {
  const base = join(root, 'bench', `index-${count}`);
  const site = join(base, 'dist');
  console.log(`只建索引 index only: ${count} notices (seed ${seed}); first a real build of ${SITE_NOTICES} of them for the search page …`);
  writeArchive(join(base, 'site-seeds'), SITE_NOTICES, seed);
  await buildArchive(root, join(base, 'site-seeds'), site, SITE_NOTICES, join(base, 'cache'));
  writeArchive(join(base, 'seeds'), count, seed);
  let started = performance.now();
  const written = writeIndexedPages(join(base, 'seeds'), site);
  const writeSeconds = (performance.now() - started) / 1000;
  console.log(`  ${written} notices parsed and written as their two indexed pages in ${writeSeconds.toFixed(0)} s; indexing …`);
  started = performance.now();
  // Only the new index in the folder (the small build's would stay beside it).
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const pagesIndexed = await indexSearch(site);
  const indexSeconds = (performance.now() - started) / 1000;
  for (const name of SEARCH_PAGES) unstampSearchPage(join(site, name));
  stampSearchPages(site);
  // The search data read from this index (its long words, chunk starts and common words), with the small build's conversion tables.
  const conversion = (script: Script) => (JSON.parse(readFileSync(join(site, SCRIPT_SEGMENT[script], 'search', SEARCH_DATA_FILE), 'utf8')) as SearchData).convert;
  writeSearchData(site, Object.fromEntries(SCRIPTS.map((script) => [script, conversion(script)])) as Record<Script, ConversionData>);
  const pagefind = join(site, 'pagefind');
  const sizes = (dir: string) => readdirSync(dir).map((f) => statSync(join(dir, f)).size);
  const indexMB = ['index', 'fragment', 'filter'].flatMap((d) => sizes(join(pagefind, d))).reduce((a, b) => a + b, 0) / 1e6;
  const meta = readdirSync(pagefind).find((f) => f.startsWith('pagefind.zh-hans') && f.endsWith('.pf_meta'))!;
  const fragments = readdirSync(join(pagefind, 'fragment'))
    .filter((f) => f.startsWith('zh-hans'))
    .map((f) => statSync(join(pagefind, 'fragment', f)).size / 1024)
    .sort((a, b) => a - b);
  const at = (q: number) => fragments[Math.min(fragments.length - 1, Math.floor(q * fragments.length))] ?? 0;
  const search = await withServedSite(site, (origin) => benchArchiveSearch(origin, (query) => !query.path.startsWith('/zh-hant/')));
  return { notices: count, pagesIndexed, writeSeconds, indexSeconds, indexMB, metaKB: statSync(join(pagefind, meta)).size / 1024, fragmentKB: { p50: at(0.5), p90: at(0.9), max: fragments.at(-1) ?? 0 }, search };
}

/** The lines bench prints for an index-only run. */
export function indexOnlyReport(run: IndexOnlyRun): string {
  return [
    `只建索引 index only, ${run.notices} notices: ${run.pagesIndexed} HTML files read; pages written in ${run.writeSeconds.toFixed(0)} s, indexed in ${run.indexSeconds.toFixed(0)} s; index ${run.indexMB.toFixed(1)} MB`,
    `  zh-Hans page list ${run.metaKB.toFixed(1)} KB; fragment (a notice's home or full text) p50 ${run.fragmentKB.p50.toFixed(1)} KB, p90 ${run.fragmentKB.p90.toFixed(1)} KB, max ${run.fragmentKB.max.toFixed(1)} KB`,
    archiveSearchTable(run.notices, run.search).replace('budget at 1,000: ≤ 300 KB, ≤ 300 ms', 'budget at 10,000: first result ≤ 500 KB'),
  ].join('\n');
}
