import { readFileSync } from 'node:fs';
import type { Paragraph as MdParagraph, Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { measureToMdx, overviewToMdx, paragraphToMdast, toMdx } from '../../scripts/lib/emit/emit-mdx.ts';
import type { Paragraph } from '../../scripts/lib/model.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';

const seed = parseNotice(readFileSync(new URL('../../seeds/jizhou-2022-16.txt', import.meta.url)), { file: 'jizhou-2022-16.txt' });
const CLEAN = readFileSync(new URL('../fixtures/parse/clean-notice/input.txt', import.meta.url), 'utf8');

/** Parse MDX the way @astrojs/mdx does (MDX + YAML frontmatter). */
function parseMdx(mdx: string): Root {
  return fromMarkdown(mdx, { extensions: [mdxjs(), frontmatter(['yaml'])], mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
}

const attr = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found ? found.value : undefined;
};

/** What a reader of the rendered page gets from one <Para>: its id, heading and text, with its clauses. */
interface ReadPara {
  id: unknown;
  heading: unknown;
  terminator: unknown;
  text: string;
  duties: { id: unknown; departments: unknown; text: string }[];
}

/** The citations marked in the MDX read last by readParas, by paragraph. */
const citesRead = new Map<unknown, { id: unknown; notice: unknown; text: string }[]>();

/**
 * Read the <Para> elements back from generated MDX. Fails on anything text could have turned
 * into: ESM, expressions, raw HTML, other elements, Markdown constructs (headings, lists, code…).
 */
function readParas(mdx: string): { frontmatter: unknown; paras: ReadPara[] } {
  const tree = parseMdx(mdx);
  const [yaml, ...rest] = tree.children;
  expect(yaml?.type).toBe('yaml');
  const paras = rest.map((node): ReadPara => {
    expect(node.type).toBe('mdxJsxFlowElement');
    const para = node as MdxJsxFlowElement;
    expect(para.name).toBe('Para');
    for (const a of para.attributes) {
      expect(a.type).toBe('mdxJsxAttribute');
      // The only expression MDX may hold is the heading level the page passes in.
      if (a.type === 'mdxJsxAttribute' && typeof a.value === 'object' && a.value !== null) {
        expect([a.name, a.value.value]).toEqual(['level', 'props.headingLevel']);
      }
    }
    expect(para.children.map((c) => c.type)).toEqual(['paragraph']);
    const inline = (para.children[0] as MdParagraph).children;
    let text = '';
    const duties: ReadPara['duties'] = [];
    const cites: { id: unknown; notice: unknown; text: string }[] = [];
    /** Text, or a number with its unit in the no-break span <span class="nw">, and nothing else. */
    const plainText = (node: (typeof inline)[number]): string | null => {
      if (node.type === 'text') return node.value;
      if (node.type === 'mdxJsxTextElement' && node.name === 'span') {
        expect(attr(node, 'class')).toBe('nw');
        expect(node.children.every((c) => c.type === 'text'), 'the no-break span holds only text').toBe(true);
        return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      }
      // A citation: its words as published, in text and no-break spans only.
      if (node.type === 'mdxJsxTextElement' && node.name === 'Cite') {
        expect(String(attr(node, 'id'))).toMatch(/-c\d+$/);
        const words = node.children.map((c) => plainText(c as (typeof inline)[number]));
        expect(words.every((w) => w !== null), 'Cite holds only text').toBe(true);
        cites.push({ id: attr(node, 'id'), notice: attr(node, 'notice'), text: words.join('') });
        return words.join('');
      }
      return null;
    };
    for (const child of inline) {
      const plain = plainText(child);
      if (plain !== null) {
        text += plain;
        continue;
      }
      expect(child.type, `unexpected ${child.type} in ${String(attr(para, 'id'))}`).toBe('mdxJsxTextElement');
      if (child.type !== 'mdxJsxTextElement') continue;
      const duty = child;
      expect(duty.name).toBe('Duty');
      const dutyText = duty.children
        .map((c) => {
          const plainChild = plainText(c as (typeof inline)[number]);
          expect(plainChild, 'Duty holds only text').not.toBeNull();
          return plainChild ?? '';
        })
        .join('');
      text += dutyText;
      duties.push({ id: attr(duty, 'id'), departments: attr(duty, 'departments'), text: dutyText });
    }
    citesRead.set(attr(para, 'id'), cites);
    return { id: attr(para, 'id'), heading: attr(para, 'heading'), terminator: attr(para, 'terminator'), text, duties };
  });
  return { frontmatter: JSON.parse((yaml as { value: string }).value), paras };
}

/** What the model says the same paragraphs should read as. */
function expectedParas(paragraphs: Paragraph[]): ReadPara[] {
  return paragraphs.map((p) => ({
    id: p.id,
    heading: p.heading ?? undefined,
    terminator: p.heading ? (p.headingTerminator ?? '') : undefined,
    text: p.segments.map((s) => s.text).join(''),
    duties: p.segments.flatMap((s) => (s.kind === 'responsibility' ? [{ id: s.id, departments: s.departments.map((d) => d.id).join(' '), text: s.text }] : [])),
  }));
}

describe('measureToMdx on the real seed', () => {
  it.each(seed.plan.measures.map((m) => [m.id, m] as const))('%s reads back as exactly the model text', (_id, measure) => {
    const { frontmatter, paras } = readParas(measureToMdx(seed, 'zh-Hans', measure));
    expect(paras).toEqual(expectedParas(measure.paragraphs));
    expect(frontmatter).toMatchObject({
      notice: 'jizhou-2022-16',
      number: measure.number,
      numeral: measure.numeral,
      title: measure.title,
      titleTerminator: measure.titleTerminator,
      chapter: measure.chapter,
      chapterTitle: seed.plan.chapters[measure.chapter! - 1]!.title,
      paragraphs: measure.paragraphs.map((p) => p.id),
    });
  });

  it('writes the cover and preamble text back exactly', () => {
    expect(readParas(overviewToMdx(seed, 'zh-Hans', 'cover')).paras).toEqual(expectedParas(seed.cover!.body));
    expect(readParas(overviewToMdx(seed, 'zh-Hans', 'preamble')).paras).toEqual(expectedParas(seed.plan.preamble));
  });

  it('marks each citation of another document where it stands, and not the notice itself', () => {
    readParas(overviewToMdx(seed, 'zh-Hans', 'cover'));
    expect(citesRead.get('cover-p1')).toEqual([]);
    readParas(overviewToMdx(seed, 'zh-Hans', 'preamble'));
    expect(citesRead.get('preamble-p1')).toEqual([{ id: 'preamble-p1-c1', notice: 'jizhou-2022-16', text: '《天津市人民政府办公厅印发关于促进生活性服务业发展若干措施的通知》' }]);
    readParas(measureToMdx(seed, 'zh-Hans', seed.plan.measures[1]!));
    expect(citesRead.get('m02-p4')!.map((c) => c.text)).toEqual(['《蓟州区20212035年养老服务设施规划》', '《蓟州区基础教育设施布局规划(20202035年)》']);
  });
});

/** Text that Markdown, MDX or HTML would act on if it were not escaped. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '{props.x}',
  '{1+1}',
  '`code` and ``` fences',
  'import x from "y"',
  'export const a = 1',
  '# heading',
  '1. list',
  '- item',
  '> quote',
  '*em* and _em_ and **strong**',
  '<!-- c -->',
  '&amp; &lt; &#x41;',
  '\\',
  'a\\',
  '[link](https://example.com) <https://example.com>',
  '---',
  '<Para id="x">',
  '</Para>',
  '<Duty>伪造</Duty>',
];

const paragraph = (id: string, text: string, heading: string | null = null): Paragraph => ({
  id,
  line: 1,
  heading,
  headingTerminator: heading ? '。' : null,
  segments: [{ kind: 'text', text }],
});

describe('hostile text stays text', () => {
  it.each(HOSTILE)('%j as a whole paragraph, inside prose and inside a clause', (hostile) => {
    const paragraphs: Paragraph[] = [
      paragraph('m01-p1', hostile),
      paragraph('m01-p2', `加强管理${hostile}促进发展。`),
      paragraph('m01-p3', `${hostile}加强管理。`, '基本公共教育'),
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
    const mdx = toMdx({ title: hostile }, paragraphs.map((p) => paragraphToMdast(p)));
    const { frontmatter, paras } = readParas(mdx);
    expect(paras).toEqual(expectedParas(paragraphs));
    expect(frontmatter).toEqual({ title: hostile });
  });

  // Sub-item headings travel as a JSX attribute, where MDX decodes character references.
  it.each(HOSTILE)('%j as a sub-item heading (the heading attribute) reads back unchanged', (hostile) => {
    const paragraphs = [paragraph('m01-p1', '扩大普惠性资源供给。', hostile)];
    expect(readParas(toMdx({}, paragraphs.map((p) => paragraphToMdast(p)))).paras).toEqual(expectedParas(paragraphs));
  });

  it('keeps hostile lines of a parsed notice as text in the measure MDX', () => {
    const lines = ['import fs from "fs"', 'export const a = 1', '<script>alert("x")</script>{1+1}', '# 标题'];
    const text = CLEAN.replace('(二)扩大普惠性生活服务供给。', `${lines.map((l) => `${l}\n\n`).join('')}(二)扩大普惠性生活服务供给。`);
    const notice = parseNotice(new TextEncoder().encode(text), { file: 'hostile.txt' });
    const measure = notice.plan.measures[0]!;
    expect(measure.paragraphs.slice(-lines.length).map((p) => p.segments.map((s) => s.text).join(''))).toEqual(lines);
    expect(readParas(measureToMdx(notice, 'zh-Hans', measure)).paras).toEqual(expectedParas(measure.paragraphs));
  });
});
