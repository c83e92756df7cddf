import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkCitations } from '../citations/link-citations.ts';
import type { NoticeSummary } from '../notice-summary.ts';
import { SCRIPT_FOLDER, SCRIPTS } from '../script/scripts.ts';
import { cacheRoot, codeKey } from '../seeds/notice-cache.ts';

/**
 * Whether a build can render part of the archive and keep the rest of the previous site.
 *
 * Each good build of the whole site leaves a record beside its cache: the code and settings it
 * was built with, the site folder it produced (its inode: a folder put there by anything else
 * is not trusted), and per notice two digests, of what its pages read of it (its models in both
 * scripts and its seed file) and of its summaries (what every other page reads of it). The next
 * build compares. If only some notices' models changed, their summaries did not, and nothing
 * else did, every page's path is the same and only the pages reading a changed model can
 * differ: the changed notices' own, those of the notices whose pages show a changed one's text
 * (modelReaders), and the archive pages that declare they read it (src/lib/shard.ts). Anything
 * else is a full build.
 */
export interface BuildRecord {
  version: 1;
  /** codeKey of everything that renders: code, public files, settings, lock file. */
  code: string;
  /** The settings that change the pages (base path, site, Node). */
  settings: Record<string, string>;
  /** The inode of the site folder this build swapped in. */
  site: number;
  notices: Fingerprints;
}

/** Per notice slug, digests of its models and seed (`model`) and of its summaries (`summary`). */
export type Fingerprints = Record<string, { model: string; summary: string }>;

export type RebuildPlan = { kind: 'full'; reason: string } | { kind: 'partial'; changed: string[]; notices: string[] };

/** Everything whose change may change any page. */
const RENDER_INPUTS = ['scripts', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The record and settings of a build of the site in `target` now, once its notices' fingerprints are known. */
export function currentRecord(root: string, target: string, notices: Fingerprints): Omit<BuildRecord, 'site'> {
  const settings = { BASE_PATH: process.env.BASE_PATH ?? '', SITE: process.env.SITE ?? '', node: process.version };
  return { version: 1, code: codeKey(root, RENDER_INPUTS), settings, notices };
}

function recordFile(target: string): string {
  return join(cacheRoot(), 'builds', `${createHash('sha256').update(target).digest('hex').slice(0, 16)}.json`);
}

/** The record of the last good full-site build into `target`, or null (none, unreadable, or the folder was replaced since). */
export function readRecord(target: string): BuildRecord | null {
  try {
    const record = JSON.parse(readFileSync(recordFile(target), 'utf8')) as BuildRecord;
    return record.version === 1 && statSync(target).ino === record.site ? record : null;
  } catch {
    return null;
  }
}

/** Forget the record of `target` (before its folder is replaced). */
export function forgetRecord(target: string): void {
  rmSync(recordFile(target), { force: true });
}

/** Record the build just swapped into `target`. */
export function writeRecord(target: string, record: Omit<BuildRecord, 'site'>): void {
  const file = recordFile(target);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(`${file}.part`, JSON.stringify({ ...record, site: statSync(target).ino }));
  renameSync(`${file}.part`, file);
}

/**
 * The notices whose pages read the models of `changed`: a notice's home and references pages
 * name the measures of the notices citing it where each citation stands
 * (src/components/CitationList.astro), so the notices a changed one cites, in either script.
 */
export function modelReaders(changed: readonly string[], summaries: readonly NoticeSummary[][]): string[] {
  const readers = new Set<string>();
  for (const script of summaries) {
    const links = linkCitations(script);
    for (const slug of changed) for (const citation of links.get(slug)?.cites ?? []) if (citation.target) readers.add(citation.target);
  }
  return [...readers].sort();
}

/** The summaries in content/ of every notice in `slugs`, per script. */
export function readSummaries(contentDir: string, slugs: readonly string[]): NoticeSummary[][] {
  return SCRIPTS.map((script) => slugs.map((slug) => JSON.parse(readFileSync(join(contentDir, slug, SCRIPT_FOLDER[script], 'summary.json'), 'utf8')) as NoticeSummary));
}

/**
 * What to build, given the previous record (or null) and this build's.
 *
 * planRebuild(null, now) -> { kind: 'full', reason: 'no record of a previous build in this folder' }
 * planRebuild(before, now) -> { kind: 'partial', changed: ['bench-00500'], notices: ['bench-00120', 'bench-00500'] }
 */
export function planRebuild(previous: BuildRecord | null, current: Omit<BuildRecord, 'site'>, readers: (changed: string[]) => string[]): RebuildPlan {
  if (!previous) return { kind: 'full', reason: 'no record of a previous build in this folder' };
  if (previous.code !== current.code) return { kind: 'full', reason: 'the code changed' };
  const setting = Object.keys(current.settings).find((key) => previous.settings[key] !== current.settings[key]);
  if (setting) return { kind: 'full', reason: `${setting} changed` };
  const [before, now] = [Object.keys(previous.notices).sort(), Object.keys(current.notices).sort()];
  if (before.join('\n') !== now.join('\n')) return { kind: 'full', reason: 'notices were added or removed' };
  const summary = now.find((slug) => previous.notices[slug]!.summary !== current.notices[slug]!.summary);
  if (summary) return { kind: 'full', reason: `the summary of ${summary} changed (title, facts, chapters, departments or citations)` };
  const changed = now.filter((slug) => previous.notices[slug]!.model !== current.notices[slug]!.model);
  return { kind: 'partial', changed, notices: [...new Set([...changed, ...readers(changed)])].sort() };
}
