/**
 * Shared helpers for reading numbers: full-width digits are folded to ASCII one code unit for
 * one (offsets stay valid), and digit runs already accounted for are masked so that later
 * rules cannot read them again.
 */

/** A digit run with its offset in the text it was read from. */
export interface DigitRun {
  offset: number;
  text: string;
}

/** Fold full-width digits, `％` and `．` to ASCII without changing any offset. */
export function foldDigits(text: string): string {
  return text.replace(/[０-９％．]/g, (c) => (c === '％' ? '%' : c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Every maximal run of digits (ASCII or full-width) in a text.
 *
 * digitRuns('完成59个老旧小区、334栋楼房') -> [{ offset: 2, text: '59' }, { offset: 10, text: '334' }]
 */
export function digitRuns(text: string): DigitRun[] {
  return [...text.matchAll(/[0-9０-９]+/g)].map((m) => ({ offset: m.index, text: m[0] }));
}

/** The text with every digit in [start, end) replaced by `#`, so that no later rule matches it. */
export function maskDigits(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/\d/g, '#') + text.slice(end);
}
