/** ASCII punctuation that Chinese typography writes full-width, and its full-width form. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

/** Han characters and CJK punctuation (、。“”《》〔〕…—～ and the full-width forms). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—～·]/u;

/** The nearest character that is not a space, looking left (-1) or right (+1) from `at`. */
function neighbour(chars: string[], at: number, step: -1 | 1): string {
  for (let i = at + step; i >= 0 && i < chars.length; i += step) {
    if (chars[i] !== ' ') return chars[i]!;
  }
  return '';
}

/**
 * Chinese typography for display: ASCII , : ; ( ) ! ? become full-width where they stand in
 * Chinese context (a Han character or CJK punctuation on either side); digits, Latin words and
 * numbers such as 1,000 stay as they are. Brackets are judged as pairs, so `(APP)` in Chinese
 * text becomes `（APP）`, never half of each. A display rule, not a correction: the published
 * text stays in the model and in the seed.
 *
 * fullWidthPunctuation('经区人民政府同意,现将(2021年版)及APP:1,000') -> '经区人民政府同意，现将（2021年版）及APP:1,000'
 */
export function fullWidthPunctuation(text: string): string {
  if (!/[,:;()!?]/.test(text)) return text;
  const chars = [...text];
  const chinese = (i: number) => CJK.test(neighbour(chars, i, -1)) || CJK.test(neighbour(chars, i, 1));
  const convert = new Set<number>();
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const start = open.pop();
      if (start === undefined) {
        if (chinese(i)) convert.add(i);
      } else if (chinese(start) || chinese(i)) {
        convert.add(start).add(i);
      }
    } else if (ch in FULL_WIDTH && chinese(i)) convert.add(i);
  });
  for (const start of open) if (chinese(start)) convert.add(start);
  return chars.map((ch, i) => (convert.has(i) ? FULL_WIDTH[ch]! : ch)).join('');
}

/** A number with its unit, kept on one line by the page (`<span class="nw">`). */
export const NUMBER_WITH_UNIT = /\d+(?:[.,]\d+)*(?:%|[个张家所户栋套年月日岁号分钟名人项万亿元件座条])/gu;
