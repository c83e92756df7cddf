import type { PhrasingContent, Root, RootContent } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Chapter, Measure, Notice, Paragraph, Piece } from '../model.ts';
import { markerLabel } from '../parse/numbering.ts';
import { NUMBER_WITH_UNIT } from '../typography/full-width-punctuation.ts';
import { departmentsOfMeasure } from '../model-queries.ts';
import type { Script } from '../script/scripts.ts';
import { type Citation, readCitations } from '../citations/read-citations.ts';

// The generated MDX uses four components, mapped to Astro components in src/components/mdx.ts:
// `Para` (one paragraph with a stable id), `Duty` (a responsibility clause), `Fix` (a
// correction of the published text, see scripts/lib/corrections/) and `Cite` (a citation of
// another document, linked at render time when the archive holds it, see scripts/lib/citations/).

/**
 * A literal attribute. MDX decodes character references in attribute values but the
 * serializer leaves `&` alone, so it is escaped here: `&lt;` in a heading stays `&lt;`.
 */
function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value: value.replace(/&/g, '&amp;') };
}

/**
 * The heading level of sub-items depends on the page (measure page or full text), so it
 * comes from the `headingLevel` prop the page passes to the rendered content.
 */
const HEADING_LEVEL: MdxJsxAttribute = {
  type: 'mdxJsxAttribute',
  name: 'level',
  value: { type: 'mdxJsxAttributeValueExpression', value: 'props.headingLevel' },
};

/** Plain text, with each number and its unit (200张, 2025年, 85%) in a no-break span. */
function textWithNumbers(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    if (m.index > at) out.push({ type: 'text', value: text.slice(at, m.index) });
    out.push({ type: 'mdxJsxTextElement', name: 'span', attributes: [attribute('class', 'nw')], children: [{ type: 'text', value: m[0] }] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

/** Where to mark citations in a paragraph: the citations not yet placed, in reading order, and the notice they belong to. */
interface CitationMarks {
  notice: string;
  script: Script;
  pending: Citation[];
}

/** Plain text with the anchors of the paragraph's citations (《title》, or a number alone) marked as `<Cite>`, in order. */
function textWithCitations(text: string, marks: CitationMarks | undefined): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  while (marks && marks.pending.length > 0) {
    const citation = marks.pending[0]!;
    const found = text.indexOf(citation.anchor, at);
    if (found < 0) break;
    if (found > at) out.push(...textWithNumbers(text.slice(at, found)));
    out.push({ type: 'mdxJsxTextElement', name: 'Cite', attributes: [attribute('id', citation.id), attribute('notice', marks.notice), attribute('script', marks.script)], children: textWithNumbers(citation.anchor) });
    at = found + citation.anchor.length;
    marks.pending.shift();
  }
  if (at < text.length) out.push(...textWithNumbers(text.slice(at)));
  return out;
}

/** Text with its corrections: each as a `<Fix>` holding the corrected text, the original in an attribute. */
function piecesToMdast(pieces: Piece[], script: Script, marks?: CitationMarks): PhrasingContent[] {
  return pieces.flatMap((piece): PhrasingContent[] => {
    if (typeof piece === 'string') return textWithCitations(piece, marks);
    const fix: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'Fix',
      attributes: [attribute('id', piece.correction), attribute('status', piece.status), attribute('original', piece.original), attribute('script', script)],
      children: [{ type: 'text', value: piece.corrected }],
    };
    return [fix];
  });
}

/**
 * One paragraph of the model as a `<Para>` element holding text, `<Duty>` clauses and `<Cite>`
 * citations; `script` is the script the paragraph is written in. A citation whose anchor does
 * not stand whole in one piece of text (a correction falls inside it, or it is in the heading)
 * is left unmarked: the notice's references page still lists it.
 */
export function paragraphToMdast(paragraph: Paragraph, script: Script = 'zh-Hans', citations?: { notice: string; all: Citation[] }): MdxJsxFlowElement {
  const marks = citations && { notice: citations.notice, script, pending: placeable(paragraph, citations.all.filter((c) => c.paragraph === paragraph.id)) };
  const children: PhrasingContent[] = paragraph.segments.flatMap((segment): PhrasingContent[] => {
    const content = piecesToMdast(segment.pieces ?? [segment.text], script, marks);
    if (segment.kind === 'text') return content;
    const duty: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'Duty',
      attributes: [attribute('id', segment.id), attribute('departments', segment.departments.map((d) => d.id).join(' '))],
      children: content,
    };
    return [duty];
  });
  const attributes = [attribute('id', paragraph.id), attribute('script', script)];
  const marker = paragraph.item?.marker.trim();
  if (paragraph.heading) {
    attributes.push(attribute('heading', paragraph.heading), attribute('terminator', paragraph.headingTerminator ?? ''), HEADING_LEVEL);
    if (marker) attributes.push(attribute('marker', marker));
  } else if (marker) {
    // An item without a heading: its number leads the text, as in the document.
    children.unshift({ type: 'mdxJsxTextElement', name: 'span', attributes: [attribute('class', 'item-marker')], children: [{ type: 'text', value: marker }] });
  }
  if (paragraph.item) attributes.push(attribute('item', String(paragraph.item.level)));
  return { type: 'mdxJsxFlowElement', name: 'Para', attributes, children: [{ type: 'paragraph', children }] };
}

/** The citations whose anchors stand, in order, each whole inside one piece of plain text of the paragraph's body. */
function placeable(paragraph: Paragraph, citations: Citation[]): Citation[] {
  const texts = paragraph.segments.flatMap((s) => (s.pieces ?? [s.text]).map((p) => (typeof p === 'string' ? p : null)));
  const out: Citation[] = [];
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

/**
 * Serialise an mdast tree with YAML frontmatter to MDX. The frontmatter is written as JSON
 * (valid YAML), and text is escaped by mdast-util-to-markdown, so `{`, `<`, `import` or a
 * leading `#` in a notice stay text.
 *
 * toMdx({ id: 'm01' }, [paragraphToMdast(p)]) -> '---\n{"id":"m01"}\n---\n\n<Para id="m01-p1">\n  …'
 */
export function toMdx(frontmatter: object, content: RootContent[]): string {
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: JSON.stringify(frontmatter, null, 2) }, ...content] };
  return toMarkdown(tree, { extensions: [frontmatterToMarkdown(['yaml']), mdxToMarkdown()] });
}

/** Frontmatter of a measure's MDX file; mirrored by the zod schema in src/content.config.ts. */
export interface MeasureFrontmatter {
  notice: string;
  script: Script;
  number: number;
  numeral: string;
  title: string;
  titleTerminator: string | null;
  /** The measure's label in the document's numbering style: （一）, 1., 第三条. */
  label: string;
  chapter: number | null;
  chapterLabel: string | null;
  chapterTitle: string | null;
  departments: string[];
  paragraphs: string[];
}

/** The MDX file of one measure. */
export function measureToMdx(notice: Notice, script: Script, measure: Measure): string {
  const chapter = notice.plan.chapters.find((c) => c.number === measure.chapter) ?? null;
  const departments = departmentsOfMeasure(measure);
  const frontmatter: MeasureFrontmatter = {
    notice: notice.slug,
    script,
    number: measure.number,
    numeral: measure.numeral,
    title: measure.title,
    titleTerminator: measure.titleTerminator,
    label: markerLabel(measure.style, measure.numeral),
    chapter: chapter?.number ?? null,
    chapterLabel: chapter ? markerLabel(chapter.style, chapter.numeral) : null,
    chapterTitle: chapter?.title ?? null,
    departments,
    paragraphs: measure.paragraphs.map((p) => p.id),
  };
  return toMdx(frontmatter, measure.paragraphs.map((p) => paragraphToMdast(p, script, citationsOf(notice))));
}

/** The MDX file of the notice's front matter: the cover notice's body and the plan's preamble. */
export function overviewToMdx(notice: Notice, script: Script, part: 'cover' | 'preamble'): string {
  const paragraphs = part === 'cover' ? (notice.cover?.body ?? []) : notice.plan.preamble;
  return toMdx({ notice: notice.slug, script, part }, paragraphs.map((p) => paragraphToMdast(p, script, citationsOf(notice))));
}

/** The MDX file of the text standing directly under a chapter heading (总体目标, 指导思想…). */
export function chapterTextToMdx(notice: Notice, script: Script, chapter: Chapter): string {
  return toMdx({ notice: notice.slug, script, chapter: chapter.id }, chapter.paragraphs.map((p) => paragraphToMdast(p, script, citationsOf(notice))));
}

const citationsCache = new WeakMap<Notice, { notice: string; all: Citation[] }>();

/** The notice's citations, read once per notice model. */
function citationsOf(notice: Notice): { notice: string; all: Citation[] } {
  let citations = citationsCache.get(notice);
  if (!citations) citationsCache.set(notice, (citations = { notice: notice.slug, all: readCitations(notice) }));
  return citations;
}
