/**
 * /sitemap.xml: every page of the site in both scripts, each <url> with its zh-Hans, zh-Hant
 * and x-default alternates (xhtml:link hreflang), as the pages' own <link rel="alternate">.
 *
 * The list comes from the routes themselves, not from dist/: every page module under
 * src/pages/[...script]/ is loaded and its getStaticPaths() called, and its file path turned
 * into the URL the same way Astro does. A new page type is listed without touching this file.
 * Left out: the 404 pages, and the site home while it shows the only notice (its canonical URL
 * is the notice's own page, which is listed).
 */
import type { APIRoute } from 'astro';
import { getNotices } from '../lib/notices.ts';
import { inScript } from '../lib/urls.ts';
import { SCRIPTS, type Script } from '../../scripts/lib/script/scripts.ts';

type StaticPath = { params: Record<string, string | number | undefined>; props?: { script?: Script } };
type PageModule = { getStaticPaths?: () => StaticPath[] | Promise<StaticPath[]> };

const pageModules = import.meta.glob<PageModule>('./\\[...script\\]/**/*.astro');

/** './[...script]/[notice]/measures/[number].astro' + params -> '/jizhou-2022-16/measures/3/' (without script and base). */
function neutralPathOf(file: string, params: StaticPath['params']): string {
  const segments = file
    .replace(/^\.\/\[\.\.\.script\]\//, '')
    .replace(/\.astro$/, '')
    .split('/')
    .filter((s) => s !== 'index')
    .map((s) => s.replace(/^\[(\w+)\]$/, (_, name: string) => String(params[name] ?? '')));
  return `/${segments.map((s) => `${s}/`).join('')}`;
}

/** The neutral paths of every page (the same in both scripts), sorted. */
async function sitePaths(): Promise<string[]> {
  const paths = new Set<string>();
  for (const [file, load] of Object.entries(pageModules)) {
    if (/\/404\.astro$/.test(file)) continue;
    const mod = await load();
    if (!mod.getStaticPaths) throw new Error(`sitemap: ${file} has no getStaticPaths()`);
    for (const path of await mod.getStaticPaths()) {
      if (path.props?.script !== undefined && path.props.script !== 'zh-Hans') continue;
      paths.add(neutralPathOf(file, path.params));
    }
  }
  // The home shows the only notice and names that notice's page as its canonical URL.
  if ((await getNotices('zh-Hans')).length === 1) paths.delete('/');
  return [...paths].sort();
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  const url = (script: Script, path: string) => escapeXml(new URL(inScript(script, path), site).href);
  const entries = (await sitePaths()).flatMap((path) =>
    SCRIPTS.map((script) =>
      [
        '  <url>',
        `    <loc>${url(script, path)}</loc>`,
        ...SCRIPTS.map((s) => `    <xhtml:link rel="alternate" hreflang="${s}" href="${url(s, path)}"/>`),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${url('zh-Hans', path)}"/>`,
        '  </url>',
      ].join('\n'),
    ),
  );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
