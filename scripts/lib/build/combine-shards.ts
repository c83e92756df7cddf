import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Move the folders of several shard builds into one site folder. A path that only one shard
 * wrote (a notice's pages) moves over whole; a path several wrote (the shared assets, robots.txt,
 * sitemap.xml) must hold the same bytes in each, or the shards were built from different notices
 * or code and the combination is refused, naming the file. Files are moved out of the shard
 * folders (the build's own staging), or copied with `keep` (folders brought from other machines).
 *
 * combineShards(['.build/shard-1', '.build/shard-2'], '.build/site') -> { moved: 212, shared: 31 }
 */
export function combineShards(shards: string[], into: string, { keep = false } = {}): { moved: number; shared: number } {
  mkdirSync(into, { recursive: true });
  const counts = { moved: 0, shared: 0 };
  for (const shard of shards) {
    if (!existsSync(shard) || !lstatSync(shard).isDirectory()) throw new Error(`shard folder not found: ${shard}`);
    merge(shard, into, shard, keep, counts);
  }
  return counts;
}

function merge(from: string, to: string, shard: string, keep: boolean, counts: { moved: number; shared: number }): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existsSync(target)) {
      if (keep) cpSync(source, target, { recursive: true });
      else move(source, target);
      counts.moved++;
    } else if (entry.isDirectory() && lstatSync(target).isDirectory()) {
      merge(source, target, shard, keep, counts);
    } else if (entry.isFile() && lstatSync(target).isFile() && readFileSync(source).equals(readFileSync(target))) {
      if (!keep) rmSync(source);
      counts.shared++;
    } else {
      throw new Error(`shards disagree on ${relative(shard, source)} (${source}): built from different notices or code?`);
    }
  }
}

/** Rename, or copy across file systems (a shard fetched from another machine). */
function move(source: string, target: string): void {
  try {
    renameSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(source, target, { recursive: true });
    rmSync(source, { recursive: true, force: true });
  }
}
