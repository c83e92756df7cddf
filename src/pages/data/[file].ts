/** Open data per notice: /data/<notice>.json (the model) and /data/<notice>-responsibility.csv, plus /data/index.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openData, responsibilityCsv } from '../../../scripts/lib/emit/open-data.ts';
import { getNotices } from '../../lib/notices.ts';
import { absolutePageUrls } from '../../lib/page-urls.ts';
import type { Notice } from '../../../scripts/lib/model.ts';

export const getStaticPaths = (async () => {
  const notices = await getNotices();
  return [
    { params: { file: 'index.json' }, props: { kind: 'index' as const, notices } },
    ...notices.flatMap((notice) => [
      { params: { file: `${notice.slug}.json` }, props: { kind: 'json' as const, notices: [notice] } },
      { params: { file: `${notice.slug}-responsibility.csv` }, props: { kind: 'csv' as const, notices: [notice] } },
    ]),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { kind, notices } = props as { kind: 'index' | 'json' | 'csv'; notices: Notice[] };
  const urlsOf = (n: Notice) => absolutePageUrls(site!, n.slug, n.file);
  if (kind === 'csv') return new Response(responsibilityCsv(notices[0]!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const body =
    kind === 'json'
      ? openData(notices[0]!, urlsOf(notices[0]!))
      : {
          notices: notices.map((n) => ({
            slug: n.slug,
            title: n.cover.title,
            documentNumber: n.metadata.find((f) => f.key === 'documentNumber')?.value ?? null,
            url: urlsOf(n).notice,
            data: urlsOf(n).data,
            responsibilityCsv: urlsOf(n).csv,
          })),
        };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
