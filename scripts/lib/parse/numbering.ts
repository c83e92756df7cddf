import type { NumberingStyle } from '../model.ts';
import { CHINESE_NUMERAL_CHARS, chineseNumeralToInt } from './chinese-numerals.ts';

const HAN_NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A numbering marker at the start of a line: its style, numeral, number and the text after it. */
export interface MarkerMatch {
  style: NumberingStyle;
  /** The marker exactly as written, with the spacing after it: `(一)`, `1 . `, `第三条　`. */
  marker: string;
  /** The numeral as written: `一`, `12`, `③`. */
  numeral: string;
  number: number;
  /** A flag carried by the marker (`1*.` -> `*`), or null. */
  flag: string | null;
  /** The line after the marker. */
  rest: string;
}

interface StyleRule {
  style: NumberingStyle;
  /** Groups: 1 numeral, 2 flag (optional). Anchored at the start; the rest follows the match. */
  pattern: RegExp;
  number: (numeral: string) => number | null;
}

const han = (numeral: string) => chineseNumeralToInt(numeral);
const arabic = (numeral: string) => (/^\d{1,3}$/.test(numeral) && Number(numeral) > 0 ? Number(numeral) : null);

/**
 * The numbering styles, outermost first: the order of levels in GB/T 9704 (第一章 > 第一条 >
 * 一、 > （一） > 1. > （1） > ①). A document's outline uses some of them; their order here
 * decides which is the outer level, whatever order they first appear in.
 */
const RULES: StyleRule[] = [
  { style: 'zhang', pattern: new RegExp(`^第(${HAN_NUMERAL})章()[\\s　]*`, 'u'), number: han },
  { style: 'tiao', pattern: new RegExp(`^第(${HAN_NUMERAL})条()[\\s　]*`, 'u'), number: han },
  { style: 'han', pattern: new RegExp(`^(${HAN_NUMERAL})()\\s*、[\\s　]*`, 'u'), number: han },
  { style: 'paren-han', pattern: new RegExp(`^[(（]\\s*(${HAN_NUMERAL})\\s*[)）]()[\\s　]*`, 'u'), number: han },
  // 1. 1、 1． 1 . 1*. — not 1.5 (a decimal) nor 2022年 (a year): a non-digit must follow.
  { style: 'arabic', pattern: /^(\d{1,3})(\*?)\s?[.．、](?!\d)[\s　]*/u, number: arabic },
  { style: 'paren-arabic', pattern: /^[(（]\s*(\d{1,3})\s*[)）]()[\s　]*/u, number: arabic },
  { style: 'circled', pattern: new RegExp(`^([${CIRCLED}])()[\\s　]*`, 'u'), number: (c) => CIRCLED.indexOf(c) + 1 || null },
];

/** Outermost-first rank of a style, for ordering a document's levels. */
export const STYLE_RANK: Record<NumberingStyle, number> = { zhang: 0, tiao: 1, han: 2, 'paren-han': 3, arabic: 4, 'paren-arabic': 5, circled: 6, dash: 7 };

/**
 * Recognise a numbering marker at the start of a line. The text after it must begin with a
 * Chinese character or an opening quote/bracket, so numbers in prose (`1.5万`, `2022年`) and
 * bracketed remarks (`（1）`-less text) are not taken for headings.
 *
 * matchMarker('(三)大力发展社区便民服务。') -> { style: 'paren-han', marker: '(三)', number: 3, rest: '大力发展社区便民服务。', … }
 * matchMarker('1 . 加强组织领导') -> { style: 'arabic', marker: '1 . ', numeral: '1', number: 1, … }
 */
export function matchMarker(text: string): MarkerMatch | null {
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    if (!/^[\p{Script=Han}“‘《（(【〔]/u.test(rest)) continue;
    const number = rule.number(m[1]!);
    if (number === null) continue;
    return { style: rule.style, marker: m[0], numeral: m[1]!, number, flag: m[2] || null, rest };
  }
  return null;
}

/** A dash-led item, `——权责一致。…`: the dash as written and the rest. */
export function matchDash(text: string): { marker: string; rest: string } | null {
  const m = /^(——|－－|--|—)\s*(?=\p{Script=Han})/u.exec(text);
  return m ? { marker: m[0], rest: text.slice(m[0].length) } : null;
}

/**
 * The label a reader sees for a numbered heading, in the document's own style with full-width
 * brackets: （一）, 一、, 1., （1）, ①, 第三条.
 *
 * markerLabel('paren-han', '二十九') -> '（二十九）'
 */
export function markerLabel(style: NumberingStyle, numeral: string): string {
  switch (style) {
    case 'zhang':
      return `第${numeral}章`;
    case 'tiao':
      return `第${numeral}条`;
    case 'han':
      return `${numeral}、`;
    case 'paren-han':
    case 'paren-arabic':
      return `（${numeral}）`;
    case 'arabic':
      return `${numeral}.`;
    case 'circled':
      return numeral;
    case 'dash':
      return '——';
  }
}
