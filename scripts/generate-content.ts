/**
 * seeds/*.txt -> content/: parse every notice and write each notice's model, in both scripts.
 * Usage: `npm run content` (SEEDS_DIR=… to read another folder of notices).
 */
import { contentFiles, writeContent } from './lib/emit/write-content.ts';
import type { Notice } from './lib/model.ts';
import { CONTENT_DIR, seedsDir } from './lib/paths.ts';
import { readSeeds } from './lib/seeds/read-seeds.ts';
import { summariseNotice } from './lib/summary.ts';

/** Parse the seeds and write content/; returns the notices. Throws on any bad notice, before writing. */
export function generateContent(log: (line: string) => void = console.log): Notice[] {
  const dir = seedsDir();
  const { notices, warnings } = readSeeds(dir);
  writeContent(CONTENT_DIR, contentFiles(notices));
  log(`读取通知 notices read: ${notices.length} from ${dir}`);
  for (const notice of notices) summariseNotice(notice).forEach((line) => log(line));
  warnings.forEach((w) => log(`  warning ${w}`));
  return notices;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    generateContent();
  } catch (error) {
    console.error(`错误 error: ${(error as Error).message}`);
    process.exit(1);
  }
}
