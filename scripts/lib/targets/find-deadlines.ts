import { maskDigits } from './digits.ts';
import type { Deadline } from './types.ts';

const YEAR = '(?:19|20)\\d{2}';
/** `2022年至2025年`, `2022—2025年`: a span of years; the lookbehind keeps masked or longer runs out. */
const RANGE = new RegExp(`(?<![\\d#])(${YEAR})年?(?:至|到|—|–|-|－|～|~)(${YEAR})年(?:底|末)?(?![\\d#])`, 'g');
/**
 * `2022年底`, `2022年前`, `到2025年`, `2025年`: one year. Not a year followed by 月 (a date),
 * 版 (an edition), 以来 (looking back) or more digits; exclusions.ts reads those first anyway.
 */
const YEAR_ONCE = new RegExp(`(到|至)?(?<![\\d#])(${YEAR})年(底|末|前|内|度)?(?![\\d#月版]|以来)`, 'g');

/**
 * Deadlines in a (digit-folded, partly masked) text: a four-digit year with 年, as a range
 * (`2022年至2025年`), a year to finish by (`2022年底`, `2022年前`, `到2025年`) or a year to act in
 * (`2025年完成…`). Returns the deadlines in text order and the text with their digits masked.
 *
 * findDeadlines('2022年至2025年,完成59个老旧小区').deadlines -> [{ year: 2025, from: 2022, text: '2022年至2025年', kind: 'range', offset: 0 }]
 * findDeadlines('力争2022年底完成').deadlines -> [{ year: 2022, from: null, text: '2022年底', kind: 'by-end-of', offset: 2 }]
 */
export function findDeadlines(text: string): { deadlines: Deadline[]; masked: string } {
  const deadlines: Deadline[] = [];
  let masked = text;
  for (const m of text.matchAll(RANGE)) {
    const [from, year] = [Number(m[1]), Number(m[2])];
    if (year <= from) continue;
    deadlines.push({ year, from, text: m[0], kind: 'range', offset: m.index });
    masked = maskDigits(masked, m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(YEAR_ONCE)) {
    const byEnd = Boolean(m[1]) || m[3] === '底' || m[3] === '末' || m[3] === '前';
    deadlines.push({ year: Number(m[2]), from: null, text: m[0], kind: byEnd ? 'by-end-of' : 'in-year', offset: m.index });
  }
  for (const d of deadlines) masked = maskDigits(masked, d.offset, d.offset + d.text.length);
  return { deadlines: deadlines.sort((a, b) => a.offset - b.offset), masked };
}
