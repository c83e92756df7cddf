import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Notice } from '../model.ts';
import { measureToMdx, overviewToMdx } from './emit-mdx.ts';

/**
 * The files of `content/` for a set of notices, by relative path: per notice, the model as
 * `notice.json`, one MDX file per measure and the cover notice's and preamble's MDX.
 *
 * contentFiles([notice]) -> Map { 'jizhou-2022-16/notice.json' => '{…}', 'jizhou-2022-16/measures/m01.mdx' => '---…', … }
 */
export function contentFiles(notices: Notice[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const notice of notices) {
    files.set(`${notice.slug}/notice.json`, `${JSON.stringify(notice, null, 2)}\n`);
    files.set(`${notice.slug}/cover.mdx`, overviewToMdx(notice, 'cover'));
    files.set(`${notice.slug}/preamble.mdx`, overviewToMdx(notice, 'preamble'));
    for (const measure of notice.plan.measures) {
      files.set(`${notice.slug}/measures/${measure.id}.mdx`, measureToMdx(notice, measure));
    }
  }
  return files;
}

/**
 * Replace the generated part of `content/` with `files` (every entry but `README.md`).
 * Callers parse every notice first, so a bad notice never leaves content/ half-written.
 */
export function writeContent(contentDir: string, files: Map<string, string>): void {
  mkdirSync(contentDir, { recursive: true });
  for (const entry of readdirSync(contentDir)) {
    if (entry !== 'README.md') rmSync(join(contentDir, entry), { recursive: true, force: true });
  }
  for (const [path, text] of files) {
    const target = join(contentDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
