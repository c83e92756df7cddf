/**
 * The official text of a notice as HTML, written from the model at render time: paragraphs
 * with stable ids and permalinks, responsibility clauses, corrections and citations. Every
 * character of the text is escaped, so text that looks like HTML or code stays text.
 *
 * This replaced one MDX module per measure: Vite bundled each into the server build, which
 * was 43% of Astro's time at 30 notices and grew with the archive (see README, "Scale").
 */
import type { LinkedCitation } from '../../scripts/lib/citations/link-citations.ts';
import type { CorrectionPiece, Paragraph, Piece } from '../../scripts/lib/model.ts';
import { NUMBER_WITH_UNIT } from '../../scripts/lib/typography/full-width-punctuation.ts';
import type { Script } from '../../scripts/lib/script/scripts.ts';
import { format, translator } from '../i18n/ui.ts';

/** Heading levels a sub-item may take on a page. */
export type SubitemLevel = 2 | 3 | 4 | 5;

/** What the text needs besides the paragraphs: its script, and where cited notices live. */
export interface TextContext {
  script: Script;
  /** The notice's citations in reading order, each with the archive's notice it names, if any (linkCitations). */
  citations: LinkedCitation[];
  /** The URL of a notice of the archive in this script, by slug. */
  noticeHref: (slug: string) => string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text made safe for HTML content and attribute values: escape('<a>') -> '&lt;a&gt;'. */
export function escape(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => ESCAPES[c]!);
}

/** Plain text, with each number and its unit (200张, 2025年, 85%) in a no-break span. */
function textWithNumbers(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    out += `${escape(text.slice(at, m.index))}<span class="nw">${escape(m[0])}</span>`;
    at = m.index + m[0].length;
  }
  return out + escape(text.slice(at));
}

/** The citations of one paragraph still to be marked, in reading order. */
type Pending = LinkedCitation[];

/** Plain text with the anchors of the paragraph's citations (《title》, or a number alone) marked, in order; linked where the archive holds the cited notice. */
function textWithCitations(text: string, pending: Pending, context: TextContext): string {
  let out = '';
  let at = 0;
  while (pending.length > 0) {
    const citation = pending[0]!;
    const found = text.indexOf(citation.anchor, at);
    if (found < 0) break;
    const words = textWithNumbers(citation.anchor);
    out += textWithNumbers(text.slice(at, found)) + (citation.target ? `<a class="cite-link" href="${escape(context.noticeHref(citation.target))}">${words}</a>` : words);
    at = found + citation.anchor.length;
    pending.shift();
  }
  return out + textWithNumbers(text.slice(at));
}

/** The link from a correction in the text to its note: on this page, or at `noteHref` (the errata page's row). */
export function fixHtml(piece: CorrectionPiece, script: Script, noteHref?: string): string {
  const id = piece.correction;
  const number = Number(id.replace(/\D/g, ''));
  const label = format(translator(script)('fix.ref'), { number });
  const words = escape(piece.corrected);
  const marked = piece.status === 'corrected' ? `<ins class="fix">${words}</ins>` : `<mark class="uncertain">${words}</mark>`;
  const target = noteHref ? `href="${escape(noteHref)}"` : `href="#note-${escape(id)}" id="ref-${escape(id)}"`;
  return `${marked}<a class="fix-ref" ${target} aria-label="${escape(label)}">[${number}]</a>`;
}

/** Text with its corrections: each shows the corrected words, marked, with a numbered link to its note. */
function piecesHtml(pieces: Piece[], pending: Pending, context: TextContext): string {
  return pieces.map((piece) => (typeof piece === 'string' ? textWithCitations(piece, pending, context) : fixHtml(piece, context.script))).join('');
}

/**
 * The citations whose anchors stand, in order, each whole inside one piece of plain text of
 * the paragraph's body. A citation a correction cuts through, or one in a heading, stays
 * unmarked: the notice's references page still lists it.
 */
function placeable(paragraph: Paragraph, citations: LinkedCitation[]): LinkedCitation[] {
  const texts = paragraph.segments.flatMap((s) => (s.pieces ?? [s.text]).map((p) => (typeof p === 'string' ? p : null)));
  const out: LinkedCitation[] = [];
  let piece = 0;
  let at = 0;
  for (const citation of citations) {
    for (let i = piece; i < texts.length; i += 1) {
      const found = texts[i] === null ? -1 : texts[i]!.indexOf(citation.anchor, i === piece ? at : 0);
      if (found < 0) continue;
      out.push(citation);
      [piece, at] = [i, found + citation.anchor.length];
      break;
    }
  }
  return out;
}

/** A spoken name for a paragraph: m12-p3 -> 第12项措施第3段. */
function describe(paragraphId: string, script: Script): string {
  const t = translator(script);
  const measure = /^m(\d+)-p(\d+)$/.exec(paragraphId);
  if (measure) return format(t('para.ofMeasure'), { measure: Number(measure[1]), paragraph: measure[2]! });
  const other = /^(cover|preamble)-p(\d+)$/.exec(paragraphId);
  if (other) return format(t(other[1] === 'cover' ? 'para.ofCover' : 'para.ofPreamble'), { paragraph: other[2]! });
  return paragraphId;
}

/**
 * One paragraph: its sub-item heading (at `level`), its text with responsibility clauses
 * (`<span class="duty">`, the departments named by id), corrections and citations, and a
 * visible permalink for citation.
 */
export function paragraphHtml(paragraph: Paragraph, level: SubitemLevel, context: TextContext): string {
  const { script } = context;
  const t = translator(script);
  const pending = placeable(paragraph, context.citations.filter((c) => c.paragraph === paragraph.id));
  let body = paragraph.segments
    .map((segment) => {
      const content = piecesHtml(segment.pieces ?? [segment.text], pending, context);
      if (segment.kind === 'text') return content;
      return `<span class="duty" id="${escape(segment.id)}" data-departments="${escape(segment.departments.map((d) => d.id).join(' '))}">${content}</span>`;
    })
    .join('');
  const marker = paragraph.item?.marker.trim();
  // An item without a heading: its number leads the text, as in the document.
  if (marker && !paragraph.heading) body = `<span class="item-marker">${escape(marker)}</span>${body}`;
  const id = escape(paragraph.id);
  const heading = paragraph.heading ? ` <h${level} class="subitem">${escape(paragraph.heading)}</h${level}> ` : '  ';
  const permalink = `<a class="permalink" href="#${id}" aria-label="${escape(t('para.permalinkOf') + describe(paragraph.id, script))}" title="${escape(t('para.permalink'))}">¶</a>`;
  return `<div class="para" id="${id}">${heading}<p>${body}</p>${permalink} </div>`;
}

/** Paragraphs of official text, one after another. */
export function paragraphsHtml(paragraphs: Paragraph[], level: SubitemLevel, context: TextContext): string {
  return paragraphs.map((p) => paragraphHtml(p, level, context)).join('\n');
}
