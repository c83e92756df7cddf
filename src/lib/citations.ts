import { type CitationLinks, linkCitations } from '../../scripts/lib/citations/link-citations.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { getNotices } from './notices.ts';

const linksByScript = new Map<Script, Promise<Map<string, CitationLinks>>>();

/** Every notice's citations linked across the archive (both directions), computed once per script and build. */
export function citationLinks(script: Script): Promise<Map<string, CitationLinks>> {
  let links = linksByScript.get(script);
  if (!links) {
    links = getNotices(script).then(linkCitations);
    linksByScript.set(script, links);
  }
  return links;
}

/** One notice's citations and the places that cite it. */
export async function citationsOfNotice(script: Script, slug: string): Promise<CitationLinks> {
  return (await citationLinks(script)).get(slug) ?? { cites: [], citedBy: [] };
}

/** The slug of the archive's notice a citation names, or null (not in the archive, or unknown id). */
export async function citationTarget(script: Script, slug: string, id: string): Promise<string | null> {
  return (await citationsOfNotice(script, slug)).cites.find((c) => c.id === id)?.target ?? null;
}
