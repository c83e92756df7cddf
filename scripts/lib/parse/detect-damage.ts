import type { Damage } from '../model.ts';

const PAIRS: [string, string][] = [
  ['(', ')'],
  ['（', '）'],
  ['〔', '〕'],
  ['《', '》'],
  ['“', '”'],
  ['‘', '’'],
];

/**
 * Report spots in a line of official text that the extraction evidently damaged, without
 * touching the text: dates whose 年/月/日 were lost (`20221217`), year ranges run together
 * (`20212035年`), dates that lost their 日 (`2018年03月27`), and brackets or quotation marks left without their partner.
 * `ignore` lists [start, end) ranges already accounted for (responsibility clauses, whose
 * bracket damage is reported by the clause parser).
 *
 * detectTextDamage('编制《规划(20202035年)》', 9) -> [{ kind: 'number-range-run-together', text: '20202035年', line: 9, … }]
 */
export function detectTextDamage(text: string, line: number, ignore: [number, number][] = []): Damage[] {
  const found: Damage[] = [];
  for (const m of text.matchAll(/(?<![\d/-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d年号])/g)) {
    found.push({ kind: 'date-digits-run-together', text: m[0], line, note: `日期的“年月日”似已丢失：${m[0]}` });
  }
  for (const m of text.matchAll(/(?<!\d)(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}(?![\d日号])/g)) {
    found.push({ kind: 'date-incomplete', text: m[0], line, note: `日期缺少“日”：${m[0]}` });
  }
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})年/g)) {
    if (Number(m[2]) > Number(m[1])) {
      found.push({ kind: 'number-range-run-together', text: m[0], line, note: `年份区间的连接符似已丢失：${m[0]}` });
    }
  }
  const masked = maskRanges(text, ignore);
  for (const [open, close] of PAIRS) {
    for (const spot of mergeNeighbours(unbalanced(masked, open, close))) {
      const kind = open === '“' || open === '‘' ? 'quote-unbalanced' : 'bracket-unbalanced';
      const context = text.slice(Math.max(0, spot - 6), spot + 7);
      found.push({ kind, text: context, line, note: `不成对的 ${text[spot]} ：…${context}…` });
    }
  }
  return found;
}

function maskRanges(text: string, ranges: [number, number][]): string {
  const out = text.split('');
  for (const [start, end] of ranges) for (let i = start; i < end; i++) out[i] = ' ';
  return out.join('');
}

/** One report for spots next to each other, such as the lost pair around `老字号”“专精特新`. */
function mergeNeighbours(spots: number[]): number[] {
  return spots.filter((spot, i) => i === 0 || spot - spots[i - 1]! > 2);
}

/** Offsets of brackets or quotes that have no partner. */
function unbalanced(text: string, open: string, close: string): number[] {
  const stack: number[] = [];
  const lonely: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) {
      if (stack.length) stack.pop();
      else lonely.push(i);
    }
  }
  return [...lonely, ...stack].sort((a, b) => a - b);
}
