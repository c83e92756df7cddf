/**
 * seeds/*.txt -> content/: parse every notice and write each notice's model, in both scripts.
 * Usage: `npm run content` (SEEDS_DIR=… to read another folder of notices).
 *
 * The build runs this as a process of its own (scripts/lib/build/content-step.ts) with
 * `--result FILE`: it writes there what the rest of the build needs of the notices (their count
 * and, with `--tables`, the search's conversion tables) or the error, then exits, so that the
 * memory the parsed notices took is given back before Astro starts.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ConversionData, dumpConversion } from '../src/lib/search/convert.ts';
import type { Fingerprints } from './lib/build/rebuild-plan.ts';
import { writeContent } from './lib/emit/write-content.ts';
import type { Notice } from './lib/model.ts';
import { CONTENT_DIR, seedsDir } from './lib/paths.ts';
import { SCRIPTS, type Script } from './lib/script/scripts.ts';
import { alignedText, conversionTables } from './lib/search/search-data.ts';
import { noticeCache } from './lib/seeds/notice-cache.ts';
import { readSeeds } from './lib/seeds/read-seeds.ts';
import { summariseNotice } from './lib/summary.ts';

/** What the build keeps of the notices once content/ is written: their count and fingerprints (scripts/lib/build/rebuild-plan.ts); `tables` only when asked for. */
export type ContentResult = { count: number; fingerprints: Fingerprints; tables: Record<Script, ConversionData> | null } | { error: string };

/** Parse the seeds and write content/; returns the notices and their fingerprints. Throws on any bad notice, before writing. */
export function generateContent(log: (line: string) => void = console.log): { notices: Notice[]; fingerprints: Fingerprints; aligned: (notice: Notice) => [string, string][] } {
  const dir = seedsDir();
  const cache = noticeCache();
  const { notices, warnings, sources, seedDigests } = readSeeds(dir, cache);
  const { fingerprints, written } = writeContent(CONTENT_DIR, notices, sources, (n) => seedDigests.get(n.slug)!);
  log(`读取通知 notices read: ${notices.length} from ${dir} (${cache.counts.misses} parsed, ${cache.counts.hits} unchanged since parsed, from the cache; ${written} written to content/)`);
  for (const notice of notices) summariseNotice(notice).forEach((line) => log(line));
  warnings.forEach((w) => log(`  warning ${w}`));
  const aligned = (notice: Notice) => {
    const source = sources.get(notice.slug);
    return source ? cache.derive(source, 'aligned', () => alignedText(notice)) : alignedText(notice);
  };
  return { notices, fingerprints, aligned };
}

function contentResult(withTables: boolean): ContentResult {
  const { notices, fingerprints, aligned } = generateContent();
  if (!withTables) return { count: notices.length, fingerprints, tables: null };
  const learnt = conversionTables(notices, aligned);
  return { count: notices.length, fingerprints, tables: Object.fromEntries(SCRIPTS.map((script) => [script, dumpConversion(learnt[script])])) as Record<Script, ConversionData> };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { result: { type: 'string' }, tables: { type: 'boolean' } } });
  let result: ContentResult;
  try {
    result = contentResult(values.tables ?? false);
  } catch (error) {
    result = { error: (error as Error).message };
  }
  if (values.result) writeFileSync(values.result, JSON.stringify(result));
  else if ('error' in result) console.error(`错误 error: ${result.error}`);
  process.exit('error' in result ? 1 : 0);
}
