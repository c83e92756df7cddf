/** The verbatim seed files, downloadable byte for byte: /data/seeds/<file>.txt. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardNotices } from '../../../lib/notices.ts';
import { seedsDir } from '../../../../scripts/lib/paths.ts';

export const getStaticPaths = (async () => (await shardNotices('zh-Hans')).map((n) => ({ params: { file: n.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(join(seedsDir(), params.file!)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
