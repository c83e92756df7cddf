import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../../tests/support/static-server.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import type { BenchPage } from './pages.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 1);

export interface LighthouseRow {
  name: string;
  path: string;
  /** The page has a Lighthouse budget (BenchPage.lighthouse === 'budget'). */
  budget: boolean;
  result: LighthouseScores | null;
  error?: string;
}

/**
 * Lighthouse on each page marked for it, served from `dist` by the local static server,
 * compressing as the example nginx and Apache configs do (scripts/deploy/): a deployed site's
 * transfer, not an uncompressed one.
 * BENCH_LIGHTHOUSE=0 skips it (each run takes some 15 s). A failed run is reported, not thrown.
 * Performance scores move by a few points between runs on a busy machine:
 * BENCH_LIGHTHOUSE_RUNS=N (default 1) runs each page N times and keeps the median run by
 * performance score, as Lighthouse's own documentation advises.
 */
export async function lighthousePages(dist: string, root: string, pages: BenchPage[]): Promise<LighthouseRow[]> {
  const chosen = pages.filter((p) => p.lighthouse).map(({ name, path, lighthouse }) => ({ name, path, budget: lighthouse === 'budget' }));
  if (process.env.BENCH_LIGHTHOUSE === '0') return chosen.map((page) => ({ ...page, result: null, error: 'skipped (BENCH_LIGHTHOUSE=0)' }));
  const server = await serveStatic(dist, '/', { gzip: true });
  try {
    const rows: LighthouseRow[] = [];
    for (const page of chosen) {
      if (!existsSync(join(dist, page.path.split('?')[0]!, 'index.html'))) {
        rows.push({ ...page, result: null, error: 'page not built' });
        continue;
      }
      try {
        const runs: LighthouseScores[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(server.origin + page.path, root));
        runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
        rows.push({ ...page, result: runs[Math.floor(runs.length / 2)]! });
      } catch (error) {
        rows.push({ ...page, result: null, error: (error as Error).message.split('\n')[0] });
      }
    }
    return rows;
  } finally {
    await server.close();
  }
}
