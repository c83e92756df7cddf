import { convertText, type Conversion } from '../../../src/lib/search/convert.ts';

/** A conversion table learnt from aligned text, with how well it reproduces that text. */
export interface LearntConversion extends Conversion {
  stats: {
    /** Aligned strings read, and strings skipped because the two forms differ in length. */
    strings: number;
    skipped: number;
    /** Characters read, and characters the table still converts differently from the site. */
    chars: number;
    wrong: number;
  };
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Learn the conversion `from -> to` from pairs of the same text in both scripts (the site's
 * zh-Hans strings and their zh-Hant conversion by src/i18n/convert.ts, which is phrase-level
 * OpenCC plus the reviewed dictionary).
 *
 * - Each character gets the form it takes most often in the site's text; a character that
 *   mostly stays itself gets no entry.
 * - Wherever that character-by-character answer is wrong (制造 -> 製造 while 制定 keeps 制), the
 *   word around it (cut by Intl.Segmenter; at least two characters) becomes a phrase entry
 *   with the form the site uses. Phrases win over characters, longest first.
 *
 * Only text the site contains matters: a query that uses a character the site never writes
 * cannot match in either script anyway.
 */
export function learnConversion(pairs: Iterable<readonly [string, string]>): LearntConversion {
  const aligned: [string[], string[]][] = [];
  let strings = 0;
  let skipped = 0;
  for (const [from, to] of pairs) {
    strings++;
    const a = [...from];
    const b = [...to];
    if (a.length !== b.length || from.length !== to.length) skipped++;
    else aligned.push([a, b]);
  }

  // Only a character written differently somewhere can need an entry, or make a string convert
  // wrongly: the counting below looks at those alone (a large archive has millions of strings).
  const changing = new Set<string>();
  for (const [a, b] of aligned) a.forEach((char, i) => char !== b[i] && changing.add(char));
  const touched = (a: string[]) => a.some((char) => changing.has(char));

  // 1. Characters: the most frequent form of each character in the site's text.
  const votes = new Map<string, Map<string, number>>();
  for (const [a, b] of aligned) {
    a.forEach((char, i) => {
      if (!changing.has(char)) return;
      const forms = votes.get(char) ?? new Map<string, number>();
      forms.set(b[i]!, (forms.get(b[i]!) ?? 0) + 1);
      votes.set(char, forms);
    });
  }
  const chars = new Map<string, string>();
  for (const [char, forms] of votes) {
    const best = mostFrequent(forms);
    if (best !== char) chars.set(char, best);
  }

  // 2. Phrases: the words where character-by-character conversion gets the site's text wrong.
  const phraseVotes = new Map<string, Map<string, number>>();
  for (const [a, b] of aligned) {
    if (!touched(a)) continue;
    const from = a.join('');
    const wrongAt = a.map((char, i) => (chars.get(char) ?? char) !== b[i]);
    if (!wrongAt.includes(true)) continue;
    // Word boundaries in code points.
    const bounds: [number, number][] = [];
    let unit = 0;
    let point = 0;
    const pointAt = new Map<number, number>();
    for (const char of from) {
      pointAt.set(unit, point);
      unit += char.length;
      point++;
    }
    pointAt.set(unit, point);
    for (const { index, segment } of segmenter.segment(from)) bounds.push([pointAt.get(index)!, pointAt.get(index + segment.length)!]);
    for (const [start, end] of bounds) {
      if (!wrongAt.slice(start, end).includes(true)) continue;
      let [s, e] = [start, end];
      if (e - s < 2) [s, e] = e < a.length ? [s, e + 1] : [Math.max(0, s - 1), e];
      if (e - s < 2) continue;
      const key = a.slice(s, e).join('');
      const forms = phraseVotes.get(key) ?? new Map<string, number>();
      const value = b.slice(s, e).join('');
      forms.set(value, (forms.get(value) ?? 0) + 1);
      phraseVotes.set(key, forms);
    }
  }
  const phrases = new Map<string, string>();
  for (const [phrase, forms] of phraseVotes) {
    const best = mostFrequent(forms);
    const byChar = [...phrase].map((c) => chars.get(c) ?? c).join('');
    if (best !== byChar) phrases.set(phrase, best);
  }

  const table: Conversion = { chars, phrases, longest: Math.max(0, ...[...phrases.keys()].map((p) => p.length)) };
  let total = 0;
  let wrong = 0;
  for (const [a, b] of aligned) {
    total += a.length;
    // Untouched, the string converts to itself, which is its other form.
    if (!touched(a)) continue;
    const converted = [...convertText(a.join(''), table)];
    b.forEach((char, i) => {
      if (converted[i] !== char) wrong++;
    });
  }
  return { ...table, stats: { strings, skipped, chars: total, wrong } };
}

function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [form, n] of forms) {
    if (n > count || (n === count && form < best)) [best, count] = [form, n];
  }
  return best;
}
