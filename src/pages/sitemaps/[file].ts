/**
 * /sitemaps/<notice>.xml and /sitemaps/site.xml: the parts of the sitemap once it outgrows one
 * file (src/lib/sitemap.ts). While /sitemap.xml holds every URL itself, no part is written.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapPlan, sitemapUrls } from '../../lib/site-paths.ts';
import { urlsetXml } from '../../lib/sitemap.ts';
import { rendersArchive, SELECTION, selectsArchivePage, SHARD } from '../../lib/shard.ts';

export const getStaticPaths = (async () => {
  const plan = await sitemapPlan();
  // A part lists page paths, which a rebuild never changes (src/lib/shard.ts).
  if (plan.kind === 'urlset' || !rendersArchive(SHARD) || !selectsArchivePage(SELECTION, [])) return [];
  return plan.parts.map((part) => ({ params: { file: part.file.replace(/^\/sitemaps\//, '') }, props: { paths: part.paths } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { paths } = props as { paths: string[] };
  return new Response(urlsetXml(paths, sitemapUrls(site!)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
