/**
 * Which part of the archive a build renders. A large archive is built in shards (scripts/build.ts
 * runs one Astro process per shard, on one machine or many): BUILD_SHARD=k/n renders the pages
 * of every n-th notice, starting with the k-th in seed-file order, and shard 1 also renders the
 * pages about the whole archive (home, facets, departments across notices, search, feed, data
 * index). Every shard reads the summaries of all notices, so a page is the same whichever shard
 * renders it, and the shards' folders combine into the site a single build makes.
 *
 * A rebuild after some notices' text changed renders a selection (BUILD_ONLY, see Selection)
 * and keeps every other page of the previous site (scripts/lib/build/rebuild-plan.ts).
 */
import { readFileSync } from 'node:fs';

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

/**
 * What a rebuild renders when only some notices' models changed and every summary stayed the
 * same (so every page's path, and every page that reads summaries alone, stays the same too):
 * the pages of `notices` (the changed ones and those whose pages read a changed model), and
 * the pages about the whole archive, except those that declare the models they read (a
 * department across notices) and read none of `changed`.
 */
export interface Selection {
  notices: ReadonlySet<string>;
  changed: ReadonlySet<string>;
}

/**
 * The selection in the JSON file BUILD_ONLY names (`{ "notices": [...], "changed": [...] }`),
 * or null when it is unset: the whole shard is rendered.
 */
export function selectionOf(file: string | undefined): Selection | null {
  if (file === undefined || file === '') return null;
  const { notices, changed } = JSON.parse(readFileSync(file, 'utf8')) as { notices: string[]; changed: string[] };
  return { notices: new Set(notices), changed: new Set(changed) };
}

/** This build's selection, or null. */
export const SELECTION = selectionOf(process.env.BUILD_ONLY);

/** Whether the pages of notice `slug` are rendered by `selection`. */
export function selectsNotice(selection: Selection | null, slug: string): boolean {
  return !selection || selection.notices.has(slug);
}

/**
 * Whether a page about the whole archive is rendered by `selection`: `reads` are the notices
 * whose models the page reads, undefined for a page that reads summaries alone (always rendered).
 */
export function selectsArchivePage(selection: Selection | null, reads: readonly string[] | undefined): boolean {
  return !selection || !reads || reads.some((slug) => selection.changed.has(slug));
}
