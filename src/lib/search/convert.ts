/**
 * Query conversion between Simplified and Traditional Chinese with a small table learnt at
 * build time from the site's own text (scripts/lib/search/script-map.ts), instead of shipping
 * a full converter to the browser: one entry per character the site writes differently in the
 * two scripts, plus the few phrases where the character-by-character answer would be wrong
 * (制造 -> 製造 although 制 alone stays 制).
 */

/** The table as stored in search-data.json: `chars` is a string of (from, to) character pairs. */
export interface ConversionData {
  chars: string;
  phrases: [string, string][];
}

export interface Conversion {
  chars: Map<string, string>;
  phrases: Map<string, string>;
  /** Length of the longest phrase, in UTF-16 units. */
  longest: number;
}

export function loadConversion(data: ConversionData): Conversion {
  const chars = new Map<string, string>();
  const list = [...data.chars];
  for (let i = 0; i + 1 < list.length; i += 2) chars.set(list[i]!, list[i + 1]!);
  const phrases = new Map(data.phrases);
  const longest = Math.max(0, ...data.phrases.map(([from]) => from.length));
  return { chars, phrases, longest };
}

/**
 * Convert text: at each position the longest phrase of the table that starts there, else the
 * character's entry, else the character itself (characters the site never uses, digits,
 * Latin, and characters already in the target script pass through).
 *
 * convertText('养老床位', s2t) -> '養老床位'
 */
export function convertText(text: string, table: Conversion): string {
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (let length = Math.min(table.longest, text.length - i); length >= 2; length--) {
      const phrase = table.phrases.get(text.slice(i, i + length));
      if (phrase !== undefined) {
        out += phrase;
        i += length;
        continue outer;
      }
    }
    const char = String.fromCodePoint(text.codePointAt(i)!);
    out += table.chars.get(char) ?? char;
    i += char.length;
  }
  return out;
}

/** Serialise a table for search-data.json (the inverse of loadConversion). */
export function dumpConversion(table: Pick<Conversion, 'chars' | 'phrases'>): ConversionData {
  const sorted = [...table.chars].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    chars: sorted.map(([from, to]) => from + to).join(''),
    phrases: [...table.phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}
