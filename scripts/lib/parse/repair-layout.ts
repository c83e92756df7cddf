import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Damage } from '../model.ts';
import type { Block } from './blocks.ts';
import { matchMarker } from './numbering.ts';
import { chromeKind } from './page-chrome.ts';

/** A line that is HTML left in the text: it starts with a formatting tag, or holds HTML entities. */
const HTML_LINE = /^<\/?(?:p|div|span|strong|b|br|h[1-6]|li|ul|ol|table|tbody|thead|tr|td|th|font|section|article|center|em|i|u|a|img|html|body|head|meta|title|!doctype)\b[^>]*>|&(?:nbsp|emsp|ensp|ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot);/iu;
// <br> is left out: inside a paragraph it only wraps a line (一段文字<br/>（区民政局负责）).
const BLOCK_ELEMENTS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'section', 'article', 'table', 'ul', 'ol', 'center', 'title']);
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'head', 'meta', 'link', 'noscript', 'template']);

/** Where a heading may start inside a line: after sentence punctuation or white space. */
const INLINE_START = /(?<=[。：:；;！？!?”）)\s　])[\s　]*(?=第[〇零一二两三四五六七八九十百]+[章条]|[〇零一二两三四五六七八九十百]+\s*、|[(（]\s*[〇零一二两三四五六七八九十百]+\s*[)）]|\d{1,3}\*?\s?[.．、](?!\d)|[(（]\s*\d{1,3}\s*[)）])/gu;

/**
 * Read HTML left in a line with a real HTML parser (hast-util-from-html, the parser of
 * rehype-parse): the text of each block element becomes its own piece, character references are
 * decoded, scripts and styles are dropped.
 *
 * htmlTexts('<p><strong>一、指导思想</strong></p><p>坚持&nbsp;人民至上。</p>') -> ['一、指导思想', '坚持 人民至上。']
 */
export function htmlTexts(html: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[\s\u00a0　]+/gu, (ws) => (ws.includes('\u3000') ? '　' : ' ')).trim();
    if (text) pieces.push(text);
    current = '';
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') current += node.value;
    else if (node.type === 'element' || node.type === 'root') {
      const name = node.type === 'element' ? (node as Element).tagName : '';
      if (SKIPPED_ELEMENTS.has(name)) return;
      const block = BLOCK_ELEMENTS.has(name);
      if (block) flush();
      for (const child of node.children) walk(child as Nodes);
      if (block) flush();
    }
  };
  walk(fromHtml(html, { fragment: true }));
  flush();
  return pieces;
}

/**
 * Repair the layouts that scraping damages, reporting each as damage: HTML left in the text
 * (read with an HTML parser), and line breaks lost so that headings run on inside a line
 * (`…通知如下：一、总体要求…。二、…`). Repairs only cut blocks and drop markup; every character
 * of text keeps its place and its source line.
 */
export function repairLayout(blocks: Block[], view: (text: string) => string, damage: Damage[]): Block[] {
  const unmarked: Block[] = blocks.flatMap((block) => {
    if (!HTML_LINE.test(block.text)) return [block];
    damage.push({ kind: 'html-markup', line: block.line, text: block.text.slice(0, 40), note: '原文中残留 HTML 标记，已按网页结构读出文字' });
    return htmlTexts(block.text).map((text) => ({ ...block, text, view: view(text) }));
  });
  const startNumbers = new Map<string, Set<number>>();
  for (const block of unmarked) {
    const marker = matchMarker(block.view);
    if (marker) startNumbers.set(marker.style, (startNumbers.get(marker.style) ?? new Set()).add(marker.number));
  }
  const inline = unmarked.map((block) => inlineHeadings(block));
  const inlineCount = inline.reduce((n, found) => n + found.length, 0);
  const startCount = [...startNumbers.values()].reduce((n, s) => n + s.size, 0);
  // Breaks were lost across the document when more headings run on inside lines than start them.
  const lostEverywhere = inlineCount >= 3 && inlineCount > startCount;

  return unmarked.flatMap((block, i) => {
    // The page header (site name and date) keeps its white space.
    if (lostEverywhere && chromeKind(block.view) === 'header') return [block];
    const cuts = lostEverywhere
      ? [...inline[i]!.map((h) => h.at), ...lostBreaks(block.view)]
      : inline[i]!.filter((h) => fillsGap(h, startNumbers)).map((h) => h.at);
    const pieces = cutAt(block, [...new Set(cuts)].sort((a, b) => a - b), view);
    if (pieces.length > 1) {
      damage.push({ kind: 'line-breaks-lost', line: block.line, text: block.text.slice(0, 30), note: `此行的换行似已丢失，按标题编号和句读分为${pieces.length}段` });
    }
    return pieces;
  });
}

interface InlineHeading {
  at: number;
  style: string;
  number: number;
}

function inlineHeadings(block: Block): InlineHeading[] {
  const found: InlineHeading[] = [];
  for (const m of block.view.matchAll(INLINE_START)) {
    const at = m.index + m[0].length;
    if (at === 0 || at >= block.view.length) continue;
    const marker = matchMarker(block.view.slice(at));
    if (marker) found.push({ at, style: marker.style, number: marker.number });
  }
  return found;
}

/** A heading run on inside a line of an otherwise intact document: it fills a gap between the headings that start lines (通知如下：一、… with 二、 on its own line). */
function fillsGap(heading: InlineHeading, startNumbers: Map<string, Set<number>>): boolean {
  const numbers = startNumbers.get(heading.style);
  return Boolean(numbers && !numbers.has(heading.number) && (numbers.has(heading.number + 1) || numbers.has(heading.number - 1)));
}

/**
 * White space where a line break was lost. Chinese prose has no spaces, so in a document that
 * lost its breaks every run of white space between two words is a break; not white space
 * padding single characters (`索 引 号`) or standing beside a lone symbol (`简体 | 繁体`, `首页 > 政务公开`).
 */
function lostBreaks(view: string): number[] {
  const cuts: number[] = [];
  for (const m of view.matchAll(/[\s　]+/gu)) {
    const before = /(\S+)$/u.exec(view.slice(0, m.index))?.[1] ?? '';
    const after = /^(\S+)/u.exec(view.slice(m.index + m[0].length))?.[1] ?? '';
    const word = (chunk: string) => [...chunk].length >= 2 && !/^[>＞»›|｜/\\-]/u.test(chunk);
    if (word(before) && word(after) && !/[>＞»›|｜/]$/u.test(before)) cuts.push(m.index + m[0].length);
  }
  return cuts;
}

function cutAt(block: Block, cuts: number[], view: (text: string) => string): Block[] {
  // Positions found in the view apply to the text only where the two line up.
  if (cuts.length === 0 || block.view.length !== block.text.length) return [block];
  const pieces: Block[] = [];
  let from = 0;
  for (const at of [...cuts, block.text.length]) {
    const text = block.text.slice(from, at).trim();
    if (text) pieces.push({ ...block, text, view: view(text), indent: from === 0 ? block.indent : 0 });
    from = at;
  }
  return pieces;
}
