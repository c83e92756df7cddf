import { digitRuns, foldDigits, type DigitRun } from './digits.ts';
import { type Exclusion, findExclusions } from './exclusions.ts';
import { findDeadlines } from './find-deadlines.ts';
import { findQuantities } from './find-quantities.ts';
import type { Deadline, Quantity } from './types.ts';

/** Every number of a text, sorted into what the rules made of it. Offsets are in the text. */
export interface ReadNumbers {
  quantities: Quantity[];
  deadlines: Deadline[];
  exclusions: Exclusion[];
  /** Digit runs no rule accounted for. */
  unknown: DigitRun[];
}

/**
 * Read the numbers of a text: exclusions first (damage, document numbers and titles, names,
 * dates, time spans …), then deadlines, then quantities; what is left is unknown. `text`
 * fields are the characters as published (full-width digits stay full-width).
 *
 * readNumbers('2022年底完成新增公办园学位480个') -> { deadlines: [{ text: '2022年底', … }], quantities: [{ text: '480个', … }], exclusions: [], unknown: [] }
 */
export function readNumbers(text: string): ReadNumbers {
  const folded = foldDigits(text);
  const excluded = findExclusions(folded);
  const dated = findDeadlines(excluded.masked);
  const counted = findQuantities(dated.masked);
  const original = (offset: number, length: number) => text.slice(offset, offset + length);
  const unknown = digitRuns(counted.masked);
  return {
    quantities: counted.quantities.map((q) => ({ ...q, text: original(q.offset, q.text.length) })),
    deadlines: dated.deadlines.map((d) => ({ ...d, text: original(d.offset, d.text.length) })),
    exclusions: excluded.exclusions.map((e) => ({ ...e, match: original(e.offset, e.match.length) })),
    unknown: unknown.map((r) => ({ offset: r.offset, text: original(r.offset, r.text.length) })),
  };
}
