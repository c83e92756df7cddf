import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Notice } from '../model.ts';
import { ROOT } from '../paths.ts';

/**
 * Parsed notices kept across builds, keyed by everything a parse reads: the notice's path and
 * bytes, its corrections file's bytes, and the code that parses (every file under scripts/ and
 * src/, and package-lock.json, hashed once per run). A rebuild after one notice changed parses
 * that notice alone. An entry unused for PRUNE_DAYS is deleted.
 */
export interface NoticeCache {
  /** `sha256`: the seed's digest, as readSeeds already computes it for the manifest. */
  key(path: string, sha256: string, corrections: Buffer | null): string;
  get(key: string): Notice | undefined;
  set(key: string, notice: Notice): void;
  /** What `make` makes from the notice of `key` (a function of that notice alone), kept beside it under `name`. */
  derive<T>(key: string, name: string, make: () => T): T;
  /** How many notices came from the cache, and how many were parsed. */
  readonly counts: { hits: number; misses: number };
}

const PRUNE_DAYS = 30;
const CODE = ['scripts', 'src', 'package-lock.json'];

/** A digest of the files under `entries` of `root` (files or folders), path and bytes, in a fixed order; a missing entry is skipped. */
export function codeKey(root: string, entries: readonly string[] = CODE): string {
  const hash = createHash('sha256');
  const files = entries.flatMap((entry) => {
    const path = join(root, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    // A copy of the project without a lock file (tests build in one) is keyed by the rest.
    if (!stat) return [];
    if (stat.isFile()) return [path];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  });
  for (const file of files.map((f) => relative(root, f)).sort()) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

/** The build's cache folder: BUILD_CACHE_DIR, or .build/cache/. */
export function cacheRoot(): string {
  return process.env.BUILD_CACHE_DIR || join(ROOT, '.build', 'cache');
}

/** The cache in `dir`: by default notices/ in the build's cache folder. */
export function noticeCache(dir = join(cacheRoot(), 'notices'), root = ROOT): NoticeCache {
  mkdirSync(dir, { recursive: true });
  const code = codeKey(root);
  const counts = { hits: 0, misses: 0 };
  const prune = Date.now() - PRUNE_DAYS * 86_400_000;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < prune) rmSync(file, { force: true });
  }
  return {
    counts,
    key(path, sha256, corrections) {
      const hash = createHash('sha256').update(code).update(`\0${path}\0${sha256}`);
      hash.update(corrections ? Buffer.concat([Buffer.from('\0corrections\0'), corrections]) : '\0none');
      return hash.digest('hex');
    },
    get(key) {
      const file = join(dir, `${key}.json`);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        counts.misses++;
        return undefined;
      }
      const now = new Date();
      utimesSync(file, now, now);
      counts.hits++;
      return JSON.parse(text) as Notice;
    },
    set(key, notice) {
      store(join(dir, `${key}.json`), notice);
    },
    derive(key, name, make) {
      const file = join(dir, `${key}.${name}.json`);
      try {
        const value = JSON.parse(readFileSync(file, 'utf8'));
        const now = new Date();
        utimesSync(file, now, now);
        return value;
      } catch {
        const value = make();
        store(file, value);
        return value;
      }
    },
  };
}

/** Write `value` as JSON to `file` whole or not at all. */
function store(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
}
