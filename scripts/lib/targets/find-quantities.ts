import { maskDigits } from './digits.ts';
import type { Quantity, QuantityBound } from './types.ts';

/**
 * Measure words and units a quantity may end in, longest first so that `万元` wins over `万`.
 * Time units (分钟, 年, 个月 …) are not here: a length of time is read as a time span, not as
 * an amount delivered (see exclusions.ts).
 */
const UNITS = [
  '万平方米', '平方公里', '平方米', '个百分点', '百分点', '万人次', '人次', '万元', '亿元', '万人', '万户', '万套', '万张', '公里', '千米', '公顷',
  '%', '张', '个', '所', '家', '户', '栋', '幢', '套', '人', '名', '处', '座', '条', '项', '间', '辆', '台', '场', '次', '批', '支', '位',
  '件', '种', '类', '床', '部', '块', '亩', '吨', '米', '元', '万', '亿', '只', '棵', '株', '篇', '门', '节', '册', '班', '组',
];

/** Words after a quantity that bound it. */
const BOUNDS: Record<string, QuantityBound> = { 及以上: 'at-least', 以上: 'at-least', 以下: 'at-most', 以内: 'at-most', 左右: 'about' };

const escape = (s: string) => s.replace(/[%.*+?^${}()|[\]\\]/g, '\\$&');
const QUANTITY = new RegExp(`(?<![\\d.#])(\\d+(?:\\.\\d+)?)(多|余)?(${UNITS.map(escape).join('|')})(${Object.keys(BOUNDS).join('|')})?`, 'g');

/**
 * Quantities in a (digit-folded, partly masked) text: a number followed by a measure word or
 * unit, with `以上`/`以下`/`左右` (or `多`/`余` before the unit) read as a bound. Returns the quantities and the text with
 * their digits masked.
 *
 * findQuantities('完成59个老旧小区、334栋楼房').quantities -> [{ value: 59, unit: '个', text: '59个', offset: 2, … }, { value: 334, unit: '栋', … }]
 * findQuantities('覆盖率达到85%以上').quantities -> [{ value: 85, unit: '%', text: '85%以上', bound: 'at-least', offset: 5 }]
 */
export function findQuantities(text: string): { quantities: Quantity[]; masked: string } {
  const quantities: Quantity[] = [];
  let masked = text;
  for (const m of text.matchAll(QUANTITY)) {
    // `200余张`, `200多张`: more than 200.
    const bound = m[4] ? BOUNDS[m[4]]! : m[2] ? 'at-least' : null;
    quantities.push({ value: Number(m[1]), unit: m[3]!, text: m[0], bound, offset: m.index });
    masked = maskDigits(masked, m.index, m.index + m[0].length);
  }
  return { quantities, masked };
}
