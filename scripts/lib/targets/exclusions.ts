import { maskDigits } from './digits.ts';
import type { ExclusionReason } from './types.ts';

/** A stretch of text whose digits are not part of a target, and why. */
export interface Exclusion {
  /** Offset of `match` in the text. */
  offset: number;
  /** The characters that decided the reason: `20212035年`, `4A级`, `〔202215号`. */
  match: string;
  reason: ExclusionReason;
  damaged: boolean;
  note: string;
}

interface Rule {
  reason: ExclusionReason;
  damaged: boolean;
  pattern: RegExp;
  /** Keep only some matches (e.g. ascending years); default all. */
  accept?: (m: RegExpMatchArray) => boolean;
  /** `m` is matched on the masked text; `seen` is the same stretch of the unmasked text. */
  note: (m: RegExpMatchArray, seen: string) => string;
  /** Whether the match is damaged; overrides `damaged` per match. */
  isDamaged?: (m: RegExpMatchArray) => boolean;
}

const YEAR = '(?:19|20)\\d{2}';

/**
 * The exclusion rules, in the order they claim digits. Damage and document references come
 * first so that `20212035年` is never read as a year and `〔202215号` never as a quantity.
 */
const RULES: Rule[] = [
  {
    reason: 'document-number',
    damaged: false,
    // 〔2022〕16号, and 〔202215号 whose 〕 was lost.
    pattern: /[〔[](\d+)([〕\]]?)(\d*)号/g,
    isDamaged: (m) => !m[2] && m[1]!.length > 4,
    note: (m, seen) => (!m[2] && m[1]!.length > 4 ? `发文字号，“〕”似已丢失：${seen}（应为〔${m[1]!.slice(0, 4)}〕${m[1]!.slice(4)}号）` : `发文字号：${seen}`),
  },
  {
    reason: 'damaged-source',
    damaged: true,
    pattern: new RegExp(`(?<![\\d#])(${YEAR})(${YEAR})年`, 'g'),
    accept: (m) => Number(m[2]) > Number(m[1]),
    note: (m, seen) => `年份区间的连接符似已丢失：${seen}（应为${m[1]}—${m[2]}年）`,
  },
  {
    reason: 'damaged-source',
    damaged: true,
    pattern: new RegExp(`(?<![\\d#/-])(${YEAR})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d#年号])`, 'g'),
    note: (_m, seen) => `日期的“年月日”似已丢失：${seen}`,
  },
  {
    reason: 'damaged-source',
    damaged: true,
    // 招收23岁的幼儿: no infant is 23; an age range 2～3岁 lost its ～.
    pattern: /(?<![\d#])(\d)(\d)岁(?=的?(?:婴幼儿|幼儿|婴儿|托班))/g,
    accept: (m) => Number(m[2]) > Number(m[1]),
    note: (m, seen) => `年龄区间的连接符似已丢失：${seen}（应为${m[1]}～${m[2]}岁）`,
  },
  {
    reason: 'document-title-year',
    damaged: false,
    pattern: new RegExp(`《[^《》]*?(?<![\\d#])${YEAR}年[^《》]*》`, 'g'),
    note: (_m, seen) => `其他文件标题中的年份：${seen}`,
  },
  {
    reason: 'document-title',
    damaged: false,
    pattern: /《[^《》]*?\d[^《》]*》/g,
    note: (_m, seen) => `其他文件标题中的数字：${seen}`,
  },
  {
    reason: 'document-title-year',
    damaged: false,
    pattern: new RegExp(`(?<![\\d#])${YEAR}年版`, 'g'),
    note: (_m, seen) => `文件版本年份：${seen}`,
  },
  {
    reason: 'name-like',
    damaged: false,
    pattern: /(?<![\d#.])\d+[A-Za-z]+级?|[A-Za-z]+\d+/g,
    note: (_m, seen) => `名称或等级的一部分：${seen}`,
  },
  {
    reason: 'date',
    damaged: false,
    pattern: new RegExp(`(?<![\\d#])${YEAR}年\\d{1,2}月(?:\\d{1,2}日)?|(?<![\\d#])\\d{1,2}月\\d{1,2}日`, 'g'),
    note: (_m, seen) => `日期：${seen}`,
  },
  {
    reason: 'past-year',
    damaged: false,
    pattern: new RegExp(`(?:截至|截止到?)${YEAR}年(?:底|末)?|(?<![\\d#])${YEAR}年以来`, 'g'),
    note: (_m, seen) => `回顾已往的年份：${seen}`,
  },
  {
    reason: 'ordinal',
    damaged: false,
    pattern: /第\d+/g,
    note: (_m, seen) => `序数：${seen}`,
  },
  {
    reason: 'age',
    damaged: false,
    pattern: /(?<![\d#.])\d+(?:\.\d+)?(?:周)?岁/g,
    note: (_m, seen) => `年龄：${seen}`,
  },
  {
    reason: 'time-span',
    damaged: false,
    // 15分钟健身圈, 毕业2年内: one to three digits, so that a year (2022年) never matches.
    pattern: /(?<![\d#.])\d{1,3}(?:\.\d+)?(?:个)?(?:分钟|小时|天|日|周|个月|月|年)(?:内|以内|之内)?/g,
    note: (_m, seen) => `时间长度，不是完成的数量：${seen}`,
  },
];

/**
 * Stretches of a (digit-folded) text whose numbers are not targets, by rule, in text order;
 * with the text whose claimed digits are masked for the target rules that follow.
 *
 * findExclusions('落实《天津市基本公共服务实施标准(2021年版)》').exclusions -> [{ reason: 'document-title-year', match: '《天津市基本公共服务实施标准(2021年版)》', … }]
 * findExclusions('实施郭家沟4A级景区提升工程').exclusions -> [{ reason: 'name-like', match: '4A级', offset: 5, … }]
 */
export function findExclusions(text: string): { exclusions: Exclusion[]; masked: string } {
  const exclusions: Exclusion[] = [];
  let masked = text;
  for (const rule of RULES) {
    for (const m of masked.matchAll(rule.pattern)) {
      if (!/\d/.test(m[0]) || (rule.accept && !rule.accept(m))) continue;
      const damaged = rule.isDamaged ? rule.isDamaged(m) : rule.damaged;
      const seen = text.slice(m.index, m.index + m[0].length);
      exclusions.push({ offset: m.index, match: seen, reason: rule.reason, damaged, note: rule.note(m, seen) });
    }
    for (const e of exclusions) masked = maskDigits(masked, e.offset, e.offset + e.match.length);
  }
  return { exclusions: exclusions.sort((a, b) => a.offset - b.offset), masked };
}
