/**
 * An archive built in shards is the site a single build makes: rendered side by side on one
 * machine (--shards 3), or shard by shard as separate machines would (--shard k/2 --out DIR) and
 * then combined (--combine), every file of the site is byte for byte the same. The notices are a
 * part of the fixture corpus, chosen so that citations cross from one shard to another.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIsolated, type IsolatedBuild } from '../support/isolated-build.ts';
import { differences, files } from '../support/site-files.ts';

const CASES = fileURLToPath(new URL('../fixtures/notices/', import.meta.url));
/** Both citation fixtures (the district plan cites the municipal one), and notices of other layouts and scripts. */
const NAMES = ['citations-district-implements', 'citations-municipal-measures', 'combo-kunming-kv-ascii', 'duties-wuhan-separate-lines', 'meta-none', 'outline-articles', 'traditional-shaanxi'];

describe('an archive built in shards', () => {
  const seedsDir = mkdtempSync(join(tmpdir(), 'shard-seeds-'));
  const shardsDir = mkdtempSync(join(tmpdir(), 'shards-'));
  const [one, two] = [join(shardsDir, 'one'), join(shardsDir, 'two')];
  let single: IsolatedBuild;
  let side: IsolatedBuild;
  let machines: IsolatedBuild;
  let shardFiles: Map<string, Buffer>[];
  beforeAll(async () => {
    for (const name of NAMES) writeFileSync(join(seedsDir, `${name}.txt`), readFileSync(join(CASES, name, 'input.txt')));
    [single, side] = await Promise.all([buildIsolated({ seedsDir, runs: [['--shards', '1']] }), buildIsolated({ seedsDir, runs: [['--shards', '3']] })]);
    machines = await buildIsolated({
      seedsDir,
      runs: [['--shard', '1/2', '--out', one], ['--shard', '2/2', '--out', two]],
    });
    shardFiles = [files(one), files(two)];
    machines.dispose();
    machines = await buildIsolated({ seedsDir, runs: [['--combine', one, two]] });
  }, 600_000);
  afterAll(() => {
    for (const run of [single, side, machines]) run?.dispose();
    rmSync(seedsDir, { recursive: true, force: true });
    rmSync(shardsDir, { recursive: true, force: true });
  });

  it('builds the same site side by side as in one process', () => {
    expect(side.log).toContain('分片 shards: 3');
    const site = files(single.outDir);
    expect(site.size).toBeGreaterThan(NAMES.length * 50);
    expect(differences(site, files(side.outDir))).toEqual([]);
  });

  it('builds each shard into its own folder: its notices\' pages, the archive pages in the first, no search index', () => {
    const [first, second] = shardFiles as [Map<string, Buffer>, Map<string, Buffer>];
    const noticesIn = (shard: Map<string, Buffer>) => [...new Set([...shard.keys()].map((p) => p.split('/')[0]!).filter((top) => NAMES.includes(top)))].sort();
    // Every other notice in seed-file order, starting with the first.
    expect(noticesIn(first)).toEqual(NAMES.filter((_, i) => i % 2 === 0));
    expect(noticesIn(second)).toEqual(NAMES.filter((_, i) => i % 2 === 1));
    expect([...first.keys()].some((p) => p.startsWith('archive/'))).toBe(true);
    expect([...second.keys()].some((p) => p.startsWith('archive/') || p.startsWith('departments/'))).toBe(false);
    for (const shard of shardFiles) expect([...shard.keys()].some((p) => p.startsWith('pagefind/'))).toBe(false);
  });

  it('combines the shards into the site and search index a single build makes, byte for byte', () => {
    expect(machines.log).toMatch(/pages indexed for search/);
    expect(differences(files(single.outDir), files(machines.outDir))).toEqual([]);
  });

  it('links a citation to a notice rendered by the other shard', () => {
    const district = readFileSync(join(machines.outDir, 'citations-district-implements/references/index.html'), 'utf8');
    expect(district).toContain('href="/citations-municipal-measures/"');
  });
});
