import words from '../../data/citation-words.json' with { type: 'json' };
import type { Notice } from '../model.ts';
import type { NoticeHead } from '../notice-summary.ts';
import { correctedParagraphText, documentTitle, paragraphsInOrder } from '../model-queries.ts';
import { toHans } from '../../../src/i18n/to-hans.ts';

/**
 * Another document a notice cites: a title in 《》, a document number (津政办发〔2022〕15号), or
 * both (`《…的通知》（津政办发〔2022〕15号）`). Read from the corrected text of every paragraph,
 * so a number the corrections mended (〔202215号 -> 〔2022〕15号) is read mended; a number still
 * damaged is read all the same (see documentNumberKey).
 */
export interface Citation {
  /** Stable id: the paragraph's id and the citation's place in it, `preamble-p1-c1`. */
  id: string;
  /** The paragraph it stands in. */
  paragraph: string;
  /** The measure that paragraph belongs to, or null (letter, preamble, chapter text). */
  measure: number | null;
  /** The cited title without its 《》, or null for a number alone. */
  title: string | null;
  /** The cited document number as written (corrected), or null for a title alone. */
  number: string | null;
  /** The words to mark in the text: `《title》` or, for a number alone, the number. */
  anchor: string;
}

const YEAR_OPEN = '〔［\\[【(（';
const YEAR_CLOSE = '〕］\\]】)）';
/** A document number: an issuer's code, a year (its brackets possibly lost) and a serial: 津政办发〔2022〕15号, 国发[2021]8号, 津政办发〔202215号. */
const NUMBER = new RegExp(`[\\p{Script=Han}]{1,12}\\s*[${YEAR_OPEN}]?\\s*(?:19|20)\\d{2}\\s*[${YEAR_CLOSE}]?\\s*第?\\s*\\d{1,4}\\s*[号號]`, 'gu');
const TITLED = /《([^《》]{2,160})》/gu;
/** Words that may stand glued before a number in prose (根据津政办发…): not part of the issuer's code. */
const LEADING = new RegExp(`^(?:${[...words.leadingWords].sort((a, b) => b.length - a.length).join('|')})+`, 'u');

/**
 * Every citation of other documents in a notice, in reading order. The notice's own title
 * and number (`现将《…方案》印发给你们`) are not citations of another document.
 *
 * readCitations(notice)[0] -> { id: 'preamble-p1-c1', title: '天津市人民政府办公厅印发…的通知', number: '津政办发〔2022〕15号', … }
 */
export function readCitations(notice: Notice): Citation[] {
  const own = ownKeys(notice);
  const out: Citation[] = [];
  for (const { paragraph, measure } of paragraphsInOrder(notice)) {
    const text = correctedParagraphText(paragraph);
    let n = 0;
    for (const found of citationsInText(text)) {
      if ((found.title && own.titles.has(titleKey(found.title))) || (found.number && own.numbers.has(documentNumberKey(found.number) ?? ''))) continue;
      n += 1;
      out.push({ id: `${paragraph.id}-c${n}`, paragraph: paragraph.id, measure, ...found });
    }
  }
  return out;
}

/** The citations in one text, in order: titles (with the number in the brackets after them), then numbers standing alone. */
export function citationsInText(text: string): Omit<Citation, 'id' | 'paragraph' | 'measure'>[] {
  const found: (Omit<Citation, 'id' | 'paragraph' | 'measure'> & { at: number; end: number })[] = [];
  for (const m of text.matchAll(TITLED)) {
    const end = m.index + m[0].length;
    const after = /^\s*[（(]([^（）()]{0,60})[）)]/u.exec(text.slice(end));
    const number = after ? firstNumber(after[1]!) : null;
    found.push({ title: m[1]!.trim(), number, anchor: m[0], at: m.index, end: end + (number ? after![0].length : 0) });
  }
  for (const m of text.matchAll(NUMBER)) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.at)) continue;
    const number = m[0].replace(LEADING, '');
    if (!hasYearBracket(number)) continue;
    found.push({ title: null, number, anchor: number, at: m.index + m[0].length - number.length, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, end: _end, ...citation }) => citation);
}

function firstNumber(text: string): string | null {
  for (const m of text.matchAll(NUMBER)) {
    const number = m[0].replace(LEADING, '');
    if (hasYearBracket(number)) return number;
  }
  return null;
}

/** At least one of the year's brackets stands (津政办发2022 15号 alone is too weak to read). */
function hasYearBracket(number: string): boolean {
  return new RegExp(`[${YEAR_OPEN}${YEAR_CLOSE}]`, 'u').test(number);
}

/**
 * A document number reduced to what identifies it, its brackets and script aside, so that the
 * damaged and Traditional forms meet: 津政办发〔2022〕15号, 津政辦發[2022]15號 and 津政办发〔202215号
 * all give '津政办发|2022|15'. Null when the text is not a document number.
 */
export function documentNumberKey(number: string): string | null {
  const m = new RegExp(`^([\\p{Script=Han}]{1,12})\\s*[${YEAR_OPEN}]?\\s*((?:19|20)\\d{2})\\s*[${YEAR_CLOSE}]?\\s*第?\\s*0*(\\d{1,4})\\s*[号號]$`, 'u').exec(toHans(fullWidthDigits(number.trim())));
  return m ? `${m[1]}|${m[2]}|${m[3]}` : null;
}

/** A title reduced for matching: Simplified, no spaces or 《》, one kind of bracket. */
export function titleKey(title: string): string {
  return toHans(fullWidthDigits(title))
    .replace(/[\s《》〈〉]/gu, '')
    .replace(/[（(]/gu, '(')
    .replace(/[）)]/gu, ')')
    .replace(/[—–-]{1,2}/gu, '-');
}

function fullWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The keys a notice is known by: its titles (the letter's, the plan's, the document it prints) and its number. */
export function ownKeys(notice: NoticeHead): { titles: Set<string>; numbers: Set<string> } {
  const titles = [documentTitle(notice), notice.plan.title, notice.facts.title.value ?? ''];
  // As reposting sites print a title: a number glued before it, 《》 around it.
  const bare = toHans(documentTitle(notice)).replace(/^[^《]*号(?=《)/u, '').replace(/^《(.*)》$/u, '$1');
  const printed = /印发(.+?)的通知$/u.exec(bare)?.[1];
  titles.push(bare);
  if (printed) titles.push(printed);
  const number = notice.facts.documentNumber.value;
  return {
    titles: new Set(titles.filter(Boolean).map(titleKey)),
    numbers: new Set([number && documentNumberKey(number)].filter((k): k is string => Boolean(k))),
  };
}
