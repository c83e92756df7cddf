import { describe, expect, it } from 'vitest';
import { chineseNumeralToInt, intToChineseNumeral } from '../../scripts/lib/parse/chinese-numerals.ts';

/** Numerals as headings write them: (一) … (二十九), chapters 一、 … 九、. */
const WELL_FORMED: [string, number][] = [
  ['一', 1],
  ['二', 2],
  ['九', 9],
  ['十', 10],
  ['十一', 11],
  ['十九', 19],
  ['二十', 20],
  ['二十一', 21],
  ['二十九', 29],
  ['三十', 30],
  ['九十九', 99],
  ['一百', 100],
  ['一百零一', 101],
  ['一百零五', 105],
  ['一百一十', 110],
  ['一百一十五', 115],
  ['一百二十', 120],
  ['二百', 200],
  ['三百零九', 309],
  ['九百九十九', 999],
];

describe('chineseNumeralToInt', () => {
  it.each(WELL_FORMED)('reads %s as %i', (numeral, value) => {
    expect(chineseNumeralToInt(numeral)).toBe(value);
  });

  it.each([
    ['', 'empty'],
    ['零', 'zero is not a heading number'],
    ['〇', 'zero is not a heading number'],
    ['百', 'hundred without a digit'],
    ['十十', 'doubled ten'],
    ['二二', 'two digits without a place'],
    ['十二三', 'trailing digit'],
    ['零五', 'leading zero'],
    ['十零五', '零 after 十'],
    ['二十零', 'trailing zero'],
    ['一百十', '一百十 is written 一百一十'],
    ['一千', 'thousands'],
    ['二十九 ', 'trailing space'],
    ['29', 'Arabic digits'],
    ['２９', 'full-width digits'],
    ['廿九', 'unsupported character'],
    ['一、', 'heading punctuation'],
  ])('rejects %j (%s)', (numeral) => {
    expect(chineseNumeralToInt(numeral)).toBeNull();
  });

  // 零 is written only where a place is skipped (一百零五), and 一百一 is colloquial for 110:
  // none of these is a well-formed heading numeral, and none may silently become a number.
  it.each([
    ['一百一', 'colloquial for 110, not 101'],
    ['三百五', 'colloquial for 350, not 305'],
    ['一百零十', '110 is written 一百一十'],
    ['一百零十五', '115 is written 一百一十五'],
  ])('rejects the malformed hundreds %j (%s) instead of misreading it', (numeral) => {
    expect(chineseNumeralToInt(numeral)).toBeNull();
  });
});

describe('intToChineseNumeral', () => {
  it.each(WELL_FORMED)('writes %s for %i', (numeral, value) => {
    expect(intToChineseNumeral(value)).toBe(numeral);
  });

  it('round-trips every heading number 1 … 999', () => {
    const broken: string[] = [];
    const seen = new Set<string>();
    for (let n = 1; n <= 999; n++) {
      const numeral = intToChineseNumeral(n);
      if (seen.has(numeral)) broken.push(`${n}: ${numeral} written twice`);
      seen.add(numeral);
      const back = chineseNumeralToInt(numeral);
      if (back !== n) broken.push(`${n} -> ${numeral} -> ${back}`);
    }
    expect(broken).toEqual([]);
  });

  it.each([0, 1000, -1, 1.5, Number.NaN])('refuses %d, which no heading can carry', (value) => {
    expect(() => intToChineseNumeral(value)).toThrow(RangeError);
  });
});
