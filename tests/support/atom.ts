import { parseXml, XmlElement } from '@rgrove/parse-xml';

const ATOM = 'http://www.w3.org/2005/Atom';

/** An Atom entry as a reader gets it. */
export interface ReadEntry {
  id: string;
  title: string;
  /** href of link rel="alternate" (Atom's default rel). */
  link: string | undefined;
  updated: string;
  published: string | undefined;
  author: string | undefined;
  summary: string | undefined;
}

/** An Atom feed as a reader gets it. */
export interface ReadFeed {
  lang: string | undefined;
  id: string;
  title: string;
  updated: string;
  /** href of each link by rel. */
  links: Record<string, string>;
  author: string | undefined;
  entries: ReadEntry[];
}

const children = (el: XmlElement, name: string) => el.children.filter((c): c is XmlElement => c instanceof XmlElement && c.name === name);
const text = (el: XmlElement, name: string) => children(el, name)[0]?.text;
const required = (el: XmlElement, name: string) => {
  const found = children(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>, Atom requires one`);
  return found[0]!.text;
};
const links = (el: XmlElement) => Object.fromEntries(children(el, 'link').map((l) => [l.attributes.rel ?? 'alternate', l.attributes.href!]));

/**
 * Parse an Atom document with a strict XML parser (it throws on anything not well-formed) and
 * read what a feed reader uses. Throws when an element Atom requires once is missing or repeated.
 */
export function readAtom(xml: string): ReadFeed {
  const root = parseXml(xml).root;
  if (!root || root.name !== 'feed' || root.attributes.xmlns !== ATOM) throw new Error('not an Atom feed');
  return {
    lang: root.attributes['xml:lang'],
    id: required(root, 'id'),
    title: required(root, 'title'),
    updated: required(root, 'updated'),
    links: links(root),
    author: children(root, 'author')[0] && text(children(root, 'author')[0]!, 'name'),
    entries: children(root, 'entry').map((e) => ({
      id: required(e, 'id'),
      title: required(e, 'title'),
      link: links(e).alternate,
      updated: required(e, 'updated'),
      published: text(e, 'published'),
      author: children(e, 'author')[0] && text(children(e, 'author')[0]!, 'name'),
      summary: text(e, 'summary'),
    })),
  };
}
