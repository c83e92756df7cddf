import { normalizeChar, normalizePhrase } from './normalize.ts';

/** One thing the reader asked for: every result must contain it. */
export interface QueryTerm {
  /** Normalised text a page must contain (see ./normalize.ts). */
  text: string;
  /** The term as the reader wrote it (for messages such as 未找到：垃圾). */
  display: string;
  /** Written in quotation marks: kept whole, punctuation included. */
  quoted: boolean;
}

/** Opening quotation mark -> closing mark. ASCII and full-width " open and close alike. */
const QUOTES: Record<string, string> = { '"': '"', '＂': '＂', '“': '”', '「': '」', '『': '』', '‘': '’' };

/** Characters that separate unquoted terms: white space, punctuation and symbols of any width. */
const SEPARATOR = /[\s\p{P}\p{S}]+/u;

/** Longest query read, in characters, and most terms kept: a pasted paragraph stays cheap. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 12;

/**
 * Split a query into terms. Unquoted text is cut at white space and punctuation of either
 * width (托育，服务 and 托育 服务 are the same two terms); text in quotation marks (“”, 「」,
 * "…") is one term, matched exactly, punctuation included and white space removed.
 *
 * parseQuery('托育，服务 “体育场馆”') -> 托育, 服务, 体育场馆 (quoted)
 */
export function parseQuery(raw: string): QueryTerm[] {
  const query = raw.slice(0, MAX_QUERY_LENGTH);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (display: string, quoted: boolean) => {
    const text = quoted ? normalizePhrase(display) : [...display].map(normalizeChar).join('');
    if (!/[\p{L}\p{N}]/u.test(text) && !quoted) return;
    if (text === '' || seen.has(text) || terms.length >= MAX_TERMS) return;
    seen.add(text);
    terms.push({ text, display: display.trim(), quoted });
  };
  const addPlain = (part: string) => {
    // Normalise first so that full-width punctuation and spaces separate terms too.
    for (const piece of [...part].map((c) => c.normalize('NFKC')).join('').split(SEPARATOR)) add(piece, false);
  };

  let plain = '';
  for (let i = 0; i < query.length; i++) {
    const close = QUOTES[query[i]!];
    const end = close === undefined ? -1 : query.indexOf(close, i + 1);
    if (end === -1) {
      plain += query[i];
      continue;
    }
    addPlain(plain);
    plain = '';
    add(query.slice(i + 1, end), true);
    i = end;
  }
  addPlain(plain);
  return terms;
}
