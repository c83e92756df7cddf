import { readFileSync } from 'node:fs';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { linkCitations } from '../../scripts/lib/citations/link-citations.ts';
import { summarize } from '../../scripts/lib/notice-summary.ts';
import { applyCorrections } from '../../scripts/lib/corrections/apply-corrections.ts';
import { readCorrections } from '../../scripts/lib/corrections/read-corrections.ts';
import type { LinkedCitation } from '../../scripts/lib/citations/link-citations.ts';
import type { Notice, Paragraph } from '../../scripts/lib/model.ts';
import { correctedText } from '../../scripts/lib/model-queries.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { paragraphsHtml, type SubitemLevel, type TextContext } from '../../src/lib/official-text.ts';

const SEED = 'seeds/jizhou-2022-16.txt';
const seed = applyCorrections(parseNotice(readFileSync(SEED), { file: SEED }), readCorrections(SEED), 'seeds/jizhou-2022-16.corrections.json');
const CLEAN = readFileSync(new URL('../fixtures/parse/clean-notice/input.txt', import.meta.url), 'utf8');

/** The context a page of the notice gives: its citations linked across `archive` (the notice alone by default). */
function contextOf(notice: Notice, archive: Notice[] = [notice]): TextContext {
  return { script: 'zh-Hans', citations: linkCitations(archive.map((n) => summarize(n, 'zh-Hans'))).get(notice.slug)!.cites, noticeHref: (slug) => `/${slug}/` };
}
const NO_CITATIONS: TextContext = { script: 'zh-Hans', citations: [], noticeHref: (slug) => `/${slug}/` };

/** What a reader of the rendered page gets from one paragraph: its id, heading and text, its clauses, corrections and citations. */
interface ReadPara {
  id: string;
  heading: string | undefined;
  text: string;
  duties: { id: string; departments: string; text: string }[];
  fixes: { words: string; ref: string; href: string }[];
  cites: { text: string; href: string | null }[];
  permalink: string;
}

const classOf = (e: Element) => ((e.properties.className as string[] | undefined) ?? []).join(' ');
const elements = (nodes: ElementContent[]) => nodes.filter((n): n is Element => n.type === 'element');

/**
 * Read paragraphs back from the HTML, the way a browser parses it. Fails on anything text
 * could have turned into: other elements, scripts, comments, attributes out of place.
 */
function readParas(html: string, level: SubitemLevel): ReadPara[] {
  const root = fromHtml(html, { fragment: true });
  for (const node of root.children) if (node.type !== 'element') expect(node).toMatchObject({ type: 'text', value: '\n' });
  return elements(root.children as ElementContent[]).map((div): ReadPara => {
    expect([div.tagName, classOf(div)]).toEqual(['div', 'para']);
    const id = String(div.properties.id);
    const [first, ...rest] = elements(div.children);
    const heading = first!.tagName === 'p' ? undefined : first!;
    if (heading) expect([heading.tagName, classOf(heading)]).toEqual([`h${level}`, 'subitem']);
    const [p, permalink, ...extra] = heading ? rest : [first!, ...rest];
    expect(extra).toEqual([]);
    expect(p!.tagName).toBe('p');
    expect([permalink!.tagName, classOf(permalink!), permalink!.properties.href]).toEqual(['a', 'permalink', `#${id}`]);
    const read: ReadPara = { id, heading: heading && textOf(heading.children), text: '', duties: [], fixes: [], cites: [], permalink: String(permalink!.properties.ariaLabel) };
    read.text = inline(p!.children, read);
    return read;
  });
}

/** Text only: a heading or the words of a no-break span. */
function textOf(nodes: ElementContent[]): string {
  return nodes.map((n) => {
    expect(n.type, 'only text here').toBe('text');
    return n.type === 'text' ? n.value : '';
  }).join('');
}

/** The text of a paragraph's body, as read; clauses, corrections and citations collected into `read`. */
function inline(nodes: ElementContent[], read: ReadPara): string {
  let text = '';
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i]!;
    if (node.type === 'text') {
      text += node.value;
      continue;
    }
    expect(node.type).toBe('element');
    if (node.type !== 'element') continue;
    const kind = `${node.tagName}.${classOf(node)}`;
    if (kind === 'span.nw' || kind === 'span.item-marker') text += textOf(node.children);
    else if (kind === 'span.duty') {
      const words = inline(node.children, read);
      read.duties.push({ id: String(node.properties.id), departments: String(node.properties.dataDepartments), text: words });
      text += words;
    } else if (kind === 'a.cite-link') {
      const words = inline(node.children, read);
      read.cites.push({ text: words, href: String(node.properties.href) });
      text += words;
    } else if (kind === 'ins.fix' || kind === 'mark.uncertain') {
      const ref = nodes[i + 1] as Element;
      expect([ref.tagName, classOf(ref)]).toEqual(['a', 'fix-ref']);
      const words = textOf(node.children);
      read.fixes.push({ words, ref: textOf(ref.children), href: String(ref.properties.href) });
      text += words;
      i += 1;
    } else expect.unreachable(`unexpected ${kind} in ${read.id}`);
  }
  return text;
}

/** What the model says the same paragraphs should read as: the text with its corrections applied. */
function expected(paragraphs: Paragraph[]) {
  return paragraphs.map((p) => ({
    id: p.id,
    heading: p.heading ?? undefined,
    text: (!p.heading && p.item ? p.item.marker.trim() : '') + p.segments.map((s) => correctedText(s.pieces ?? [s.text])).join(''),
    duties: p.segments.flatMap((s) => (s.kind === 'responsibility' ? [{ id: s.id, departments: s.departments.map((d) => d.id).join(' '), text: correctedText(s.pieces ?? [s.text]) }] : [])),
  }));
}
const essentials = ({ id, heading, text, duties }: ReadPara) => ({ id, heading, text, duties });

describe('the official text of the seed', () => {
  it.each(seed.plan.measures.map((m) => [m.id, m] as const))('%s reads back as exactly the corrected model text', (_id, measure) => {
    expect(readParas(paragraphsHtml(measure.paragraphs, 2, contextOf(seed)), 2).map(essentials)).toEqual(expected(measure.paragraphs));
  });

  it('writes the cover and preamble text back exactly, at the heading level the page asks for', () => {
    expect(readParas(paragraphsHtml(seed.cover!.body, 3, contextOf(seed)), 3).map(essentials)).toEqual(expected(seed.cover!.body));
    expect(readParas(paragraphsHtml(seed.plan.preamble, 3, contextOf(seed)), 3).map(essentials)).toEqual(expected(seed.plan.preamble));
  });

  it('marks every correction with its number, linked to its note', () => {
    const read = seed.plan.measures.flatMap((m) => readParas(paragraphsHtml(m.paragraphs, 2, contextOf(seed)), 2));
    const inMeasures = seed.corrections.filter((c) => c.measure !== null);
    expect(read.flatMap((p) => p.fixes).map((f) => f.href).sort()).toEqual(inMeasures.map((c) => `#note-${c.id}`).sort());
    expect(read.flatMap((p) => p.fixes)).toContainEqual({ words: '“一老一小”服务', ref: '[11]', href: '#note-k11' });
  });

  it('names each permalink for a listener: 第2项措施第3段', () => {
    expect(readParas(paragraphsHtml(seed.plan.measures[1]!.paragraphs, 2, contextOf(seed)), 2)[2]!.permalink).toBe('链接到此段：第2项措施第3段');
  });
});

describe('citations in the text', () => {
  const citing = parseNotice(new TextEncoder().encode(CLEAN.replace('(二)扩大普惠性生活服务供给。', '落实《蓟州区生活性服务业发展行动方案》要求。\n\n(二)扩大普惠性生活服务供给。')), { file: 'citing.txt' });
  const paragraph = citing.plan.measures[0]!.paragraphs.at(-1)!;

  it('links a citation of a notice the archive holds, and leaves one outside it as plain text', () => {
    const [inArchive] = readParas(paragraphsHtml([paragraph], 2, contextOf(citing, [citing, seed])), 2);
    expect(inArchive!.cites).toEqual([{ text: '《蓟州区生活性服务业发展行动方案》', href: `/${seed.slug}/` }]);
    const [alone] = readParas(paragraphsHtml([paragraph], 2, contextOf(citing)), 2);
    expect(alone!.cites).toEqual([]);
    expect(alone!.text).toBe(inArchive!.text);
  });

  it('does not mark a citation whose anchor a correction cuts through', () => {
    const cited: LinkedCitation = { id: 'm01-p1-c1', paragraph: 'm01-p1', measure: 1, title: '某某方案', number: null, anchor: '《某某方案》', target: 'other', matchedBy: 'title' };
    const cut: Paragraph = { id: 'm01-p1', line: 1, heading: null, headingTerminator: null, segments: [{ kind: 'text', text: '落实《某某方案》。', pieces: ['落实《某', { correction: 'k1', original: '某', corrected: '某', status: 'uncertain' }, '方案》。'] }] };
    const [read] = readParas(paragraphsHtml([cut], 2, { ...NO_CITATIONS, citations: [cited] }), 2);
    expect(read!.cites).toEqual([]);
    expect(read!.fixes).toEqual([{ words: '某', ref: '[1]', href: '#note-k1' }]);
  });
});

/** Text that HTML, Markdown or a template language would act on if it were not escaped. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '{props.x}',
  '{1+1}',
  '`code` and ``` fences',
  'import x from "y"',
  "export const a = 'b'",
  '# heading',
  '<!-- c -->',
  '&amp; &lt; &#x41;',
  '\\',
  '[link](https://example.com) <https://example.com>',
  '<div class="para" id="x">',
  '</p></div>',
  '<span class="duty">伪造</span>',
  '" onmouseover="alert(1)',
];

const plain = (id: string, text: string, heading: string | null = null): Paragraph => ({ id, line: 1, heading, headingTerminator: heading ? '。' : null, segments: [{ kind: 'text', text }] });

describe('hostile text stays text', () => {
  it.each(HOSTILE)('%j as a whole paragraph, inside prose, as a heading and inside a clause', (hostile) => {
    const paragraphs: Paragraph[] = [
      plain('m01-p1', hostile),
      plain('m01-p2', `加强管理${hostile}促进发展。`),
      plain('m01-p3', `${hostile}加强管理。`, hostile),
      {
        id: 'm01-p4',
        line: 1,
        heading: null,
        headingTerminator: null,
        segments: [
          { kind: 'text', text: hostile },
          { kind: 'responsibility', id: 'm01-p4-r1', text: `(区教育局${hostile}负责)`, departments: [{ id: 'jiaoyu', name: '区教育局', role: 'responsible' }], verb: '负责', form: 'verbal', note: null },
          { kind: 'text', text: hostile },
        ],
      },
    ];
    expect(readParas(paragraphsHtml(paragraphs, 4, NO_CITATIONS), 4).map(essentials)).toEqual(expected(paragraphs));
  });

  it('keeps hostile lines of a parsed notice as text', () => {
    const lines = ['import fs from "fs"', 'export const a = 1', '<script>alert("x")</script>{1+1}', '# 标题'];
    const text = CLEAN.replace('(二)扩大普惠性生活服务供给。', `${lines.map((l) => `${l}\n\n`).join('')}(二)扩大普惠性生活服务供给。`);
    const notice = parseNotice(new TextEncoder().encode(text), { file: 'hostile.txt' });
    const measure = notice.plan.measures[0]!;
    expect(measure.paragraphs.slice(-lines.length).map((p) => p.segments.map((s) => s.text).join(''))).toEqual(lines);
    expect(readParas(paragraphsHtml(measure.paragraphs, 2, contextOf(notice)), 2).map(essentials)).toEqual(expected(measure.paragraphs));
  });
});
