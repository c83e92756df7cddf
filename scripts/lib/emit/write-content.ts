import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import type { Fingerprints } from '../build/rebuild-plan.ts';
import type { Notice } from '../model.ts';
import { noticeSchema } from '../../../src/content/notice-schema.ts';
import { summarize } from '../notice-summary.ts';
import { localiseNotice } from '../script/localise-notice.ts';
import { SCRIPT_FOLDER, SCRIPTS } from '../script/scripts.ts';

const storedNotice = noticeSchema.extend({ script: z.enum(['zh-Hans', 'zh-Hant']) });

/**
 * The files of `content/` for a set of notices, by relative path: per notice and script, the
 * model as `notice.json`, as readers of that script see it (localiseNotice), and its summary as
 * `summary.json` (notice-summary.ts). A notice's pages render from its model (its official text
 * through src/lib/official-text.ts); pages about the whole archive read only the summaries.
 * Made one notice at a time as they are written, so that a large archive's files never all sit
 * in memory together.
 *
 * new Map(contentFiles([notice])) -> Map { 'jizhou-2022-16/zh-hans/notice.json' => '{…}', 'jizhou-2022-16/zh-hans/summary.json' => '{…}', … }
 */
export function* contentFiles(notices: Notice[]): Generator<[string, string]> {
  for (const original of notices) {
    for (const script of SCRIPTS) {
      const notice = localiseNotice(original, script);
      const dir = `${notice.slug}/${SCRIPT_FOLDER[script]}`;
      // As the pages read it: checked against the zod mirror of the model, in its field order.
      yield [`${dir}/notice.json`, `${JSON.stringify(storedNotice.parse({ script, ...notice }), null, 2)}\n`];
      yield [`${dir}/summary.json`, `${JSON.stringify(summarize(notice, script), null, 2)}\n`];
    }
  }
}

/** Per notice folder: the source it was written from and its fingerprint, written last (a folder without it is written again). */
const STAMP = 'source.json';

interface Stamp {
  source: string;
  fingerprint: Fingerprints[string];
}

/**
 * Replace the generated part of `content/` (every entry but `README.md`) with the files of
 * `notices`, and return each notice's fingerprint (scripts/lib/build/rebuild-plan.ts): a digest
 * of its models and `seedDigest`, and one of its summaries. `sources` names what each notice was
 * made from (its notice cache key: code, seed and corrections); a notice whose folder was
 * written from the same source is left as it is. Callers parse every notice first, so a bad
 * notice never leaves content/ half-written.
 *
 * writeContent('content', [jizhou], new Map([['jizhou-2022-16', 'ab12…']]), …) -> { fingerprints: { 'jizhou-2022-16': { model: '…', summary: '…' } }, written: 0 }
 */
export function writeContent(contentDir: string, notices: readonly Notice[], sources: ReadonlyMap<string, string>, seedDigest: (notice: Notice) => string): { fingerprints: Fingerprints; written: number } {
  mkdirSync(contentDir, { recursive: true });
  const kept = new Map<string, Stamp>();
  const slugs = new Set(notices.map((n) => n.slug));
  for (const entry of readdirSync(contentDir)) {
    if (entry === 'README.md') continue;
    const stamp = slugs.has(entry) ? readStamp(join(contentDir, entry, STAMP)) : null;
    if (stamp && stamp.source === sources.get(entry)) kept.set(entry, stamp);
    else rmSync(join(contentDir, entry), { recursive: true, force: true });
  }
  const fingerprints: Fingerprints = {};
  for (const notice of notices) {
    const stamp = kept.get(notice.slug);
    if (stamp) {
      fingerprints[notice.slug] = stamp.fingerprint;
      continue;
    }
    const [model, summary] = [createHash('sha256'), createHash('sha256')];
    for (const [path, text] of contentFiles([notice])) {
      (path.endsWith('/summary.json') ? summary : model).update(`${path}\0${text}\0`);
      const target = join(contentDir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    const fingerprint = { model: model.update(seedDigest(notice)).digest('hex'), summary: summary.digest('hex') };
    fingerprints[notice.slug] = fingerprint;
    const source = sources.get(notice.slug);
    if (source) writeFileSync(join(contentDir, notice.slug, STAMP), JSON.stringify({ source, fingerprint } satisfies Stamp));
  }
  return { fingerprints, written: notices.length - kept.size };
}

function readStamp(file: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return null;
  }
}
