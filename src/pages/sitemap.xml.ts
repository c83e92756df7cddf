/**
 * /sitemap.xml: every page of the site in both scripts, each <url> with its zh-Hans, zh-Hant
 * and x-default alternates (xhtml:link hreflang), as the pages' own <link rel="alternate">
 * (the pages: src/lib/site-paths.ts). Within the protocol's 50,000 URLs a file it is that one
 * <urlset>; beyond, a <sitemapindex> of the files src/pages/sitemaps/[file].ts writes, one per
 * notice and one for the site-wide pages (src/lib/sitemap.ts).
 */
import type { APIRoute } from 'astro';
import { sitemapPlan, sitemapUrls } from '../lib/site-paths.ts';
import { sitemapIndexXml, urlsetXml } from '../lib/sitemap.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const plan = await sitemapPlan();
  const xml =
    plan.kind === 'urlset'
      ? urlsetXml(plan.paths, sitemapUrls(site!))
      : sitemapIndexXml(plan.parts.map((part) => new URL(href(part.file), site).href));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
