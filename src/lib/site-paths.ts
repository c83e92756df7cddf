import { SCRIPTS, type Script } from '../../scripts/lib/script/scripts.ts';
import { getNotices, type PathOptions } from './notices.ts';
import { planSitemap, SITEMAP_LIMIT, type SitemapPlan, type SitemapUrls } from './sitemap.ts';
import { inScript } from './urls.ts';

type StaticPath = { params: Record<string, string | number | undefined>; props?: { script?: Script } };
type PageModule = { getStaticPaths?: (options: PathOptions) => StaticPath[] | Promise<StaticPath[]> };

const pageModules = import.meta.glob<PageModule>('../pages/\\[...script\\]/**/*.astro');

/** '../pages/[...script]/[notice]/measures/[number].astro' + params -> '/jizhou-2022-16/measures/3/' (without script and base). */
function neutralPathOf(file: string, params: StaticPath['params']): string {
  const segments = file
    .replace(/^\.\.\/pages\/\[\.\.\.script\]\//, '')
    .replace(/\.astro$/, '')
    .split('/')
    .filter((s) => s !== 'index')
    .map((s) => s.replace(/^\[(\w+)\]$/, (_, name: string) => String(params[name] ?? '')));
  return `/${segments.map((s) => `${s}/`).join('')}`;
}

let cached: Promise<string[]> | undefined;

/**
 * The neutral paths of every page the sitemap lists (the same in both scripts), sorted.
 *
 * The list comes from the routes themselves, not from dist/: every page module under
 * src/pages/[...script]/ is loaded and its getStaticPaths() called, and its file path turned
 * into the URL the same way Astro does. A new page type is listed without touching this file.
 * Left out: the 404 pages, and the site home while it shows the only notice (its canonical URL
 * is the notice's own page, which is listed). Walked once per build.
 */
export function sitePaths(): Promise<string[]> {
  cached ??= walk();
  return cached;
}

async function walk(): Promise<string[]> {
  const paths = new Set<string>();
  for (const [file, load] of Object.entries(pageModules)) {
    if (/\/404\.astro$/.test(file)) continue;
    const mod = await load();
    if (!mod.getStaticPaths) throw new Error(`sitemap: ${file} has no getStaticPaths()`);
    for (const path of await mod.getStaticPaths({ allShards: true })) {
      if (path.props?.script !== undefined && path.props.script !== 'zh-Hans') continue;
      paths.add(neutralPathOf(file, path.params));
    }
  }
  // The home shows the only notice and names that notice's page as its canonical URL.
  if ((await getNotices('zh-Hans')).length === 1) paths.delete('/');
  return [...paths].sort();
}

/** This site's sitemap: its pages and notices against the protocol's limit (src/lib/sitemap.ts). */
export async function sitemapPlan(): Promise<SitemapPlan> {
  const slugs = (await getNotices('zh-Hans')).map((notice) => notice.slug);
  return planSitemap(await sitePaths(), { slugs, limit: SITEMAP_LIMIT, urlsPerPath: SCRIPTS.length });
}

/** A page's absolute URL on `site` in each script, zh-Hans first (x-default). */
export function sitemapUrls(site: URL): SitemapUrls<Script> {
  return { scripts: SCRIPTS, url: (script, path) => new URL(inScript(script, path), site).href };
}
