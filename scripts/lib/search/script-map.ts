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
  // Characters are counted as code points (numbers): a large archive has millions of strings,
  // and arrays of one-character strings made most of this step's time in garbage collection.
  const aligned: [string, number[], number[]][] = [];
  let strings = 0;
  let skipped = 0;
  for (const [from, to] of pairs) {
    strings++;
    if (from.length !== to.length) {
      skipped++;
      continue;
    }
    const a = codePoints(from);
    const b = codePoints(to);
    if (a.length !== b.length) skipped++;
    else aligned.push([from, a, b]);
  }

  // Only a character written differently somewhere can need an entry, or make a string convert
  // wrongly: the counting below looks at those alone.
  const changing = new Set<number>();
  for (const [, a, b] of aligned) a.forEach((char, i) => char !== b[i] && changing.add(char));
  const touched = aligned.filter(([, a]) => a.some((char) => changing.has(char)));

  // 1. Characters: the most frequent form of each character in the site's text.
  const votes = new Map<number, Map<number, number>>();
  for (const [, a, b] of touched) {
    for (let i = 0; i < a.length; i++) {
      const char = a[i]!;
      if (!changing.has(char)) continue;
      let forms = votes.get(char);
      if (!forms) votes.set(char, (forms = new Map<number, number>()));
      forms.set(b[i]!, (forms.get(b[i]!) ?? 0) + 1);
    }
  }
  const chars = new Map<string, string>();
  const charPoints = new Map<number, number>();
  for (const [char, forms] of votes) {
    const best = mostFrequent(new Map([...forms].map(([form, n]) => [String.fromCodePoint(form), n])));
    if (best !== String.fromCodePoint(char)) {
      chars.set(String.fromCodePoint(char), best);
      charPoints.set(char, best.codePointAt(0)!);
    }
  }

  // 2. Phrases: the words where character-by-character conversion gets the site's text wrong.
  const phraseVotes = new Map<string, Map<string, number>>();
  for (const [from, a, b] of touched) {
    const wrongAt = a.map((char, i) => (charPoints.get(char) ?? char) !== b[i]);
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
      const key = String.fromCodePoint(...a.slice(s, e));
      const forms = phraseVotes.get(key) ?? new Map<string, number>();
      const value = String.fromCodePoint(...b.slice(s, e));
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
  const total = aligned.reduce((sum, [, a]) => sum + a.length, 0);
  let wrong = 0;
  // Untouched, a string converts to itself, which is its other form.
  for (const [from, , b] of touched) {
    const converted = codePoints(convertText(from, table));
    b.forEach((char, i) => {
      if (converted[i] !== char) wrong++;
    });
  }
  return { ...table, stats: { strings, skipped, chars: total, wrong } };
}

/** The code points of a string, in order. */
function codePoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    points.push(point);
    if (point > 0xffff) i++;
  }
  return points;
}

function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [form, n] of forms) {
    if (n > count || (n === count && form < best)) [best, count] = [form, n];
  }
  return best;
}
