import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { normalizePhrase } from '../../../src/lib/search/normalize.ts';

/** The page data Pagefind stores per page (what `result.data()` returns in the browser). */
interface Fragment {
  url: string;
  content: string;
}

/**
 * The pages of one Pagefind language as Pagefind stored them: `<site>/pagefind/fragment/
 * <language>_*.pf_fragment`, each gzip of the signature `pagefind_dcd` and JSON. The text is
 * cut into the words Pagefind indexed, separated by zero-width spaces.
 */
export function readFragments(siteDir: string, language: string): Fragment[] {
  const dir = join(siteDir, 'pagefind', 'fragment');
  if (!existsSync(dir)) return [];
  const prefix = `${language.toLowerCase()}_`;
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.pf_fragment'))
    .sort()
    .map((name) => {
      const bytes = gunzipSync(readFileSync(join(dir, name)));
      const text = bytes.toString('utf8');
      const json = text.slice(text.indexOf('{'));
      return JSON.parse(json) as Fragment;
    });
}

/**
 * The indexed words in which a query piece can hide past the first character, where
 * Pagefind's prefix matching cannot reach it: Chinese words of three or more characters
 * (育局 inside 教育局; two-character words are reached through Pagefind's own character
 * pairs) and other words of two or more (2035 inside the run-together 20212035).
 * Normalised as queries are, punctuation stripped as Pagefind does, sorted.
 */
export function longWords(fragments: readonly Fragment[]): string[] {
  const words = new Set<string>();
  for (const fragment of fragments) {
    for (const token of fragment.content.split(/[\u200b\s]+/)) {
      const word = normalizePhrase(token).replace(/[^\p{L}\p{N}]/gu, '');
      const length = [...word].length;
      const han = /^\p{sc=Han}+$/u.test(word);
      if ((han && length >= 3) || (!han && length >= 2)) words.add(word);
    }
  }
  return [...words].sort();
}

/**
 * Pairs of characters the reader sees side by side but the index holds apart: where an
 * element left out of the index (a note reference such as [11]) or a line break stood
 * between two letters or characters, Pagefind's text has a space and no character pair is
 * indexed across it (服务 多元化). A query piece containing such a pair cannot be relied on to
 * find that page, so the search does not require it. Normalised, sorted.
 */
export function gapPairs(fragments: readonly Fragment[]): string[] {
  const pairs = new Set<string>();
  for (const fragment of fragments) {
    const text = fragment.content.replace(/\u200b/g, '');
    for (const match of text.matchAll(/([\p{L}\p{N}])\s+(?=([\p{L}\p{N}]))/gu)) pairs.add(normalizePhrase(match[1]! + match[2]!));
  }
  return [...pairs].sort();
}
