import { parseXml, XmlElement } from '@rgrove/parse-xml';
import { describe, expect, it } from 'vitest';
import { planSitemap, sitemapIndexXml, urlsetXml, type SitemapPart } from '../../src/lib/sitemap.ts';

/** Site-wide pages, then n pages of each notice, sorted as the site lists them. */
function site(notices: Record<string, number>): string[] {
  const paths = ['/', '/accessibility/', '/archive/year/2023/', '/search/'];
  for (const [slug, n] of Object.entries(notices)) {
    paths.push(`/${slug}/`, ...Array.from({ length: n - 1 }, (_, i) => `/${slug}/measures/${i + 1}/`));
  }
  return paths.sort();
}
const plan = (paths: string[], slugs: string[], limit = 10) => planSitemap(paths, { slugs, limit, urlsPerPath: 2 });
const files = (parts: SitemapPart[]) => parts.map((p) => [p.file, p.paths.length]);

describe('planSitemap: one file while it fits, an index beyond', () => {
  it('keeps one <urlset> up to the limit, counting a URL per script', () => {
    const paths = site({ a: 1 }); // 5 paths, 10 URLs
    expect(plan(paths, ['a'])).toEqual({ kind: 'urlset', paths });
    expect(plan(paths, ['a'], 9).kind).toBe('index');
  });

  it('past the limit, splits into a file per notice and one for the site-wide pages', () => {
    const paths = site({ b: 2, a: 2 }); // 8 paths, 16 URLs
    const result = plan(paths, ['b', 'a'], 15);
    expect(result.kind).toBe('index');
    if (result.kind !== 'index') return;
    expect(files(result.parts)).toEqual([['/sitemaps/site.xml', 4], ['/sitemaps/a.xml', 2], ['/sitemaps/b.xml', 2]]);
    expect(result.parts[1]!.paths).toEqual(['/a/', '/a/measures/1/']);
    expect(result.parts.flatMap((p) => p.paths).sort()).toEqual(paths);
  });

  it('cuts a notice that alone exceeds the limit into numbered parts, keeping a page’s scripts together', () => {
    const result = plan(site({ big: 12, small: 3 }), ['big', 'small']);
    if (result.kind !== 'index') throw new Error('expected an index');
    expect(files(result.parts)).toEqual([['/sitemaps/site.xml', 4], ['/sitemaps/big.1.xml', 5], ['/sitemaps/big.2.xml', 5], ['/sitemaps/big.3.xml', 2], ['/sitemaps/small.xml', 3]]);
    expect(result.parts[1]!.paths[0]).toBe('/big/');
    for (const part of result.parts) expect(part.paths.length * 2, part.file).toBeLessThanOrEqual(10);
  });

  it('files a path under a notice only by its first segment, and numbers the site-wide parts too', () => {
    const result = plan(['/a/', '/ab/x/', '/archive/a/', '/search/', '/x/', '/y/'], ['a', 'ab'], 4);
    if (result.kind !== 'index') throw new Error('expected an index');
    expect(result.parts.map((p) => [p.file, p.paths])).toEqual([
      ['/sitemaps/site.1.xml', ['/archive/a/', '/search/']],
      ['/sitemaps/site.2.xml', ['/x/', '/y/']],
      ['/sitemaps/a.xml', ['/a/']],
      ['/sitemaps/ab.xml', ['/ab/x/']],
    ]);
  });

  it('refuses what the protocol cannot hold: a page wider than a file, a notice named site, more files than an index names', () => {
    expect(() => planSitemap(['/a/', '/b/'], { slugs: [], limit: 1, urlsPerPath: 2 })).toThrow(/cannot hold/);
    expect(() => plan(site({ site: 4 }), ['site'])).toThrow(/named "site"/);
    expect(() => plan(site(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${i}`, 1]))), Array.from({ length: 12 }, (_, i) => `n${i}`))).toThrow(/exceed/);
  });
});

describe('the sitemap files', () => {
  const urls = { scripts: ['zh-Hans', 'zh-Hant'] as const, url: (s: string, p: string) => `https://x.cn${s === 'zh-Hant' ? '/zh-hant' : ''}${p}?a=1&b=2` };
  const children = (el: XmlElement, name: string) => el.children.filter((c): c is XmlElement => c instanceof XmlElement && c.name === name);

  it('writes a <urlset> with a <url> per script and page, each with every script and x-default as alternates', () => {
    const root = parseXml(urlsetXml(['/a/', '/b/'], urls)).root!;
    expect(root.name).toBe('urlset');
    const entries = children(root, 'url');
    expect(entries.map((u) => children(u, 'loc')[0]!.text)).toEqual(['https://x.cn/a/?a=1&b=2', 'https://x.cn/zh-hant/a/?a=1&b=2', 'https://x.cn/b/?a=1&b=2', 'https://x.cn/zh-hant/b/?a=1&b=2']);
    expect(children(entries[1]!, 'xhtml:link').map((l) => [l.attributes.hreflang, l.attributes.href])).toEqual([
      ['zh-Hans', 'https://x.cn/a/?a=1&b=2'],
      ['zh-Hant', 'https://x.cn/zh-hant/a/?a=1&b=2'],
      ['x-default', 'https://x.cn/a/?a=1&b=2'],
    ]);
  });

  it('writes a <sitemapindex> naming each part', () => {
    const root = parseXml(sitemapIndexXml(['https://x.cn/sitemaps/site.xml', 'https://x.cn/sitemaps/a.xml'])).root!;
    expect(root.name).toBe('sitemapindex');
    expect(root.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(children(root, 'sitemap').map((s) => children(s, 'loc')[0]!.text)).toEqual(['https://x.cn/sitemaps/site.xml', 'https://x.cn/sitemaps/a.xml']);
  });
});
