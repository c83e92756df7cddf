import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { combineShards } from '../../scripts/lib/build/combine-shards.ts';
import { rendersArchive, rendersNotice, shardOf } from '../../src/lib/shard.ts';

describe('shardOf: BUILD_SHARD', () => {
  it('reads k/n, and the whole archive when unset', () => {
    expect(shardOf('2/4')).toEqual({ index: 2, count: 4 });
    expect(shardOf(undefined)).toEqual({ index: 1, count: 1 });
    expect(shardOf('')).toEqual({ index: 1, count: 1 });
  });

  it('refuses what is not a shard, saying what it expects', () => {
    for (const bad of ['0/2', '3/2', '2', '1/0', 'a/b', '1/2/3', ' 1/2']) expect(() => shardOf(bad)).toThrow(`BUILD_SHARD=${bad}: expected k/n`);
  });

  it('gives every notice to exactly one shard, and the archive pages to the first', () => {
    const shards = [1, 2, 3].map((index) => ({ index, count: 3 }));
    for (let position = 0; position < 10; position++) expect(shards.filter((s) => rendersNotice(s, position)).map((s) => s.index)).toEqual([(position % 3) + 1]);
    expect(shards.map(rendersArchive)).toEqual([true, false, false]);
  });
});

describe('combineShards: shard folders into one site', () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'shard-'));
    dirs.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const list = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('moves each shard\'s own pages and keeps one copy of what they share', () => {
    const a = folder({ 'a/index.html': 'A', '_astro/site.css': 'css', 'zh-hant/a/index.html': '甲' });
    const b = folder({ 'b/index.html': 'B', '_astro/site.css': 'css', 'zh-hant/b/index.html': '乙' });
    const site = join(folder({}), 'site');
    expect(combineShards([a, b], site)).toEqual({ moved: 5, shared: 1 });
    expect(list(site)).toEqual(['_astro/site.css', 'a/index.html', 'b/index.html', 'zh-hant/a/index.html', 'zh-hant/b/index.html']);
    expect(readFileSync(join(site, 'zh-hant/b/index.html'), 'utf8')).toBe('乙');
  });

  it('refuses shards that disagree on a file, naming it', () => {
    const a = folder({ 'sitemap.xml': '<urlset>a</urlset>' });
    const b = folder({ 'sitemap.xml': '<urlset>b</urlset>' });
    expect(() => combineShards([a, b], join(folder({}), 'site'))).toThrow(/shards disagree on sitemap\.xml/);
  });

  it('copies instead of moving when told to keep the shard folders', () => {
    const a = folder({ 'a/index.html': 'A' });
    combineShards([a], join(folder({}), 'site'), { keep: true });
    expect(list(a)).toEqual(['a/index.html']);
  });

  it('names a shard folder that does not exist', () => {
    expect(() => combineShards(['/nonexistent/shard-9'], join(folder({}), 'site'))).toThrow('shard folder not found: /nonexistent/shard-9');
  });
});
