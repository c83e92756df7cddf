/** Parsed notices kept across builds (scripts/lib/seeds/notice-cache.ts), as readSeeds uses them. */
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeCache } from '../../scripts/lib/seeds/notice-cache.ts';
import { readSeeds } from '../../scripts/lib/seeds/read-seeds.ts';

const FIXTURES = 'tests/fixtures/notices';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-cache-'));
  dirs.push(dir);
  return dir;
}

/** A seeds folder with two fixture notices, a cache folder, and a code folder to key the cache by. */
function setup() {
  const root = temp();
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  copyFileSync(join(FIXTURES, 'citations-district-implements/input.txt'), join(seeds, 'qu-2023-2.txt'));
  copyFileSync(join(FIXTURES, 'citations-municipal-measures/input.txt'), join(seeds, 'shi-2022-7.txt'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'scripts', 'parse.ts'), 'export const version = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  const cacheDir = join(root, 'cache');
  return { root, seeds, cacheDir, read: () => {
    const cache = noticeCache(cacheDir, root);
    const { notices } = readSeeds(seeds, cache);
    return { notices, counts: { ...cache.counts } };
  } };
}

describe('the notice cache', () => {
  it('parses each notice once: a second read takes every notice from the cache, the same models', () => {
    const { seeds, read } = setup();
    const first = read();
    expect(first.counts).toEqual({ hits: 0, misses: 2 });
    const second = read();
    expect(second.counts).toEqual({ hits: 2, misses: 0 });
    expect(second.notices).toEqual(JSON.parse(JSON.stringify(readSeeds(seeds).notices)));
    expect(second.notices.map((n) => n.plan.measures.length)).toEqual(first.notices.map((n) => n.plan.measures.length));
  });

  it('parses again the notice whose bytes changed, and only that one', () => {
    const { seeds, read } = setup();
    read();
    appendFileSync(join(seeds, 'shi-2022-7.txt'), '\n');
    expect(read().counts).toEqual({ hits: 1, misses: 1 });
  });

  it('parses again when a corrections file appears beside a notice', () => {
    const { seeds, read } = setup();
    read();
    writeFileSync(join(seeds, 'qu-2023-2.corrections.json'), JSON.stringify({ corrections: [] }));
    expect(read().counts).toEqual({ hits: 1, misses: 1 });
  });

  it('parses everything again once the code changed', () => {
    const { root, read } = setup();
    read();
    writeFileSync(join(root, 'scripts', 'parse.ts'), 'export const version = 2;\n');
    expect(read().counts).toEqual({ hits: 0, misses: 2 });
  });

  it('works in a copy of the project without a lock file', () => {
    const { root, read } = setup();
    rmSync(join(root, 'package-lock.json'));
    expect(read().counts).toEqual({ hits: 0, misses: 2 });
    expect(read().counts).toEqual({ hits: 2, misses: 0 });
  });

  it('never keeps a notice that fails: it fails again, naming its file', () => {
    const { seeds, cacheDir, read } = setup();
    writeFileSync(join(seeds, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    expect(() => read()).toThrow(/broken\.txt/);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(() => read()).toThrow(/broken\.txt/);
  });

  it('keeps what is made from a notice beside it, under its key: made once, then read back', () => {
    const { seeds, root, cacheDir } = setup();
    const cache = noticeCache(cacheDir, root);
    const { sources } = readSeeds(seeds, cache);
    const key = sources.get('shi-2022-7')!;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    let made = 0;
    const make = () => ({ made: ++made });
    expect(cache.derive(key, 'aligned', make)).toEqual({ made: 1 });
    expect(noticeCache(cacheDir, root).derive(key, 'aligned', make)).toEqual({ made: 1 });
    expect(made).toBe(1);
    expect(cache.derive(key, 'other', make)).toEqual({ made: 2 });
  });
});
