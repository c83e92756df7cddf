const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Characters that may appear in a Chinese numeral accepted by {@link chineseNumeralToInt}. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/**
 * Turn a Chinese numeral as used for headings into an integer, 1 … 999.
 * Returns null for anything that is not a well-formed numeral, so callers can report the
 * heading instead of guessing.
 *
 * chineseNumeralToInt('二十九') -> 29; chineseNumeralToInt('十') -> 10; chineseNumeralToInt('一百零五') -> 105
 */
export function chineseNumeralToInt(numeral: string): number | null {
  const match = /^(?:([一二两三四五六七八九])百)?(?:([一二三四五六七八九])?(十))?(零)?([一二三四五六七八九])?$/.exec(numeral);
  if (!match || numeral === '') return null;
  const [, hundreds, tens, ten, zero, units] = match;
  // 零 stands only where the tens place is skipped (一百零五); after 百 a tens place is written
  // out (一百一十, never 一百十), and units right after 百 need the 零 (一百五 is colloquial for 150).
  if (zero && (!hundreds || ten || !units)) return null;
  if (hundreds && ten && !tens) return null;
  if (hundreds && !ten && units && !zero) return null;
  let value = 0;
  if (hundreds) value += DIGITS[hundreds]! * 100;
  if (ten) value += (tens ? DIGITS[tens]! : 1) * 10;
  if (units) value += DIGITS[units]!;
  return value === 0 ? null : value;
}

/**
 * The inverse of {@link chineseNumeralToInt} for 1 … 999, in the form headings use.
 *
 * intToChineseNumeral(29) -> '二十九'
 */
export function intToChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) throw new RangeError(`no heading numeral for ${value}`);
  const names = '零一二三四五六七八九';
  const h = Math.floor(value / 100);
  const t = Math.floor((value % 100) / 10);
  const u = value % 10;
  let out = h ? `${names[h]}百` : '';
  if (t) out += `${t === 1 && !h ? '' : names[t]}十`;
  else if (h && u) out += '零';
  if (u) out += names[u];
  return out;
}
