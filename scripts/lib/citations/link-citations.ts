import type { NoticeHead, NoticeSummary } from '../notice-summary.ts';
import { type Citation, documentNumberKey, ownKeys, titleKey } from './read-citations.ts';

/** A citation with the archive's notice it names, if the archive holds it. */
export interface LinkedCitation extends Citation {
  /** Slug of the cited notice, or null for a document outside the archive. */
  target: string | null;
  /** How the target was found: by its document number, by its title, or not at all. */
  matchedBy: 'number' | 'title' | null;
}

/** A place where another notice of the archive cites this one. */
export interface CitedBy {
  /** Slug of the citing notice. */
  notice: string;
  citation: LinkedCitation;
}

/** Both directions for one notice. */
export interface CitationLinks {
  cites: LinkedCitation[];
  citedBy: CitedBy[];
}

/**
 * The citations of every notice in an archive, each linked to the notice it names: by document
 * number first (the damaged forms meet through documentNumberKey), by title otherwise. A title
 * that two notices share links to neither, and a title never overrides a number: a citation
 * whose number names a document outside the archive is not linked to a namesake by its title.
 *
 * linkCitations([district, municipal]).get('district')!.cites[0].target -> 'municipal'
 */
export function linkCitations(notices: Pick<NoticeSummary, keyof NoticeHead | 'citations'>[]): Map<string, CitationLinks> {
  const byNumber = new Map<string, string | null>();
  const byTitle = new Map<string, string | null>();
  const numbered = new Set<string>();
  for (const notice of notices) {
    const keys = ownKeys(notice);
    for (const key of keys.numbers) claim(byNumber, key, notice.slug);
    for (const key of keys.titles) claim(byTitle, key, notice.slug);
    if (keys.numbers.size > 0) numbered.add(notice.slug);
  }
  const links = new Map<string, CitationLinks>(notices.map((n) => [n.slug, { cites: [], citedBy: [] }]));
  for (const notice of notices) {
    for (const citation of notice.citations) {
      const linked = link(citation, byNumber, byTitle, numbered);
      links.get(notice.slug)!.cites.push(linked);
      if (linked.target && linked.target !== notice.slug) links.get(linked.target)!.citedBy.push({ notice: notice.slug, citation: linked });
    }
  }
  return links;
}

/** Records that `key` names `slug`; a key two notices share names neither (null). */
function claim(index: Map<string, string | null>, key: string, slug: string): void {
  index.set(key, index.has(key) && index.get(key) !== slug ? null : slug);
}

function link(citation: Citation, byNumber: Map<string, string | null>, byTitle: Map<string, string | null>, numbered: Set<string>): LinkedCitation {
  const numberKey = citation.number ? documentNumberKey(citation.number) : null;
  const byItsNumber = numberKey ? byNumber.get(numberKey) : undefined;
  if (byItsNumber) return { ...citation, target: byItsNumber, matchedBy: 'number' };
  const byItsTitle = citation.title ? byTitle.get(titleKey(citation.title)) : undefined;
  // A number that names no notice here rules out a namesake that has a number of its own.
  if (byItsTitle && !(numberKey && numbered.has(byItsTitle))) return { ...citation, target: byItsTitle, matchedBy: 'title' };
  return { ...citation, target: null, matchedBy: null };
}

/** One cited document with every place that cites it. */
export interface CitedDocument {
  /** The title as first cited with one (without 《》), or null when only its number is cited. */
  title: string | null;
  /** The number as first cited with one, or null. */
  number: string | null;
  /** The archive's notice, or null. */
  target: string | null;
  citations: LinkedCitation[];
}

/**
 * The documents a notice cites, each once, in order of first citation: citations are the same
 * document when they link to the same notice, or share a title or number key.
 *
 * citedDocuments(cites).map((d) => d.citations.length) -> [2, 1]
 */
export function citedDocuments(cites: LinkedCitation[]): CitedDocument[] {
  const documents: (CitedDocument & { keys: Set<string> })[] = [];
  for (const citation of cites) {
    const keys = new Set([citation.target && `notice:${citation.target}`, citation.title && `title:${titleKey(citation.title)}`, citation.number && `number:${documentNumberKey(citation.number) ?? citation.number}`].filter((k): k is string => Boolean(k)));
    const same = documents.find((d) => (citation.target ? d.target === citation.target : d.target === null && [...keys].some((k) => d.keys.has(k))));
    if (same) {
      same.citations.push(citation);
      same.title ??= citation.title;
      same.number ??= citation.number;
      for (const k of keys) same.keys.add(k);
    } else {
      documents.push({ title: citation.title, number: citation.number, target: citation.target, citations: [citation], keys });
    }
  }
  return documents.map(({ keys: _keys, ...document }) => document);
}
