/**
 * The whole build: seeds -> content/ -> Astro -> Pagefind -> dist/, atomically.
 * The site is built into a staging folder under .build/ and swapped in only when every step
 * succeeded, so a bad notice or a failing step leaves the previous dist/ untouched.
 *
 * A large archive is rendered in shards (src/lib/shard.ts), one Astro process each, side by
 * side; their folders are combined and indexed once. Across machines:
 *   npm run build -- --shard 2/4 --out shards/2     (on each machine: one shard's pages, no index)
 *   npm run build -- --combine shards/1 … shards/4  (once: one site, one search index, in dist/)
 *
 * A rebuild after only some notices' text changed renders their pages and those reading them,
 * keeps the rest of the previous site, and indexes the whole again (scripts/lib/build/rebuild-plan.ts).
 *
 * Options: --shards N (local shards; default one per core from 50 notices up, else 1); --full
 * (a full build even where a rebuild would do).
 * Environment: SEEDS_DIR (notices folder), OUT_DIR (default dist/), BASE_PATH, SITE, BUILD_SHARDS,
 * BUILD_CACHE_DIR (default .build/cache/).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_DATA_FILE } from '../src/lib/search/data.ts';
import { shardOf, type Shard } from '../src/lib/shard.ts';
import { buildShards } from './lib/build/astro-build.ts';
import { combineShards } from './lib/build/combine-shards.ts';
import { contentStep } from './lib/build/content-step.ts';
import { indexSearch } from './lib/build/index-search.ts';
import { keepPrevious } from './lib/build/keep-previous.ts';
import { currentRecord, forgetRecord, modelReaders, planRebuild, readRecord, readSummaries, type RebuildPlan, writeRecord } from './lib/build/rebuild-plan.ts';
import { SEARCH_PAGES, stampSearchPages } from './lib/build/stamp-search-pages.ts';
import { swapDir } from './lib/build/swap-dir.ts';
import { CONTENT_DIR, outDir, ROOT } from './lib/paths.ts';
import { writeSearchData } from './lib/search/search-data.ts';

/** From this many notices up, a local build renders one shard per core. */
const SHARD_FROM = 50;

type Mode = { kind: 'site'; shards: number | null; full: boolean } | { kind: 'shard'; shard: Shard; out: string } | { kind: 'combine'; dirs: string[] };

function modeOf(argv: string[]): Mode {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { shards: { type: 'string' }, shard: { type: 'string' }, out: { type: 'string' }, combine: { type: 'boolean' }, full: { type: 'boolean' } } });
  if (values.combine) {
    if (positionals.length === 0) throw new Error('--combine needs the shard folders: npm run build -- --combine shards/1 shards/2');
    return { kind: 'combine', dirs: positionals.map((dir) => resolve(ROOT, dir)) };
  }
  if (positionals.length > 0) throw new Error(`unexpected arguments: ${positionals.join(' ')}`);
  if (values.shard !== undefined) {
    if (!values.out) throw new Error('--shard needs --out: npm run build -- --shard 2/4 --out shards/2');
    return { kind: 'shard', shard: shardOf(values.shard), out: resolve(ROOT, values.out) };
  }
  const shards = values.shards ?? process.env.BUILD_SHARDS;
  if (shards !== undefined && !/^[1-9]\d*$/u.test(shards)) throw new Error(`--shards ${shards}: expected a whole number ≥ 1`);
  return { kind: 'site', shards: shards === undefined ? null : Number(shards), full: values.full ?? false };
}

/** Files a build writes after the pages (the search index and data, the stamped search pages): never kept from the previous site. */
function writtenAfterPages(path: string): boolean {
  return path === 'pagefind' || path.startsWith('pagefind/') || basename(path) === SEARCH_DATA_FILE || SEARCH_PAGES.includes(path);
}

async function main(): Promise<void> {
  const started = performance.now();
  const mode = modeOf(process.argv.slice(2));
  const target = mode.kind === 'shard' ? mode.out : outDir();
  const work = join(ROOT, '.build', `build-${process.pid}`);
  const staging = join(work, 'site');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  // The build keeps what it needs of the notices (their count, the search's conversion tables), not the notices.
  const { count, tables, fingerprints } = await contentStep(work, mode.kind !== 'shard').catch((error: Error) => {
    rmSync(work, { recursive: true, force: true });
    throw error;
  });
  const phases: [string, number][] = [['content', performance.now() - started]];
  const phase = (name: string, since: number) => phases.push([name, performance.now() - since]);
  const record = mode.kind === 'site' ? currentRecord(ROOT, target, fingerprints) : null;
  let plan: RebuildPlan = { kind: 'full', reason: mode.kind === 'site' ? '--full' : mode.kind };
  if (mode.kind === 'site' && !mode.full) {
    plan = planRebuild(readRecord(target), record!, (changed) => modelReaders(changed, readSummaries(CONTENT_DIR, Object.keys(fingerprints))));
  }
  try {
    let since = performance.now();
    if (mode.kind === 'combine') {
      combineShards(mode.dirs, staging, { keep: true });
      phase('combine', since);
    } else if (plan.kind === 'partial') {
      const selection = join(work, 'selection.json');
      writeFileSync(selection, JSON.stringify({ notices: plan.notices, changed: plan.changed }));
      await buildShards([staging], [{ index: 1, count: 1 }], { BUILD_ONLY: selection });
      phase('astro', since);
      since = performance.now();
      const kept = keepPrevious(target, staging, writtenAfterPages);
      phase('keep', since);
      console.log(`  重建 rebuild: ${plan.changed.length} notice(s) changed (${plan.changed.join(', ') || 'none'}), ${plan.notices.length} rendered with the archive pages that read them; ${kept} files kept from the previous build`);
    } else {
      if (mode.kind === 'site') console.log(`  完整构建 full build: ${plan.reason}`);
      const local = mode.kind === 'shard' ? 1 : (mode.shards ?? (count >= SHARD_FROM ? availableParallelism() : 1));
      const shards = mode.kind === 'shard' ? [mode.shard] : Array.from({ length: local }, (_, i) => ({ index: i + 1, count: local }));
      const dirs = local === 1 ? [staging] : shards.map((s) => join(work, `shard-${s.index}`));
      await buildShards(dirs, shards);
      if (local > 1) combineShards(dirs, staging);
      phase('astro', since);
      if (local > 1) console.log(`  分片 shards: ${local} Astro processes side by side, combined`);
    }
    let pages = 0;
    if (mode.kind !== 'shard') {
      since = performance.now();
      pages = await indexSearch(staging);
      phase('pagefind', since);
      since = performance.now();
      stampSearchPages(staging);
      writeSearchData(staging, tables!);
      phase('stamp', since);
    }
    since = performance.now();
    forgetRecord(target);
    swapDir(staging, target);
    if (record) writeRecord(target, record);
    phase('swap', since);
    // Where the time went, for `npm run bench -- --archive N`.
    console.log(`  阶段 phases: ${phases.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = mode.kind === 'shard' ? `shard ${mode.shard.index}/${mode.shard.count} of ${count} notice(s), not indexed` : `${count} notice(s), ${pages} pages indexed for search`;
    console.log(`构建完成 built: ${what} -> ${target} (${seconds} s)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`构建失败 build failed, the previous build left as it was:\n${error.message}`);
  process.exit(1);
});
