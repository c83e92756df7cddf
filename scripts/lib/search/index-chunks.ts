/**
 * Where Pagefind's word index is cut into chunks, read from its page list (`.pf_meta`: gzip,
 * the `pagefind_dcd` signature, then CBOR). Pagefind loads, for a query word, only the chunk
 * whose range holds that word, and finds the words it starts (its prefix matches) among the
 * chunks loaded. The words starting with a query piece can run on into the next chunks, which
 * then begin with that piece: the search loads those too (SearchData.chunkStarts, pieces.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type Cbor } from './cbor.ts';

const SIGNATURE = 'pagefind_dcd';

/** The file name of one language's page list (`zh-hans`), or null when that language has no index. */
export function metaFileOf(siteDir: string, language: string): string | null {
  const prefix = `pagefind.${language.toLowerCase()}_`;
  return readdirSync(join(siteDir, 'pagefind')).find((name) => name.startsWith(prefix) && name.endsWith('.pf_meta')) ?? null;
}

/** A page list (`.pf_meta`) or index chunk (`.pf_index`) file, decoded. */
export function readIndexFile(file: string): Cbor {
  const raw = gunzipSync(readFileSync(file));
  if (raw.indexOf(SIGNATURE) !== 0) throw new Error(`${file}: not a Pagefind index file (no ${SIGNATURE} signature)`);
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

/** Encode and compress a value the way Pagefind stores its index files. */
export function indexFileBytes(value: Cbor): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encodeCbor(value)]), { level: 9 });
}

/** The first word of every index chunk but the first, of one language's index (`zh-hans`), as Pagefind sorted them. */
export function chunkStarts(siteDir: string, language: string): string[] {
  const name = metaFileOf(siteDir, language);
  if (!name) return [];
  const file = join(siteDir, 'pagefind', name);
  const meta = readIndexFile(file);
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && typeof c[0] === 'string')) throw new Error(`${file}: no index chunk list where Pagefind 1.6 keeps it`);
  return chunks.slice(1).map((c) => (c as string[])[0]!);
}

/**
 * The words of one language's index that are on at least `share` of its pages, sorted; none
 * when the index has `minPages` pages or fewer. Read from every index chunk (`.pf_index`: a
 * list of [word, [[page, positions, meta positions]…], …]).
 */
export function commonWords(siteDir: string, language: string, minPages: number, share = 0.5): string[] {
  const name = metaFileOf(siteDir, language);
  if (!name) return [];
  const file = join(siteDir, 'pagefind', name);
  const [, pages, chunks] = readIndexFile(file) as Cbor[];
  if (!Array.isArray(pages) || !Array.isArray(chunks)) throw new Error(`${file}: no page or chunk list where Pagefind 1.6 keeps them`);
  if (pages.length <= minPages) return [];
  const words: string[] = [];
  for (const chunk of chunks as string[][]) {
    const chunkFile = join(siteDir, 'pagefind', 'index', `${chunk[2]}.pf_index`);
    const [entries] = readIndexFile(chunkFile) as Cbor[][];
    if (!Array.isArray(entries)) throw new Error(`${chunkFile}: no word list where Pagefind 1.6 keeps it`);
    for (const entry of entries as Cbor[][]) {
      const [word, onPages] = entry;
      if (typeof word !== 'string' || !Array.isArray(onPages)) throw new Error(`${chunkFile}: a word entry that is not [word, pages, …]`);
      if (onPages.length >= share * pages.length) words.push(word);
    }
  }
  return words.sort();
}
