/**
 * /feed.xml and /zh-hant/feed.xml: the archive's notices as an Atom 1.0 feed in each script,
 * newest first, each entry at its notice page (src/lib/notice-feed.ts). Named by a
 * <link rel="alternate" type="application/atom+xml"> in every page's head.
 */
import type { APIRoute } from 'astro';
import { translator } from '../../i18n/ui.ts';
import { atomFeed } from '../../lib/atom.ts';
import { noticeFeed } from '../../lib/notice-feed.ts';
import { getNotices, scriptPagePaths } from '../../lib/notices.ts';
import { inScript, urlsFor } from '../../lib/urls.ts';
import type { Script } from '../../../scripts/lib/script/scripts.ts';

export const getStaticPaths = scriptPagePaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { script } = props as { script: Script };
  const t = translator(script);
  const urls = urlsFor(script);
  const absolute = (path: string) => new URL(path, site).href;
  const feed = noticeFeed(await getNotices(script), {
    lang: script,
    url: absolute(inScript(script, '/feed.xml')),
    homeUrl: absolute(urls.home()),
    noticeUrl: (slug) => absolute(urls.notice(slug)),
    title: t('site.name'),
    subtitle: t('archive.all'),
    author: t('site.name'),
    labels: { documentNumber: t('archive.documentNumber'), issuer: t('archive.issuer') },
  });
  return new Response(atomFeed(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
