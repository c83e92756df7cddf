import { chineseNumeralToInt } from './chinese-numerals.ts';

const HAN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Ways a date is written in Chinese official documents and on their web pages. */
const WRITTEN = [
  // 2022年3月11日, 2018年03月27 (日 lost), 2022 年 3 月 11 日
  /^(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日?$/u,
  // 2022-03-23, 2022.3.23, 2022/3/23, optionally with a time
  /^(?<y>(?:19|20)\d{2})\s*[-./]\s*(?<m>\d{1,2})\s*[-./]\s*(?<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u,
  // 20221217: digits run together (reported as damage where it stands in the text)
  /^(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})$/u,
];

/** 二〇二二年三月十一日 */
const HAN_DATE = /^(?<y>[〇零Ｏ一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,3})日$/u;

/**
 * The ISO date (YYYY-MM-DD) a date as written stands for, or null when the text is not one
 * valid date. Brackets around it (`（2022年3月1日）`) are allowed.
 *
 * isoDate('2022年3月11日') -> '2022-03-11'; isoDate('2018年03月27') -> '2018-03-27'
 * isoDate('20221217') -> '2022-12-17'; isoDate('二〇二二年三月十一日') -> '2022-03-11'; isoDate('2022年2月30日') -> null
 */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim().replace(/^[(（]\s*(.*?)\s*[)）]$/u, '$1');
  for (const pattern of WRITTEN) {
    const m = pattern.exec(trimmed);
    if (m) return valid(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d));
  }
  const h = HAN_DATE.exec(trimmed);
  if (h) {
    const year = Number([...h.groups!.y!].map((c) => HAN_DIGITS[c]).join(''));
    const month = chineseNumeralToInt(h.groups!.m!);
    const day = chineseNumeralToInt(h.groups!.d!);
    if (month !== null && day !== null) return valid(year, month, day);
  }
  return null;
}

/** True when a line is nothing but a date (see isoDate). */
export function isDateLine(text: string): boolean {
  return isoDate(text) !== null;
}

function valid(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
