import { Converter, Trie } from 'opencc-js/cn2t';
import phraseFile from './hant-phrases.json' with { type: 'json' };
import { withPhrases } from './phrase-converter.ts';

/** One reviewed entry of ./hant-phrases.json: `simplified` always becomes exactly `traditional`. */
export interface HantPhrase {
  simplified: string;
  traditional: string;
  why: string;
}

/** The reviewed phrase dictionary, checked once at load (a malformed entry fails the build). */
export const HANT_PHRASES: readonly HantPhrase[] = checkPhrases(phraseFile.entries);

/**
 * Characters or phrases allowed to stay simplified-looking on zh-Hant pages, i.e. a
 * simplified-only character (one that OpenCC always converts) that we deliberately keep.
 * None: every character that survives conversion in this notice (托育, 准入, 若干, 發布,
 * 胡同…) is also an ordinary traditional character. Add an entry here, with a reason, only
 * for a proper name that must keep a simplified character.
 */
export const HANT_EXCEPTIONS: readonly string[] = [];

// Built once (the cn -> tw dictionaries take ~150 ms to load) and reused for every call.
const convert = withPhrases(
  new Trie(),
  HANT_PHRASES.map((p) => [p.simplified, p.traditional] as const),
  Converter({ from: 'cn', to: 'tw' }),
);

/**
 * Simplified Chinese (mainland) -> Traditional Chinese (Taiwan standard), for content text and
 * human-readable attributes; never pass ids, URLs or code through it.
 *
 * OpenCC `cn -> tw` (s2tw: phrase-level, Taiwan character forms such as 為, 群眾, 床; no
 * vocabulary swaps, so 社区 stays 社區), with the reviewed dictionary winning: the text is cut at
 * every dictionary phrase (longest first, left to right), each phrase becomes its reviewed
 * form, and the pieces between are converted by OpenCC. (A CustomConverter run before OpenCC
 * would not do: OpenCC would then re-convert our output, 胡同 -> 衚衕.) Non-Chinese text,
 * digits and punctuation pass through unchanged; the result is a fixed point
 * (toHant(toHant(x)) === toHant(x)).
 *
 * @example
 * toHant('天津市蓟州区人民政府办公室发布') // -> '天津市薊州區人民政府辦公室發布' (plain cn -> tw: 發佈)
 * toHant('完善租购并举的住房制度机制')     // -> '完善租購並舉的住房制度機制' (plain cn -> tw: 租購併舉)
 */
export function toHant(text: string): string {
  return text === '' ? text : convert(text);
}

function checkPhrases(entries: readonly HantPhrase[]): readonly HantPhrase[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const field of ['simplified', 'traditional', 'why'] as const) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') {
        throw new Error(`hant-phrases.json: entry ${JSON.stringify(entry)} needs a non-empty "${field}"`);
      }
    }
    if (seen.has(entry.simplified)) throw new Error(`hant-phrases.json: duplicate entry ${entry.simplified}`);
    seen.add(entry.simplified);
  }
  return Object.freeze(entries.map((entry) => Object.freeze({ ...entry })));
}
