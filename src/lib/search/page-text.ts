import { normalizePhrase, normalizeText, sourceRange, type NormalizedText } from './normalize.ts';
import { UNITS_META, type UnitsMeta } from './units.ts';

/** The part of Pagefind's page data (`result.data()`) the search uses. */
export interface PageData {
  url: string;
  /** The indexed text with Pagefind's zero-width word separators removed. */
  content: string;
  /** The same text with the separators (and < > escaped), as Pagefind counts words in it. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  /** Elements with an id inside the indexed text; `location` is the word they start at. */
  anchors?: { element: string; id: string; location: number; text?: string }[];
}

/** A block of the page: its title area (id null) or one paragraph (id like m12-p3). */
export interface Block {
  id: string | null;
  /** Offsets in `PreparedPage.source`. */
  start: number;
  end: number;
}

/**
 * What a result can be, ready for matching: an indexed page, or one unit of a full-text page
 * (a measure, a chapter's own text: ./units.ts). Its text is normalised and cut into paragraphs.
 */
export interface PreparedPage {
  /** The Pagefind page id, with `#<section id>` for a unit. */
  id: string;
  url: string;
  title: string;
  /** Measure number, null for other pages. */
  number: number | null;
  chapter: string | null;
  /** The chapter's heading, when the page says it (a full text's units do). */
  chapterTitle: string | null;
  /** In an archive, the notice's title (Pagefind meta `notice`), or null. */
  notice: string | null;
  /** Filter name -> values, as Pagefind's filters but the unit's own chapter and departments. */
  filters: Record<string, string[]>;
  /** The indexed text as shown to readers. */
  source: string;
  normal: NormalizedText;
  normalTitle: string;
  blocks: Block[];
}

/** Paragraph anchors (m12-p3, cover-p1, preamble-p2, c2-p1) and headings with an id (plan-title) start blocks. */
const PARAGRAPH_ID = /^[a-z0-9]+-p\d+$/;
const isBlockAnchor = (a: { element: string; id: string }) => PARAGRAPH_ID.test(a.id) || /^h[1-6]$/i.test(a.element);

/**
 * Word start offsets of the text as Pagefind counted words for anchor locations: the indexed
 * text is cut at zero-width spaces and white space. Offsets are in the text without the
 * zero-width spaces (Pagefind's `content`).
 */
export function wordStarts(raw: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  let inWord = false;
  for (const char of raw) {
    if (char === '\u200b') {
      inWord = false;
      continue;
    }
    if (/\s/.test(char)) inWord = false;
    else if (!inWord) {
      starts.push(offset);
      inWord = true;
    }
    offset += char.length;
  }
  return starts;
}

type Anchor = NonNullable<PageData['anchors']>[number] & { start: number };

/**
 * The results a Pagefind page can give: the page itself, or, for a page with `units` meta (a
 * notice's full text), each of its units, cut at the section anchors: a unit runs from its
 * section to the next section (the next measure or chapter), and its heading is its title area.
 */
export function preparePage(id: string, data: PageData): PreparedPage[] {
  const raw = (data.raw_content ?? data.content).replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const source = raw.replace(/\u200b/g, '');
  const starts = wordStarts(raw);
  const anchors: Anchor[] = (data.anchors ?? []).map((a) => ({ ...a, start: starts[a.location] ?? source.length }));
  const filters = Object.fromEntries(Object.entries(data.filters ?? {}).map(([k, v]) => [k, v ?? []]));
  const notice = data.meta.notice ?? null;
  const unitsMeta = data.meta[UNITS_META];
  if (!unitsMeta) {
    const number = Number(data.meta.number);
    const title = data.meta.title ?? data.url;
    const head = { id, url: data.url, title, number: Number.isInteger(number) && number > 0 ? number : null, chapter: filters.chapter?.[0] ?? null, chapterTitle: null, notice, filters };
    return [prepared(head, source, 0, source.length, anchors.filter(isBlockAnchor))];
  }
  const { departments, chapters, units } = JSON.parse(unitsMeta) as UnitsMeta;
  const sections = anchors.filter((a) => a.element === 'section').map((a) => a.start);
  const byId = new Map(anchors.map((a) => [a.id, a]));
  return units.flatMap(([section, url, number, chapter, departmentIndexes]) => {
    const anchor = byId.get(section);
    if (!anchor) return [];
    const end = Math.min(source.length, ...sections.filter((s) => s > anchor.start));
    const heading = `${section}-h`;
    const blocks = anchors.filter((a) => a.id !== heading && isBlockAnchor(a) && a.start >= anchor.start && a.start < end);
    const unitFilters = { ...filters, chapter: chapter ? [chapter] : [], department: departmentIndexes.map((i) => departments[i]!) };
    const chapterTitle = chapter ? (chapters[chapter] ?? null) : null;
    const title = (number === null ? chapterTitle : byId.get(heading)?.text) || url;
    const head = { id: `${id}#${section}`, url, title, number, chapter, chapterTitle, notice, filters: unitFilters };
    return [prepared(head, source, anchor.start, end, blocks)];
  });
}

/** A page or unit from its range [from, to) of the page's text and the block anchors inside it. */
function prepared(head: Omit<PreparedPage, 'source' | 'normal' | 'normalTitle' | 'blocks'>, pageSource: string, from: number, to: number, anchors: Anchor[]): PreparedPage {
  const source = pageSource.slice(from, to);
  const paragraphs = anchors.map((a) => ({ id: a.id, start: a.start - from })).sort((a, b) => a.start - b.start);
  const blocks: Block[] = [];
  const first = paragraphs[0]?.start ?? source.length;
  if (first > 0) blocks.push({ id: null, start: 0, end: first });
  paragraphs.forEach((p, i) => blocks.push({ id: p.id, start: p.start, end: paragraphs[i + 1]?.start ?? source.length }));
  return { ...head, source, normal: normalizeBlocks(source, blocks), normalTitle: normalizePhrase(head.title), blocks };
}

/**
 * The normalised text of a page, block by block, with a separator between blocks that no query
 * holds: a term never runs from a heading into the paragraph after it, whether or not Pagefind
 * put its ". " between them (it does not after a heading whose text is a link).
 */
function normalizeBlocks(source: string, blocks: Block[]): NormalizedText {
  const out: NormalizedText = { text: '', start: [], end: [] };
  blocks.forEach((block, i) => {
    if (i > 0) {
      out.text += BLOCK_SEPARATOR;
      out.start.push(block.start);
      out.end.push(block.start);
    }
    const part = normalizeText(source.slice(block.start, block.end));
    out.text += part.text;
    for (let k = 0; k < part.start.length; k++) {
      out.start.push(part.start[k]! + block.start);
      out.end.push(part.end[k]! + block.start);
    }
  });
  return out;
}

/** Between two blocks' normalised texts; a query is normalised text of what was typed, never this. */
const BLOCK_SEPARATOR = '\u0000';

/** A match of a term in a page: normalised range and its source range. */
export interface Occurrence {
  term: number;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Every (non-overlapping) occurrence of each term's variants in the page, in text order. */
export function occurrences(page: PreparedPage, variantsPerTerm: readonly (readonly string[])[]): Occurrence[] {
  const out: Occurrence[] = [];
  variantsPerTerm.forEach((variants, term) => {
    for (const variant of variants) {
      if (variant === '') continue;
      for (let at = page.normal.text.indexOf(variant); at !== -1; at = page.normal.text.indexOf(variant, at + variant.length)) {
        const [start, end] = sourceRange(page.normal, at, at + variant.length);
        out.push({ term, from: at, to: at + variant.length, start, end });
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A piece of an excerpt: plain text or a highlighted match. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  /** The paragraph the excerpt comes from (null: the title area). */
  blockId: string | null;
  parts: ExcerptPart[];
}

const BEFORE = 24;
const LENGTH = 96;

/**
 * The excerpt of a page for a query: from the paragraph holding the most different terms
 * (the earliest of equals, a paragraph before the title area), a window of about 96
 * characters around the first match, every match in it highlighted whole. Without matches,
 * the start of the first paragraph.
 */
export function excerptOf(page: PreparedPage, found: readonly Occurrence[]): Excerpt {
  let best: Block | undefined;
  let bestTerms = -1;
  for (const block of page.blocks) {
    const terms = new Set(found.filter((o) => o.start >= block.start && o.start < block.end).map((o) => o.term)).size;
    const better = terms > bestTerms || (terms === bestTerms && terms > 0 && best?.id === null && block.id !== null);
    if (better) [best, bestTerms] = [block, terms];
  }
  // Without matches (a listing by filter only), the start of the first paragraph.
  if (found.length === 0) best = page.blocks.find((b) => b.id !== null && PARAGRAPH_ID.test(b.id)) ?? page.blocks[0];
  const block = best ?? { id: null, start: 0, end: page.source.length };
  const blockText = trimBlock(page.source, block);
  const inBlock = found.filter((o) => o.start >= block.start && o.end <= blockText.end);
  const anchor = inBlock[0]?.start ?? block.start;
  let from = Math.max(block.start, anchor - BEFORE);
  let to = Math.min(blockText.end, from + LENGTH);
  if (inBlock[0] && inBlock[0].end > to) to = inBlock[0].end;
  if (to - from < LENGTH) from = Math.max(block.start, to - LENGTH);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    // A space the index put between two Chinese characters (a left-out note reference) goes.
    const clean = text.replace(/(?<=\p{sc=Han})\s+(?=\p{sc=Han})/gu, '').replace(/\s+/g, ' ');
    if (clean === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += clean;
    else parts.push({ text: clean, mark });
  };
  if (from > block.start) push('…', false);
  let at = from;
  for (const o of inBlock) {
    if (o.end <= at || o.start >= to) continue;
    const start = Math.max(o.start, at);
    const end = Math.min(o.end, to);
    push(page.source.slice(at, start), false);
    push(page.source.slice(start, end), true);
    at = end;
  }
  push(page.source.slice(at, to), false);
  if (to < blockText.end) push('…', false);
  if (parts[0]) parts[0].text = parts[0].text.trimStart();
  // The same across parts: no space between two Chinese characters.
  parts.forEach((part, i) => {
    const before = parts[i - 1]?.text.at(-1) ?? '';
    if (/^\s/.test(part.text) && /\p{sc=Han}/u.test(before) && /^\s+\p{sc=Han}/u.test(part.text)) part.text = part.text.trimStart();
    const after = parts[i + 1]?.text.trimStart()[0] ?? '';
    if (/\p{sc=Han}\s+$/u.test(part.text) && /\p{sc=Han}/u.test(after)) part.text = part.text.trimEnd();
  });
  return { blockId: block.id, parts };
}

/** A block without the white space and the `.` Pagefind puts after every element. */
function trimBlock(source: string, block: Block): { end: number } {
  let end = block.end;
  for (;;) {
    const text = source.slice(block.start, end);
    if (/\s$/.test(text)) end--;
    else if (/(?<![0-9])\.$/.test(text) && /\s/.test(source[end] ?? ' ')) end--;
    else break;
  }
  return { end };
}
