import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Notice } from '../model.ts';
import { localiseNotice } from '../script/localise-notice.ts';
import { SCRIPT_FOLDER, SCRIPTS } from '../script/scripts.ts';

/**
 * The files of `content/` for a set of notices, by relative path: per notice and script, the
 * model as `notice.json`, as readers of that script see it (localiseNotice). Pages render the
 * official text from it (src/lib/official-text.ts).
 *
 * contentFiles([notice]) -> Map { 'jizhou-2022-16/zh-hans/notice.json' => '{…}', 'jizhou-2022-16/zh-hant/notice.json' => '{…}' }
 */
export function contentFiles(notices: Notice[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const original of notices) {
    for (const script of SCRIPTS) {
      const notice = localiseNotice(original, script);
      const dir = `${notice.slug}/${SCRIPT_FOLDER[script]}`;
      files.set(`${dir}/notice.json`, `${JSON.stringify({ script, ...notice }, null, 2)}\n`);
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
