import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHant } from '../../../src/i18n/convert.ts';
import type { ConversionData } from '../../../src/lib/search/convert.ts';
import { SEARCH_DATA_FILE, type SearchData } from '../../../src/lib/search/data.ts';
import type { Notice } from '../model.ts';
import { localiseNotice } from '../script/localise-notice.ts';
import { SCRIPT_SEGMENT, SCRIPTS, type Script } from '../script/scripts.ts';
import { CHECK_ALL } from '../../../src/lib/search/engine.ts';
import { chunkStarts, commonWords } from './index-chunks.ts';
import { gapPairs, longWords, readFragments } from './long-words.ts';
import { learnConversion, type LearntConversion } from './script-map.ts';

/**
 * Every string of a notice as the zh-Hans edition shows it (localised exactly as the
 * pages are), with its Traditional form by the site's converter (src/i18n/convert.ts).
 */
export function alignedText(notice: Notice): [string, string][] {
  const pairs: [string, string][] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') pairs.push([value, toHant(value)]);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(localiseNotice(notice, 'zh-Hans'));
  return pairs;
}

/**
 * The conversion tables of both directions, learnt from the notices' text. `aligned` gives a
 * notice's aligned text (by default alignedText; the build keeps it per notice in its cache).
 */
export function conversionTables(notices: readonly Notice[], aligned: (notice: Notice) => [string, string][] = alignedText): Record<Script, LearntConversion> {
  const pairs = notices.flatMap(aligned);
  return {
    // The zh-Hans page converts Traditional queries to Simplified, and the reverse.
    'zh-Hans': learnConversion(pairs.map(([hans, hant]) => [hant, hans] as const)),
    'zh-Hant': learnConversion(pairs),
  };
}

/**
 * Write `search-data.json` next to each script's search page (`<site>/search/`,
 * `<site>/zh-hant/search/`): the query conversion table into that script, the long index
 * words, the gap pairs, where the word index is cut into chunks and its most common words (see SearchData), with the
 * conversion `tables` learnt from the notices (conversionTables, as dumpConversion stores them).
 * Runs after Pagefind has written its index, whose words it reads. Returns the files written
 * with their sizes.
 */
export function writeSearchData(siteDir: string, tables: Record<Script, ConversionData>): { file: string; bytes: number }[] {
  return SCRIPTS.map((script) => {
    const fragments = readFragments(siteDir, script);
    const data: SearchData = {
      version: 1,
      script,
      convert: tables[script],
      longWords: longWords(fragments),
      gapPairs: gapPairs(fragments),
      chunkStarts: chunkStarts(siteDir, script),
      // Below CHECK_ALL pages every candidate is checked anyway, and every lookup is small.
      commonWords: commonWords(siteDir, script, CHECK_ALL),
    };
    const folder = join(siteDir, SCRIPT_SEGMENT[script], 'search');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, SEARCH_DATA_FILE);
    const json = JSON.stringify(data);
    writeFileSync(file, json);
    return { file, bytes: Buffer.byteLength(json) };
  });
}
