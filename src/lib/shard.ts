/**
 * Which part of the archive a build renders. A large archive is built in shards (scripts/build.ts
 * runs one Astro process per shard, on one machine or many): BUILD_SHARD=k/n renders the pages
 * of every n-th notice, starting with the k-th in seed-file order, and shard 1 also renders the
 * pages about the whole archive (home, facets, departments across notices, search, feed, data
 * index). Every shard reads the summaries of all notices, so a page is the same whichever shard
 * renders it, and the shards' folders combine into the site a single build makes.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/**
 * The shard named by BUILD_SHARD (`2/4`), or the whole archive (1/1) when it is unset.
 *
 * shardOf('2/4') -> { index: 2, count: 4 }
 */
export function shardOf(value: string | undefined): Shard {
  if (value === undefined || value === '') return { index: 1, count: 1 };
  const match = /^(\d+)\/(\d+)$/u.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`BUILD_SHARD=${value}: expected k/n with 1 ≤ k ≤ n, e.g. 2/4`);
  return { index, count };
}

/** Whether the notice at `position` (0-based, in seed-file order) is rendered by `shard`. */
export function rendersNotice(shard: Shard, position: number): boolean {
  return position % shard.count === shard.index - 1;
}

/** Whether `shard` renders the pages about the whole archive. */
export function rendersArchive(shard: Shard): boolean {
  return shard.index === 1;
}

/** This build's shard. */
export const SHARD = shardOf(process.env.BUILD_SHARD);
