/**
 * Benchmark: measures and prints, never asserts.
 *
 * - Build time: a cold build (dist/, .build/ and Astro's caches removed first) and a warm
 *   rebuild right after it, each as the wall-clock time of `npx tsx scripts/build.ts`.
 * - Page weight: the home page, a measure page, the full text and the search page (empty and
 *   with a query), in both scripts (scripts/lib/bench/pages.ts), loaded in a fresh headless
 *   Chromium profile each (cold cache) from a local static server; every response is counted
 *   and its body gzipped at level 9, since the test server does not compress. Sizes are bodies
 *   only (no headers), split into HTML, CSS, JS and other.
 * - Lighthouse 12 (mobile defaults) on the home, measure and search pages in both scripts, and
 *   on the search page with a query (reported, no budget), locally against the same server
 *   compressing as the example server configs do (BENCH_LIGHTHOUSE=0 skips it).
 * - The size and file count of dist/, and the budgets of issue #8 met or not.
 *
 * Everything is printed and written to bench/results.json. Performance budgets are read from
 * this output by people, not asserted in tests: timings on shared machines are too noisy.
 * Exits 0 unless the build fails.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../tests/support/static-server.ts';
import { budgetTable, checkBudgets, lighthouseTable } from './lib/bench/budgets.ts';
import { archiveTable, buildArchive, editOneNotice, writeArchive, type ArchiveRun } from './lib/bench/archive.ts';
import { removeBuildCaches, timeBuild } from './lib/bench/build-time.ts';
import { lighthousePages } from './lib/bench/lighthouse-pages.ts';
import { weighPage, type PageWeight } from './lib/bench/page-weight.ts';
import { BENCH_PAGES } from './lib/bench/pages.ts';
import { folderSize, pageTable } from './lib/bench/report.ts';
import { benchSearchSite, searchReport } from './lib/bench/search.ts';
import { archiveSearchTable, benchArchiveSearchSite, type ArchiveSearch } from './lib/bench/archive-search.ts';
import { benchIndexOnly, indexOnlyReport } from './lib/bench/index-only.ts';
import { ROOT } from './lib/paths.ts';

const DIST = join(ROOT, 'dist');

async function benchBuild(): Promise<{ coldSeconds: number; warmSeconds: number }> {
  console.log('构建计时 build time: cold (caches removed), then warm …');
  removeBuildCaches(ROOT);
  const coldSeconds = await timeBuild(ROOT);
  const warmSeconds = await timeBuild(ROOT);
  console.log(`  cold ${coldSeconds.toFixed(1)} s, warm ${warmSeconds.toFixed(1)} s`);
  return { coldSeconds, warmSeconds };
}

/** Weigh each page that was built; a page missing from dist/ is reported as null (n/a). */
async function benchPages(): Promise<{ name: string; path: string; measureBudget: boolean; weight: PageWeight | null }[]> {
  console.log('\n页面体积 page weight (fresh Chromium profile per page, KB after gzip -9):');
  const server = await serveStatic(DIST, '/');
  try {
    const rows = [];
    for (const { name, path, measureBudget } of BENCH_PAGES) {
      const built = existsSync(join(DIST, path.split('?')[0]!, 'index.html'));
      rows.push({ name, path, measureBudget, weight: built ? await weighPage(server.origin + path) : null });
    }
    console.log(pageTable(rows));
    return rows;
  } finally {
    await server.close();
  }
}

/** List each page's resources, so unexpected loads (a stray font, a 404) stand out. */
function printResources(rows: { name: string; weight: PageWeight | null }[]): void {
  for (const { name, weight } of rows) {
    if (!weight) continue;
    console.log(`\n  ${name}:`);
    for (const r of weight.resources) {
      const status = r.failure ? `failed: ${r.failure}` : String(r.status);
      console.log(`    ${r.kind.padEnd(5)} ${status.padStart(3)} ${(r.gzipBytes / 1024).toFixed(1).padStart(7)} KB gz  ${r.url}`);
    }
  }
}

/** `--archive 10,100`: build generated archives of those sizes (scripts/lib/bench/corpus/) and print their table. */
async function benchArchives(sizes: number[], seed: number): Promise<void> {
  const runs: (ArchiveRun & { search: ArchiveSearch[] })[] = [];
  const rebuilds: (ArchiveRun & { rebuild: true })[] = [];
  for (const size of sizes) {
    const base = join(ROOT, 'bench', `archive-${size}`);
    console.log(`生成档案 generated archive: ${size} notices (seed ${seed}) -> ${base}/seeds, building …`);
    writeArchive(join(base, 'seeds'), size, seed);
    const cache = join(base, 'cache');
    rmSync(cache, { recursive: true, force: true });
    const run = await buildArchive(ROOT, join(base, 'seeds'), join(base, 'dist'), size, cache);
    console.log(`  ${run.seconds.toFixed(0)} s, peak ${(run.peakMemoryMB / 1024).toFixed(2)} GB, ${run.pages} pages`);
    const search = await benchArchiveSearchSite(join(base, 'dist'));
    console.log(archiveSearchTable(size, search));
    runs.push({ ...run, search });
    const edited = editOneNotice(join(base, 'seeds'));
    const rebuild = await buildArchive(ROOT, join(base, 'seeds'), join(base, 'dist'), size, cache);
    console.log(`  rebuilt after editing ${edited}: ${rebuild.seconds.toFixed(0)} s (${rebuild.kind})`);
    rebuilds.push({ ...rebuild, rebuild: true });
  }
  console.log(`\n档案构建 archive builds (clean build, both scripts, searchable, then a rebuild after one notice changed; issue #15, read, not asserted):\n${archiveTable([...runs, ...rebuilds])}`);
  console.log('\nBefore (issue #15, copies of the Jizhou notice): 1 notice 20 s / 0.42 GB; 10 notices 57 s / 0.96 GB; 30 notices 172 s / 2.53 GB.');
  console.log('Budgets: 1,000 notices ≤ 15 min and ≤ 4 GB; ms/page at 1,000 ≤ 1.2 × ms/page at 10; rebuild after one notice changed ≤ 60 s.');
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/archive-results.json'), `${JSON.stringify({ timestamp: new Date().toISOString(), seed, runs, rebuilds }, null, 2)}\n`);
  console.log('written: bench/archive-results.json');
}

async function main(): Promise<void> {
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(process.argv[seedAt + 1]) : 1;
  const indexOnly = process.argv.indexOf('--index-only');
  if (indexOnly >= 0) {
    const run = await benchIndexOnly(ROOT, Number(process.argv[indexOnly + 1] ?? 10000), seed);
    console.log(indexOnlyReport(run));
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, `bench/index-${run.notices}-results.json`), `${JSON.stringify({ timestamp: new Date().toISOString(), seed, ...run }, null, 2)}\n`);
    return;
  }
  const archive = process.argv.indexOf('--archive');
  if (archive >= 0) {
    const sizes = (process.argv[archive + 1] ?? '10').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
    await benchArchives(sizes, seed);
    return;
  }
  let build;
  try {
    build = await benchBuild();
  } catch (error) {
    console.error(`构建失败 ${(error as Error).message}`);
    process.exit(1);
  }
  const pages = await benchPages();
  printResources(pages);

  console.log('\n搜索 search (issue #5; read, not asserted):');
  const search = await benchSearchSite(DIST);
  console.log(searchReport(search));

  console.log('\nLighthouse (mobile defaults, local server):');
  const lighthouse = await lighthousePages(DIST, ROOT, BENCH_PAGES);
  console.log(lighthouseTable(lighthouse));

  const dist = folderSize(DIST);
  console.log(`\ndist/: ${dist.bytes} bytes in ${dist.files} files (${(dist.bytes / 1024).toFixed(1)} KB)`);
  const budgets = checkBudgets({ coldBuildSeconds: build.coldSeconds, pages, lighthouse });
  console.log(`\n预算 budgets (issue #8; read, not asserted):\n${budgetTable(budgets)}`);

  const results = {
    timestamp: new Date().toISOString(),
    node: process.version,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    build,
    pages,
    lighthouse,
    search,
    dist,
    budgets,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten: bench/results.json');
}

main().catch((error: Error) => {
  // Measuring pages must not fail the run: report and exit 0 (only a failed build exits 1).
  console.error(`bench: could not finish measuring: ${error.stack ?? error.message}`);
});
