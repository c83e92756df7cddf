import type { Script } from '../../../scripts/lib/script/scripts.ts';
import type { ConversionData } from './convert.ts';

/**
 * The small file each search page loads next to Pagefind, written at build time by
 * scripts/lib/search/search-data.ts into `<script's search page>/search-data.json`.
 */
export interface SearchData {
  version: 1;
  /** The script of the pages (and of the Pagefind index) this file serves. */
  script: Script;
  /** How a query written in the other script is converted into this one. */
  convert: ConversionData;
  /**
   * Words of the index (as Pagefind segmented the text) of three or more characters, and
   * non-Chinese words of two or more: a query piece that starts inside one of these cannot be
   * reached by Pagefind's prefix matching, so the word itself is looked up as well.
   */
  longWords: string[];
  /**
   * Character pairs that stand across a gap in the indexed text (a left-out note reference):
   * Pagefind has no entry for them there, so a query piece holding one is not required.
   */
  gapPairs: string[];
  /**
   * The first word of each chunk of the word index but the first (scripts/lib/search/index-chunks.ts):
   * the words a query piece starts can run on into the chunks that begin with that piece,
   * which Pagefind would not load for it, so the search loads them first (pieces.ts).
   */
  chunkStarts?: string[];
  /**
   * Words of the index on at least half of its pages (none in an index of CHECK_ALL pages or
   * fewer): a query piece that is one of them is not looked up, since its index entry is the
   * largest to load and narrows the candidates least; the text still decides (engine.ts).
   */
  commonWords?: string[];
}

/** File name of the search data, in the folder of each script's search page. */
export const SEARCH_DATA_FILE = 'search-data.json';
