/**
 * Machine-readable metadata: schema.org Legislation JSON-LD and Open Graph on every document
 * page, sitemap.xml with hreflang alternates for every page, robots.txt pointing to it.
 */
import { readFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHant } from '../../src/i18n/convert.ts';
import { BASE, DIST, htmlPages, page, requireDist, select, selectAll } from '../support/dist.ts';

const SLUG = 'jizhou-2022-16';

/** The pages of a document that carry its metadata: home, measures, full text, departments, targets, matrix. */
const DOCUMENT_PAGE = new RegExp(`^(/zh-hant)?/${SLUG}/(measures/\\d+/|full-text/|departments/([\\w-]+/)?|targets/|matrix/|errata/)?$`);
const documentPages = () => htmlPages().filter((p) => DOCUMENT_PAGE.test(p));
const isHant = (path: string) => path.startsWith('/zh-hant/');

/**
 * schema.org's Legislation properties (https://schema.org/Legislation) and the CreativeWork
 * ones used here; anything else in the JSON-LD is a misspelling.
 */
const KNOWN = new Set([
  '@context', '@type', '@id', 'name', 'url', 'inLanguage', 'isPartOf',
  'legislationIdentifier', 'legislationType', 'legislationDate', 'legislationPassedBy', 'legislationJurisdiction', 'legislationLegalForce',
]);
const LEGAL_FORCE = ['https://schema.org/InForce', 'https://schema.org/NotInForce', 'https://schema.org/PartiallyInForce'];

type Legislation = Record<string, unknown> & { isPartOf?: Legislation; legislationPassedBy?: { '@type': string; name: string } };

function jsonLd(path: string): Legislation[] {
  return selectAll('script[type="application/ld+json"]', page(path)).map((s) => JSON.parse(toText(s)));
}
const meta = (path: string, property: string) => selectAll(`meta[property="${property}"]`, page(path)).map((m) => String(m.properties.content));
const canonical = (path: string) => String(select('link[rel="canonical"]', page(path))?.properties.href ?? '');

describe('schema.org Legislation JSON-LD', () => {
  beforeAll(requireDist);

  it('is on every document page in both scripts, once, and parses', () => {
    const pages = documentPages();
    // Per script: home, 29 measures, full text, departments index, 36 departments, targets, matrix, errata.
    expect(pages.length).toBe(2 * (1 + 29 + 1 + 1 + 36 + 3));
    for (const path of pages) expect(jsonLd(path), path).toHaveLength(1);
  });

  it('describes the notice with valid Legislation properties', () => {
    const data = JSON.parse(readFileSync(`${DIST}/data/${SLUG}.json`, 'utf8'));
    for (const path of documentPages()) {
      const [ld] = jsonLd(path);
      const notice = ld!.isPartOf ?? ld!;
      const c = (s: string) => (isHant(path) ? toHant(s) : s);
      expect(ld!['@context'], path).toBe('https://schema.org');
      for (const node of [ld!, notice]) {
        expect(Object.keys(node).filter((k) => !KNOWN.has(k)), path).toEqual([]);
        expect(node['@type']).toBe('Legislation');
        expect(node.inLanguage).toBe(isHant(path) ? 'zh-Hant' : 'zh-Hans');
        expect(node.legislationDate).toBe('2022-12-17');
        expect(node.legislationPassedBy).toEqual({ '@type': 'Organization', name: c(data.metadata.issuer) });
        expect(node.legislationJurisdiction).toBe(c('天津市蓟州区'));
        expect(LEGAL_FORCE).toContain(node.legislationLegalForce);
        expect(String(node.url)).toMatch(/^https?:\/\//);
      }
      expect(notice.legislationIdentifier, path).toBe(c(data.metadata.documentNumber));
      expect(notice.name).toBe(c(data.metadata.name));
      expect(notice.legislationLegalForce).toBe('https://schema.org/InForce');
      expect(new URL(String(notice.url)).pathname).toBe(`${BASE}${isHant(path) ? 'zh-hant/' : ''}${SLUG}/`);
    }
  });

  it('describes a measure as a Legislation of type 措施 that is part of the notice', () => {
    for (const path of documentPages().filter((p) => p.includes('/measures/'))) {
      const [ld] = jsonLd(path);
      expect(ld!.legislationType).toBe('措施');
      expect(ld!.name).toBe(toText(select('h1', page(path))!).trim());
      expect(ld!.url).toBe(canonical(path));
      expect(ld!.isPartOf).toMatchObject({ '@type': 'Legislation', legislationType: isHant(path) ? toHant('通知') : '通知' });
      expect(ld!.isPartOf!['@id']).toBe(jsonLd(path.replace(/measures\/\d+\/$/, ''))[0]!['@id']);
    }
  });
});

describe('Open Graph', () => {
  beforeAll(requireDist);

  it('gives every document page its title, description, type, URL and locale', () => {
    for (const path of documentPages()) {
      expect(meta(path, 'og:type'), path).toEqual(['article']);
      expect(meta(path, 'og:title')[0]!.length, path).toBeGreaterThan(2);
      expect(meta(path, 'og:description')[0]!.length, path).toBeGreaterThan(2);
      expect(meta(path, 'og:url'), path).toEqual([canonical(path)]);
      expect(meta(path, 'og:locale'), path).toEqual([isHant(path) ? 'zh_TW' : 'zh_CN']);
    }
    expect(meta(`/${SLUG}/measures/3/`, 'og:title')).toEqual([toText(select('h1', page(`/${SLUG}/measures/3/`))!).trim()]);
  });
});

describe('sitemap.xml and robots.txt', () => {
  beforeAll(requireDist);

  /** The sitemap's entries: loc and its hreflang alternates. */
  function sitemap(): { loc: string; alternates: Record<string, string> }[] {
    const xml = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
      loc: /<loc>(.*?)<\/loc>/.exec(body!)![1]!,
      alternates: Object.fromEntries([...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([\w-]+)" href="(.*?)"\/>/g)].map(([, lang, href]) => [lang, href])),
    }));
  }

  it('lists every built page but the 404s, each at its canonical URL with both hreflang alternates', () => {
    const entries = sitemap();
    const locs = new Set(entries.map((e) => e.loc));
    expect(locs.size).toBe(entries.length);
    const pages = htmlPages().filter((p) => !/(^|\/)404(\.html|\/)$/.test(p));
    const missing = pages.filter((p) => !locs.has(canonical(p)));
    expect(missing).toEqual([]);
    // Only the home page is listed under another URL: it shows the only notice and names the notice's page as canonical.
    const listedElsewhere = pages.filter((p) => new URL(canonical(p)).pathname !== `${BASE}${p.slice(1)}`);
    expect(listedElsewhere).toEqual(['/', '/zh-hant/']);
    expect(entries).toHaveLength(pages.length - listedElsewhere.length);
    for (const { loc, alternates } of entries) {
      expect(Object.keys(alternates), loc).toEqual(['zh-Hans', 'zh-Hant', 'x-default']);
      expect(locs.has(alternates['zh-Hans']!) && locs.has(alternates['zh-Hant']!), loc).toBe(true);
      const path = `/${new URL(loc).pathname.slice(BASE.length)}`;
      const own = Object.fromEntries(selectAll('link[rel="alternate"][hreflang]', page(path)).map((l) => [String(l.properties.hrefLang), String(l.properties.href)]));
      expect(alternates, loc).toEqual(own);
    }
  });

  it('is named, with its absolute URL, in robots.txt', () => {
    const robots = readFileSync(`${DIST}/robots.txt`, 'utf8');
    const origin = new URL(canonical(`/${SLUG}/`)).origin;
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots.match(/^Sitemap: (.+)$/m)?.[1]).toBe(`${origin}${BASE}sitemap.xml`);
  });
});
