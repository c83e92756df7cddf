/** Open data per notice: /data/<notice>.json (the model), /data/<notice>-responsibility.csv and /data/<notice>-targets.csv, plus /data/index.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData, responsibilityCsv } from '../../../scripts/lib/emit/open-data.ts';
import { getNotices, loadNotice, shardNotices } from '../../lib/notices.ts';
import { rendersArchive, SHARD } from '../../lib/shard.ts';
import { absolutePageUrls } from '../../lib/page-urls.ts';
import { href, urlsFor } from '../../lib/urls.ts';
import { extractTargets } from '../../../scripts/lib/targets/extract-targets.ts';
import { targetsCsv } from '../../../scripts/lib/targets/targets-csv.ts';
import type { NoticeHead } from '../../../scripts/lib/notice-summary.ts';
import { documentTitle, metadataValue } from '../../../scripts/lib/model-queries.ts';
import { citationLinks } from '../../lib/citations.ts';
import { documentType, validityOf, yearOf } from '../../lib/archive.ts';

export const getStaticPaths = (async () => {
  return [
    ...(rendersArchive(SHARD) ? [{ params: { file: 'index.json' }, props: { kind: 'index' as const, slug: null } }] : []),
    ...(await shardNotices('zh-Hans')).flatMap(({ slug }) => [
      { params: { file: `${slug}.json` }, props: { kind: 'json' as const, slug } },
      { params: { file: `${slug}-responsibility.csv` }, props: { kind: 'csv' as const, slug } },
      { params: { file: `${slug}-targets.csv` }, props: { kind: 'targets-csv' as const, slug } },
    ]),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { kind, slug } = props as { kind: 'index' | 'json' | 'csv' | 'targets-csv'; slug: string | null };
  const hansUrls = (n: NoticeHead) => absolutePageUrls(site!, 'zh-Hans', n.slug, n.file);
  const hantUrls = (n: NoticeHead) => absolutePageUrls(site!, 'zh-Hant', n.slug, n.file);
  if (kind === 'targets-csv') {
    const notice = await loadNotice('zh-Hans', slug!);
    return new Response(targetsCsv(extractTargets(notice), notice), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  if (kind === 'csv') return new Response(responsibilityCsv(await loadNotice('zh-Hans', slug!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const links = await citationLinks('zh-Hans');
  const noticeUrl = (slug: string) => new URL(urlsFor('zh-Hans').notice(slug), site).href;
  if (kind === 'json') {
    const [hans, hant] = [await loadNotice('zh-Hans', slug!), await loadNotice('zh-Hant', slug!)];
    return json(openData(hans, hansUrls(hans), { notice: hant, urls: hantUrls(hant) }, { links: links.get(slug!)!, noticeUrl }));
  }
  return json({
    notices: (await summaryPairs()).map(({ hans, hant }) => ({
      slug: hans.slug,
      title: documentTitle(hans),
      titleHant: documentTitle(hant),
      documentNumber: metadataValue(hans, 'documentNumber'),
      url: hansUrls(hans).notice,
      urlHant: hantUrls(hant).notice,
      data: hansUrls(hans).data,
      responsibilityCsv: hansUrls(hans).csv,
      targetsCsv: new URL(href(`/data/${hans.slug}-targets.csv`), site).href,
      // The facets the archive is browsed by (see src/lib/archive.ts), and the links between notices.
      issuer: hans.facts.issuer.value,
      date: hans.facts.date.iso ?? null,
      year: yearOf(hans),
      type: documentType(documentTitle(hans)),
      validity: validityOf(hans),
      jurisdiction: hans.jurisdiction,
      cites: [...new Set(links.get(hans.slug)!.cites.flatMap((c) => (c.target ? [c.target] : [])))],
      citedBy: [...new Set(links.get(hans.slug)!.citedBy.map((c) => c.notice))],
    })),
  });
};

function json(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Every notice's summaries in both scripts, in seed-file order. */
async function summaryPairs() {
  const hant = new Map((await getNotices('zh-Hant')).map((n) => [n.slug, n]));
  return (await getNotices('zh-Hans')).map((hans) => ({ hans, hant: hant.get(hans.slug)! }));
}
