import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
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

/**
 * Replace the generated part of `content/` with `files` (every entry but `README.md`).
 * Callers parse every notice first, so a bad notice never leaves content/ half-written.
 */
export function writeContent(contentDir: string, files: Iterable<[string, string]>): void {
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
