/**
 * What to ask Pagefind so that no page containing a term is missed.
 *
 * Pagefind matches words by prefix. For Chinese it indexes the words its segmenter found plus
 * pairs of adjacent characters, and a query is cut again by the browser's segmenter, which may
 * disagree (老年人食堂 found nothing at all). So a term is never sent whole: it is cut into
 * pieces every page containing the term also contains, each of which Pagefind does find:
 *
 * - every pair of adjacent Chinese characters (养老床位 -> 养老, 老床, 床位);
 * - every run of other letters or digits (200张 -> 200).
 *
 * A piece can still sit inside a longer indexed word, past its first character (育局 in 教育局,
 * 2035 in 20212035), where prefix matching cannot see it; for those the long word's own start
 * is looked up too (see SearchData.longWords). And where the index holds two neighbouring
 * characters apart (a note reference left out between them), a piece holding that pair is not
 * required (SearchData.gapPairs). A term without pieces (one Chinese character, punctuation)
 * is checked against every page. tests/browser/search-retrieval.test.ts checks
 * the guarantee for every character pair of the site's text.
 */

const RUNS = /\p{sc=Han}+|(?:(?!\p{sc=Han})[\p{L}\p{N}])+/gu;

/**
 * The Pagefind queries whose results, intersected, hold every page containing `term`; pieces
 * holding one of `gapPairs` are left out.
 */
export function piecesOf(term: string, gapPairs: readonly string[] = []): string[] {
  const pieces = new Set<string>();
  for (const [run] of term.matchAll(RUNS)) {
    const chars = [...run];
    if (!/\p{sc=Han}/u.test(chars[0]!)) pieces.add(run);
    else for (let i = 0; i + 1 < chars.length; i++) pieces.add(chars[i]! + chars[i + 1]!);
  }
  return [...pieces].filter((piece) => !gapPairs.some((pair) => piece.includes(pair)));
}

/**
 * Extra queries for one piece: the start of every long index word that contains the piece
 * past its first character (its first two characters for a Chinese word, the word itself
 * otherwise), since a query for that start finds the long word by prefix.
 */
export function expansionsOf(piece: string, longWords: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of longWords) {
    if (word.indexOf(piece, 1) < 1) continue;
    const chars = [...word];
    out.add(/\p{sc=Han}/u.test(chars[0]!) && /\p{sc=Han}/u.test(chars[1] ?? '') ? chars[0]! + chars[1]! : word);
  }
  out.delete(piece);
  return [...out];
}

/**
 * The index chunks to load before looking `piece` up: those that begin with a word the piece
 * starts (other than the piece itself). Pagefind loads only the chunk whose range holds the
 * piece and matches prefixes among the words loaded; the words the piece starts are sorted
 * together, so any that lie past that chunk are in chunks beginning with such a word.
 *
 * chunksToLoad('餐', ['区与', '餐工', '龙头']) -> ['餐工']
 */
export function chunksToLoad(piece: string, chunkStarts: readonly string[]): string[] {
  return chunkStarts.filter((start) => start !== piece && start.startsWith(piece));
}
