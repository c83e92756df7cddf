/**
 * One normalisation for the query and for the page text, so that they meet: full-width and
 * half-width forms become one (NFKC: ２０２５ -> 2025, （ -> (, Ｃ -> c), Latin letters are lower
 * case, and white space and Pagefind's zero-width word separators disappear. Chinese text has
 * no spaces of its own: a space in the indexed text only marks an element left out of the
 * index (a note reference) or a line break, and must not split the words around it. Blocks
 * stay apart all the same: Pagefind ends every heading and paragraph with ". ", and no query
 * term contains the full stop.
 */

const ZERO_WIDTH = /^[\u200b\u200c\u200d\u2060\ufeff]$/;
const SPACE = /^\s$/;
const CONTROL = /^\p{Cc}$/u;

/** Normalised text with, for every UTF-16 unit of it, the source range it came from. */
export interface NormalizedText {
  text: string;
  /** start[i]: offset in the source of the character that produced text[i]. */
  start: number[];
  /** end[i]: offset in the source just after that character. */
  end: number[];
}

/**
 * The normalised form of one character (a code point): '' for zero-width and control
 * characters (the page text's blocks are kept apart by one: ./page-text.ts).
 */
export function normalizeChar(char: string): string {
  if (ZERO_WIDTH.test(char) || CONTROL.test(char)) return '';
  return char.normalize('NFKC').toLowerCase();
}

/**
 * Normalise page text, keeping the way back to the source offsets (for highlighting).
 *
 * normalizeText('托育 （２０２５年）').text -> '托育(2025年)'
 */
export function normalizeText(source: string): NormalizedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const char of source) {
    const next = offset + char.length;
    const normal = SPACE.test(char) ? '' : normalizeChar(char);
    for (let i = 0; i < normal.length; i++) {
      start.push(offset);
      end.push(next);
    }
    text += normal;
    offset = next;
  }
  return { text, start, end };
}

/** Normalise a query phrase: as page text. */
export function normalizePhrase(source: string): string {
  let out = '';
  for (const char of source) if (!SPACE.test(char)) out += normalizeChar(char);
  return out;
}

/** The source range [start, end) behind the normalised range [from, to) (to > from). */
export function sourceRange(normal: NormalizedText, from: number, to: number): [number, number] {
  return [normal.start[from]!, normal.end[to - 1]!];
}
