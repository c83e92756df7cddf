/** The part of opencc-js's Trie that phrase segmentation uses (the class ships in each bundle). */
interface PhraseTrie {
  addWord(word: string, replacement: string): void;
  segment(text: string): string[];
}

/**
 * A converter in which reviewed phrases win: the text is cut at every phrase of the dictionary
 * (longest first, left to right, with OpenCC's own trie), each phrase becomes its reviewed
 * form, and the pieces between go through `convert`. (A CustomConverter run before OpenCC would
 * not do: OpenCC would then re-convert the reviewed output.)
 *
 * withPhrases(new Trie(), [['胡同', '胡同']], cnToTw)('胡同口') -> '胡同口' (plain cn -> tw: 衚衕口)
 */
export function withPhrases(trie: PhraseTrie, phrases: readonly (readonly [string, string])[], convert: (text: string) => string): (text: string) => string {
  const map = new Map<string, string>();
  for (const [from, to] of phrases) {
    trie.addWord(from, to);
    map.set(from, to);
  }
  return (text) => {
    let out = '';
    for (const piece of trie.segment(text)) out += map.get(piece) ?? convert(piece);
    return out;
  };
}
