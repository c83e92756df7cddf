import { escapeXml } from './xml.ts';

/** One entry of an Atom feed. URLs are absolute. */
export interface AtomEntry {
  /** A permanent, unique IRI: here the page's absolute URL. */
  id: string;
  title: string;
  /** The page the entry stands for (link rel="alternate"). */
  url: string;
  /** The day the entry dates from (2022-12-17), or null when unknown. */
  date: string | null;
  /** The author's name, or null (the feed's author then stands for it). */
  author: string | null;
  /** A line of text, or null for none. */
  summary: string | null;
}

/** An Atom 1.0 feed (RFC 4287). URLs are absolute. */
export interface AtomFeed {
  /** The feed's own URL: its id and its rel="self" link. */
  url: string;
  /** The HTML page the feed belongs to (rel="alternate"). */
  homeUrl: string;
  /** xml:lang of the whole feed, e.g. zh-Hans. */
  lang: string;
  title: string;
  subtitle: string | null;
  /** The feed's author, standing for entries that have none. */
  author: string;
  /** In the order they are to appear. */
  entries: AtomEntry[];
}

/**
 * The instant written for a day: its midnight in China Standard Time, the time zone the
 * notices are dated in. An unknown day is the Unix epoch: Atom requires a date on every entry,
 * the output must not depend on when it was built, and the epoch sorts an undated entry last
 * in a reader, where the archive's own list puts it.
 *
 * atomDate('2022-12-17') -> '2022-12-17T00:00:00+08:00'; atomDate(null) -> '1970-01-01T00:00:00Z'
 */
export function atomDate(day: string | null): string {
  return day ? `${day}T00:00:00+08:00` : '1970-01-01T00:00:00Z';
}

/**
 * An Atom 1.0 document. The feed's <updated> is its newest entry's date (the epoch when no
 * entry is dated), never the time of the build, so two builds write the same bytes.
 *
 * atomFeed({ url: 'https://x/feed.xml', …, entries: [{ id: 'https://x/a/', title: '甲', date: '2022-12-17', … }] })
 *   -> '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">…'
 */
export function atomFeed(feed: AtomFeed): string {
  const days = feed.entries.map((e) => e.date).filter((d): d is string => d !== null);
  const newest = days.length ? days.reduce((a, b) => (b > a ? b : a)) : null;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.url)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.url)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `  <updated>${atomDate(newest)}</updated>`,
    ...author(feed.author, '  '),
    ...feed.entries.flatMap(entry),
    '</feed>',
    '',
  ].join('\n');
}

function entry(e: AtomEntry): string[] {
  return [
    '  <entry>',
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
    ...(e.date ? [`    <published>${atomDate(e.date)}</published>`] : []),
    `    <updated>${atomDate(e.date)}</updated>`,
    ...(e.author ? author(e.author, '    ') : []),
    ...(e.summary ? [`    <summary>${escapeXml(e.summary)}</summary>`] : []),
    '  </entry>',
  ];
}

function author(name: string, indent: string): string[] {
  return [`${indent}<author>`, `${indent}  <name>${escapeXml(name)}</name>`, `${indent}</author>`];
}
