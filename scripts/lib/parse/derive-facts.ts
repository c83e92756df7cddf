import type { CoverNotice, DocumentFacts, Fact, MastheadLine, MetadataField, MetadataKey, PageChrome, Signature } from '../model.ts';
import { isoDate } from './dates.ts';

export interface FactSources {
  metadata: MetadataField[];
  chrome: PageChrome;
  /** The document's own title, joined from its lines, or null. */
  title: string | null;
  masthead: MastheadLine[];
  cover: CoverNotice | null;
  closing: Signature | null;
  /** The first line of text, for a document that has no title anywhere. */
  firstLine: string;
}

/**
 * The facts every page shows (title, document number, issuer, date): from the metadata block
 * when it gives them, otherwise derived from the document (its title, masthead, signature,
 * red header, the page header's title), with where each came from. Dates get their ISO form.
 *
 * deriveFacts({ metadata: [], title: '关于…的通知', masthead: [{ kind: 'document-number', text: '西政办〔2023〕12号' }], cover: { issuer: '西宁市人民政府办公厅', date: '2023年3月1日' }, … })
 *   -> { title: { value: '关于…的通知', from: 'title' }, documentNumber: { value: '西政办〔2023〕12号', from: 'masthead' }, date: { value: '2023年3月1日', from: 'signature', iso: '2023-03-01' }, … }
 */
export function deriveFacts(sources: FactSources): DocumentFacts {
  const meta = (key: MetadataKey): Fact | null => {
    const value = sources.metadata.find((f) => f.key === key)?.value;
    return value ? { value, from: 'metadata' } : null;
  };
  const mast = (kind: MastheadLine['kind'], from: Fact['from'] = 'masthead'): Fact | null => {
    const line = sources.masthead.find((m) => m.kind === kind);
    return line ? { value: line.text, from } : null;
  };
  const signature = sources.cover ?? sources.closing;
  const redHeader = sources.masthead.find((m) => m.kind === 'red-header');
  const none: Fact = { value: null, from: null };

  const title = deriveTitle(sources);
  const documentNumber = meta('documentNumber') ?? mast('document-number') ?? none;
  const issuer =
    meta('issuer') ??
    (signature?.issuer ? { value: signature.issuer, from: 'signature' } : null) ??
    (redHeader ? { value: redHeader.text.replace(/\s*文件$/u, ''), from: 'red-header' } : null) ??
    mast('issuer') ??
    none;
  const date = meta('writtenDate') ?? (signature?.date ? { value: signature.date, from: 'signature' } : null) ?? meta('issuedDate') ?? mast('date') ?? none;
  return { title, documentNumber, issuer, date: { ...date, iso: isoDate(date.value) } };
}

/**
 * The document's title: the metadata's 名称, else the document's own title, else the title as
 * the page header printed it, else the first words of the text.
 */
export function deriveTitle(sources: Pick<FactSources, 'metadata' | 'chrome' | 'title' | 'firstLine'>): Fact & { value: string } {
  const name = sources.metadata.find((f) => f.key === 'name')?.value;
  if (name) return { value: name, from: 'metadata' };
  if (sources.title) return { value: sources.title, from: 'title' };
  const pageTitle = sources.chrome.lines.filter((l) => l.kind === 'page-title').map((l) => l.text).join('');
  if (pageTitle) return { value: pageTitle, from: 'page-title' };
  return { value: firstSentence(sources.firstLine), from: 'first-line' };
}

function firstSentence(text: string): string {
  const stop = text.search(/[。；：:]/u);
  return stop > 0 && stop <= 40 ? text.slice(0, stop) : `${text.slice(0, 30)}${text.length > 30 ? '…' : ''}`;
}
