import { Converter, Trie } from 'opencc-js/t2cn';
import phraseFile from './hans-phrases.json' with { type: 'json' };
import { withPhrases } from './phrase-converter.ts';

/** One reviewed entry of ./hans-phrases.json: `traditional` always becomes exactly `simplified`. */
export interface HansPhrase {
  traditional: string;
  simplified: string;
  why: string;
}

export const HANS_PHRASES: readonly HansPhrase[] = phraseFile.entries as HansPhrase[];

// Built once on first use: most builds have no Traditional source at all.
let convert: ((text: string) => string) | null = null;

function converter(): (text: string) => string {
  if (convert) return convert;
  convert = withPhrases(
    new Trie(),
    HANS_PHRASES.map((p) => [p.traditional, p.simplified] as const),
    Converter({ from: 'tw', to: 'cn' }),
  );
  return convert;
}

/**
 * Traditional Chinese (Taiwan standard) -> Simplified Chinese (mainland), for notices published
 * in Traditional characters: OpenCC `tw -> cn` with the reviewed dictionary winning, as toHant
 * does the other way.
 *
 * @example
 * toHans('陝西省人民政府辦公廳') // -> '陕西省人民政府办公厅'
 */
export function toHans(text: string): string {
  return text === '' ? text : converter()(text);
}
