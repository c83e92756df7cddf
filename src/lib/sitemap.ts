import { escapeXml } from './xml.ts';

/** The sitemap protocol's limit: URLs in one sitemap file, and sitemaps in one index. */
export const SITEMAP_LIMIT = 50_000;

/** One file of a split sitemap: its site path (without base) and the neutral paths of the pages it lists. */
export interface SitemapPart {
  file: string;
  paths: string[];
}

/** The sitemap as one <urlset>, or as a <sitemapindex> of parts. */
export type SitemapPlan = { kind: 'urlset'; paths: string[] } | { kind: 'index'; parts: SitemapPart[] };

export interface SitemapPlanOptions {
  /** The notices' slugs: a notice's pages are the paths under /<slug>/. */
  slugs: string[];
  /** <url> entries a file may hold (SITEMAP_LIMIT); also the parts an index may name. */
  limit: number;
  /** <url> entries each path gives: one per script. */
  urlsPerPath: number;
}

/**
 * How to publish the sitemap. While every URL fits in one file (paths × urlsPerPath ≤ limit)
 * it is one <urlset>. Beyond that it is an index of one file per notice,
 * /sitemaps/<slug>.xml, and one for the site-wide pages (home, search, archive pages),
 * /sitemaps/site.xml. A group that alone exceeds the limit is cut into numbered parts,
 * /sitemaps/<slug>.1.xml, .2.xml… (a slug has no dot, so a part never takes another notice's
 * name), each path keeping all its scripts' URLs in one file. Paths keep their order.
 *
 * planSitemap(['/', '/a/', '/a/m/1/'], { slugs: ['a'], limit: 10, urlsPerPath: 2 }) -> { kind: 'urlset', paths: [all three] }
 * planSitemap(…same, limit: 4…) -> { kind: 'index', parts: [{ file: '/sitemaps/site.xml', paths: ['/'] }, { file: '/sitemaps/a.xml', paths: ['/a/', '/a/m/1/'] }] }
 */
export function planSitemap(paths: string[], options: SitemapPlanOptions): SitemapPlan {
  const { slugs, limit, urlsPerPath } = options;
  if (paths.length * urlsPerPath <= limit) return { kind: 'urlset', paths };
  const perFile = Math.floor(limit / urlsPerPath);
  if (perFile < 1) throw new Error(`sitemap: a limit of ${limit} URLs per file cannot hold the ${urlsPerPath} URLs of one page`);
  if (slugs.includes('site')) throw new Error('sitemap: a notice named "site" would share /sitemaps/site.xml with the site-wide pages; rename its seed file');
  const groups = new Map<string, string[]>([['site', []], ...[...slugs].sort().map((slug): [string, string[]] => [slug, []])]);
  for (const path of paths) {
    const first = path.split('/')[1]!;
    groups.get(first !== 'site' && groups.has(first) ? first : 'site')!.push(path);
  }
  const parts = [...groups].flatMap(([name, group]) => partsOf(name, group, perFile));
  if (parts.length > limit) throw new Error(`sitemap: ${parts.length} files exceed the ${limit} an index may name`);
  return { kind: 'index', parts };
}

function partsOf(name: string, paths: string[], perFile: number): SitemapPart[] {
  if (paths.length === 0) return [];
  if (paths.length <= perFile) return [{ file: `/sitemaps/${name}.xml`, paths }];
  const parts: SitemapPart[] = [];
  for (let i = 0; i < paths.length; i += perFile) parts.push({ file: `/sitemaps/${name}.${parts.length + 1}.xml`, paths: paths.slice(i, i + perFile) });
  return parts;
}

/** How a sitemap names a page: its absolute URL in each script; the first script is x-default. */
export interface SitemapUrls<S extends string> {
  scripts: readonly S[];
  url: (script: S, path: string) => string;
}

/**
 * A <urlset>: each path once per script, each <url> with every script's URL as an hreflang
 * alternate and the first script's as x-default, as the pages' own <link rel="alternate">.
 */
export function urlsetXml<S extends string>(paths: string[], { scripts, url }: SitemapUrls<S>): string {
  const at = (script: S, path: string) => escapeXml(url(script, path));
  const entries = paths.flatMap((path) =>
    scripts.map((script) =>
      [
        '  <url>',
        `    <loc>${at(script, path)}</loc>`,
        ...scripts.map((s) => `    <xhtml:link rel="alternate" hreflang="${s}" href="${at(s, path)}"/>`),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${at(scripts[0]!, path)}"/>`,
        '  </url>',
      ].join('\n'),
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** A <sitemapindex> naming the parts by their absolute URLs. */
export function sitemapIndexXml(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <sitemap>\n    <loc>${escapeXml(url)}</loc>\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}
