/** Open data per notice: /data/<notice>.json (the model), /data/<notice>-responsibility.csv and /data/<notice>-targets.csv, plus /data/index.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData, responsibilityCsv } from '../../../scripts/lib/emit/open-data.ts';
import { getNotices } from '../../lib/notices.ts';
import { absolutePageUrls } from '../../lib/page-urls.ts';
import { href, urlsFor } from '../../lib/urls.ts';
import { extractTargets } from '../../../scripts/lib/targets/extract-targets.ts';
import { targetsCsv } from '../../../scripts/lib/targets/targets-csv.ts';
import type { Notice } from '../../../scripts/lib/model.ts';
import { documentTitle, metadataValue } from '../../../scripts/lib/model-queries.ts';
import { citationLinks } from '../../lib/citations.ts';
import { documentType, validityOf, yearOf } from '../../lib/archive.ts';

export const getStaticPaths = (async () => {
  const notices = await getNotices('zh-Hans');
  const hant = new Map((await getNotices('zh-Hant')).map((n) => [n.slug, n]));
  const pair = (n: Notice) => ({ hans: n, hant: hant.get(n.slug)! });
  return [
    { params: { file: 'index.json' }, props: { kind: 'index' as const, notices: notices.map(pair) } },
    ...notices.flatMap((notice) => [
      { params: { file: `${notice.slug}.json` }, props: { kind: 'json' as const, notices: [pair(notice)] } },
      { params: { file: `${notice.slug}-responsibility.csv` }, props: { kind: 'csv' as const, notices: [pair(notice)] } },
      { params: { file: `${notice.slug}-targets.csv` }, props: { kind: 'targets-csv' as const, notices: [pair(notice)] } },
    ]),
  ];
}) satisfies GetStaticPaths;

type Pair = { hans: Notice; hant: Notice };

export const GET: APIRoute = async ({ props, site }) => {
  const { kind, notices } = props as { kind: 'index' | 'json' | 'csv' | 'targets-csv'; notices: Pair[] };
  const hansUrls = (n: Notice) => absolutePageUrls(site!, 'zh-Hans', n.slug, n.file);
  const hantUrls = (n: Notice) => absolutePageUrls(site!, 'zh-Hant', n.slug, n.file);
  if (kind === 'targets-csv') {
    const notice = notices[0]!.hans;
    return new Response(targetsCsv(extractTargets(notice), notice), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  if (kind === 'csv') return new Response(responsibilityCsv(notices[0]!.hans), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const links = await citationLinks('zh-Hans');
  const noticeUrl = (slug: string) => new URL(urlsFor('zh-Hans').notice(slug), site).href;
  const body =
    kind === 'json'
      ? openData(notices[0]!.hans, hansUrls(notices[0]!.hans), { notice: notices[0]!.hant, urls: hantUrls(notices[0]!.hant) }, { links: links.get(notices[0]!.hans.slug)!, noticeUrl })
      : {
          notices: notices.map(({ hans, hant }) => ({
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
        };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
