import { Converter, Trie } from 'opencc-js/t2cn';
import phraseFile from './hans-phrases.json' with { type: 'json' };

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
  const twToCn = Converter({ from: 'tw', to: 'cn' });
  const trie = new Trie();
  const map = new Map<string, string>();
  for (const { traditional, simplified } of HANS_PHRASES) {
    trie.addWord(traditional, simplified);
    map.set(traditional, simplified);
  }
  convert = (text) => {
    let out = '';
    for (const piece of trie.segment(text)) out += map.get(piece) ?? twToCn(piece);
    return out;
  };
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
