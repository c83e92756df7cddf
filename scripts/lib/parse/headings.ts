import { CHINESE_NUMERAL_CHARS, chineseNumeralToInt } from './chinese-numerals.ts';

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const CHAPTER = new RegExp(`^(${N})、(.+)$`, 'u');
const MEASURE = new RegExp(`^[(（](${N})[)）](.+)$`, 'u');
/** Chapter titles are short phrases; a longer line starting with 一、 is prose. */
const MAX_CHAPTER_TITLE = 40;

/** A heading as written: its numeral, the number it stands for and the rest of the line. */
export interface HeadingMatch {
  numeral: string;
  number: number;
  rest: string;
}

/**
 * Recognise a chapter heading, `一、加强公益性基础性服务供给`.
 *
 * matchChapterHeading('九、加强组织实施') -> { numeral: '九', number: 9, rest: '加强组织实施' }
 */
export function matchChapterHeading(text: string): HeadingMatch | null {
  const m = CHAPTER.exec(text);
  if (!m || m[2]!.length > MAX_CHAPTER_TITLE || /[。；，,]/.test(m[2]!)) return null;
  const number = chineseNumeralToInt(m[1]!);
  return number === null ? null : { numeral: m[1]!, number, rest: m[2]! };
}

/**
 * Recognise the start of a measure, `(二十九)加大宣传引导力度…` (ASCII or full-width brackets).
 *
 * matchMeasureHeading('(三)大力发展社区便民服务。将…') -> { numeral: '三', number: 3, rest: '大力发展社区便民服务。将…' }
 */
export function matchMeasureHeading(text: string): HeadingMatch | null {
  const m = MEASURE.exec(text);
  if (!m) return null;
  const number = chineseNumeralToInt(m[1]!);
  return number === null ? null : { numeral: m[1]!, number, rest: m[2]! };
}

export function isPlanHeading(text: string): boolean {
  return matchChapterHeading(text) !== null || matchMeasureHeading(text) !== null;
}
