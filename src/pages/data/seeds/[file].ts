/** The verbatim seed files, downloadable byte for byte: /data/seeds/<file>.txt. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNotices } from '../../../lib/notices.ts';
import { rendersNotice, SHARD } from '../../../lib/shard.ts';
import { seedsDir } from '../../../../scripts/lib/paths.ts';

export const getStaticPaths = (async () => (await getNotices('zh-Hans')).filter((_, i) => rendersNotice(SHARD, i)).map((n) => ({ params: { file: n.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(seedsDir(), params.file!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
