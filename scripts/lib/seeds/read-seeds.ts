import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoticeError } from '../errors.ts';
import type { Notice } from '../model.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import { correctionsPath, readCorrections } from '../corrections/read-corrections.ts';
import { parseNotice } from '../parse/parse-notice.ts';
import type { NoticeCache } from './notice-cache.ts';

/** What the manifest says about one seed file. */
interface ManifestEntry {
  file: string;
  sha256: string;
}

export interface SeedsResult {
  notices: Notice[];
  /** Problems that do not stop the build (a file not listed in the manifest). */
  warnings: string[];
  /** With a cache: each notice's cache key by slug (what it was made from: code, seed, corrections). */
  sources: Map<string, string>;
  /** Each notice's seed file SHA-256 by slug. */
  seedDigests: Map<string, string>;
}

/**
 * Read and parse every notice (`*.txt`) in a seeds folder, in file-name order, applying the
 * reviewed corrections file beside each (`<notice>.corrections.json`) when there is one. Files listed
 * in the folder's `manifest.json` must still have the recorded SHA-256: the seeds are the
 * record and are never edited. All files are read before failing, so one run reports every
 * broken file; the errors are thrown together. With a `cache` (./notice-cache.ts), a notice
 * whose bytes, corrections and parsing code are unchanged since it was last parsed is not
 * parsed again; a notice that fails is never cached, so it fails again.
 *
 * readSeeds('seeds') -> { notices: [Notice for jizhou-2022-16.txt], warnings: [], sources: Map {}, seedDigests: Map { 'jizhou-2022-16' => '…' } }
 */
export function readSeeds(dir: string, cache?: NoticeCache): SeedsResult {
  if (!existsSync(dir)) throw new NoticeError(dir, null, '找不到通知文件夹 (seeds folder does not exist)');
  const files = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new NoticeError(dir, null, '文件夹中没有 .txt 通知文件 (no notice files in the seeds folder)');

  const manifest = readManifest(dir);
  const warnings: string[] = [];
  const errors: Error[] = [];
  const notices: Notice[] = [];
  const sources = new Map<string, string>();
  const seedDigests = new Map<string, string>();
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    const listed = manifest?.get(file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (listed && listed.sha256 !== sha256) {
      errors.push(new NoticeError(join(dir, file), null, `文件内容与 manifest.json 记录的 SHA-256 不符；通知原文不得修改，更正请写入更正文件 (seed changed: expected ${listed.sha256}, got ${sha256})`));
      continue;
    }
    if (manifest && !listed) warnings.push(`${join(dir, file)}: 未列入 manifest.json (not in the manifest; sha256 ${sha256})`);
    try {
      const path = join(dir, file);
      const key = cache?.key(path, sha256, readIfExists(correctionsPath(path)));
      const cached = key ? cache!.get(key) : undefined;
      const notice = cached ?? applyCorrections(parseNotice(bytes, { file: path }), readCorrections(path), correctionsPath(path));
      if (key && !cached) cache!.set(key, notice);
      if (key) sources.set(notice.slug, key);
      seedDigests.set(notice.slug, sha256);
      notices.push(notice);
    } catch (error) {
      errors.push(error as Error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
  return { notices, warnings, sources, seedDigests };
}

function readManifest(dir: string): Map<string, ManifestEntry> | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  let parsed: { notices?: ManifestEntry[] };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new NoticeError(path, null, `manifest.json 不是有效的 JSON (${(error as Error).message})`);
  }
  return new Map((parsed.notices ?? []).map((entry) => [entry.file, entry]));
}

function readIfExists(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}
