/**
 * Pagefind's page list (`.pf_meta`), which every search loads first, made small. It holds one
 * entry per page, [fragment name, word count, group]: at 20,000 pages 154 KB compressed,
 * most of it random characters.
 *
 * - Fragment names: Pagefind names each fragment by a hash of its own (`zh-hans_3f9a1c2`).
 *   Numbered in order under one token instead (`zh-hans_c081a82_1`, `_2`…), the list
 *   compresses to 87 KB. The token is taken from the page list's own hash, which covers every
 *   fragment's hash, so the names still change whenever any fragment does (the files can be
 *   cached for good).
 * - Word counts: they serve only Pagefind's ranking, as the page length of BM25 (a page's
 *   length against the average). Rounded to steps of 15 % (as Lucene keeps a length norm in
 *   one byte), they repeat and compress: 69 KB at 20,000 pages.
 *
 * The page list is then written under a hash of its new bytes, and pagefind-entry.json points at it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { encodeCbor, type Cbor } from './cbor.ts';
import { indexFileBytes, readIndexFile } from './index-chunks.ts';

interface Entry {
  languages: Record<string, { hash: string }>;
}

const TOKEN_LENGTH = 7;
const HASH_LENGTH = 15;
/** Word counts are rounded to powers of this (15 % steps); up to 7 words they stay exact. */
const LENGTH_STEP = 1.15;

/** A page's word count rounded to the nearest power of LENGTH_STEP (in log terms; within 10 %). */
export function roundedLength(words: number): number {
  if (words <= 7) return words;
  return Math.round(LENGTH_STEP ** Math.round(Math.log(words) / Math.log(LENGTH_STEP)));
}

/** Rewrite the page list of every language in `<siteDir>/pagefind/`, renaming the fragments; returns how many pages it lists. */
export function compactPageLists(siteDir: string): number {
  const dir = join(siteDir, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  let renamed = 0;
  for (const [language, index] of Object.entries(entry.languages)) {
    const metaFile = join(dir, `pagefind.${index.hash}.pf_meta`);
    const meta = readIndexFile(metaFile);
    const review = `this Pagefind version needs scripts/lib/search/page-list.ts reviewed`;
    const [version, pages, ...rest] = Array.isArray(meta) ? meta : [];
    if (!Array.isArray(pages)) throw new Error(`${metaFile}: no page list where Pagefind 1.6 keeps it; ${review}`);
    if (!encodeCbor(meta).equals(gunzipSync(readFileSync(metaFile)).subarray('pagefind_dcd'.length))) throw new Error(`${metaFile}: does not read back byte for byte; ${review}`);
    const token = `${language}_${index.hash.slice(language.length + 1, language.length + 1 + TOKEN_LENGTH)}`;
    const names = pages.map((page, n) => {
      const [hash, words, group] = Array.isArray(page) ? page : [];
      if (typeof hash !== 'string' || !hash.startsWith(`${language}_`) || typeof words !== 'number' || group !== '') throw new Error(`${metaFile}: page ${n} is not [fragment, word count, ""]; ${review}`);
      return { from: hash, to: `${token}_${n + 1}`, words };
    });
    for (const { from, to } of names) renameSync(join(dir, 'fragment', `${from}.pf_fragment`), join(dir, 'fragment', `${to}.pf_fragment`));
    const renamedPages = names.map(({ to, words }): Cbor => [to, roundedLength(words), '']);
    const bytes = indexFileBytes([version!, renamedPages, ...rest]);
    const hash = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH)}`;
    writeFileSync(join(dir, `pagefind.${hash}.pf_meta`), bytes);
    rmSync(metaFile);
    index.hash = hash;
    renamed += pages.length;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return renamed;
}
