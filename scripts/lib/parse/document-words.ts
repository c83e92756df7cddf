import words from '../../data/document-words.json' with { type: 'json' };

/**
 * Recognisers for the parts of an official document, built from the reviewed word lists in
 * scripts/data/document-words.json. All take the Simplified view of a line.
 */

const ISSUER_SUFFIX = new RegExp(`(?:${[...words.issuerSuffixes].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
const DOCUMENT_TYPE = new RegExp(`(?:${[...words.documentTypes].sort((a, b) => b.length - a.length).join('|')})(?:[(（][^()（）]*[)）])?$`, 'u');
const PUBLICATION_NOTE = new RegExp(`^[(（〔]\\s*(?:${words.publicationNotes.join('|')})[^()（）]*[)）〕]$`, 'u');

/** Sentence punctuation: a line holding any of it is prose, not a title, name or date. */
const SENTENCE = /[。，；：,;:！？!?]/u;

/** The issuing office of a signature: a short name ending like an office (人民政府, 办公室, 局…). */
export function isIssuerLine(view: string): boolean {
  return view.length <= 40 && !SENTENCE.test(view) && !/\d/.test(view) && ISSUER_SUFFIX.test(view.replace(/\s+/g, ''));
}

/** A title ending in a document type (通知, 方案, 意见, 措施…), possibly with a bracketed remark. */
export function endsWithDocumentType(view: string): boolean {
  return DOCUMENT_TYPE.test(view.trim());
}

/** (此件主动公开) and the other publication notes. */
export function isPublicationNote(view: string): boolean {
  return PUBLICATION_NOTE.test(view.trim());
}

/** A red-header line: 鞍山市立山区人民政府文件. */
export function isRedHeader(view: string): boolean {
  const compact = view.replace(/\s+/g, '');
  return compact.length <= 30 && compact.endsWith(words.redHeaderSuffix) && !SENTENCE.test(compact) && ISSUER_SUFFIX.test(compact.slice(0, -words.redHeaderSuffix.length));
}

/** A document number standing alone: 西政办〔2023〕12号, 津政办发[2022]15号. */
export const DOCUMENT_NUMBER = /^[\p{Script=Han}]{1,16}\s*[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*第?\s*\d{1,4}\s*号$/u;

export function isDocumentNumberLine(view: string): boolean {
  return DOCUMENT_NUMBER.test(view.trim());
}

/** A line that can be part of a title: short, without sentence punctuation inside. */
export function isTitleLike(view: string): boolean {
  const text = view.trim();
  return text.length > 0 && text.length <= 60 && !/[。；;！？!?，,]/u.test(text) && !/[:：.]$/u.test(text);
}
