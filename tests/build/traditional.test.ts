/**
 * The zh-Hant edition: every page exists in both scripts, each page's switch points to its
 * counterpart, hreflang alternates go both ways, and no simplified-only text survives on a
 * zh-Hant page (converting its text again changes nothing).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHant } from '../../src/i18n/convert.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { toText } from 'hast-util-to-text';
import { htmlPages, page, requireDist, select, selectAll, textOf, textWithout, type Element } from '../support/dist.ts';
import { readCorrections } from '../../scripts/lib/corrections/read-corrections.ts';

const SLUG = 'jizhou-2022-16';
const HANT = '/zh-hant';
const hantPages = () => htmlPages().filter((p) => p.startsWith(`${HANT}/`));
const hansPages = () => htmlPages().filter((p) => !p.startsWith(`${HANT}/`) && p !== '/404.html');
/** A copy of a tree without the elements marked as written in `lang` (the 简体 link on zh-Hant pages). */
function withoutLang(node: Element, lang: string): Element {
  const children = node.children
    .filter((child) => child.type !== 'element' || child.properties.lang !== lang)
    .map((child) => (child.type === 'element' ? withoutLang(child, lang) : child));
  return { ...node, children };
}
const attr = (path: string, selector: string, name: string) => String(select(selector, page(path))?.properties[name] ?? '');

describe('the Traditional Chinese edition', () => {
  beforeAll(requireDist);

  it('has a zh-Hant counterpart for every zh-Hans page and the reverse', () => {
    const hans = hansPages();
    const hant = hantPages().filter((p) => p !== `${HANT}/404/`);
    expect(hans.length).toBeGreaterThan(60);
    expect(hant.map((p) => p.slice(HANT.length))).toEqual(hans);
  });

  it('marks the language of every page and links both scripts with absolute hreflang URLs', () => {
    for (const path of htmlPages()) {
      const lang = String(select('html', page(path))!.properties.lang);
      expect(lang, path).toBe(path.startsWith(`${HANT}/`) ? 'zh-Hant' : 'zh-Hans');
      const alternates = selectAll('link[rel="alternate"][hreflang]', page(path)).map((l) => [String(l.properties.hrefLang), String(l.properties.href)]);
      expect(alternates.map(([lang]) => lang), path).toEqual(['zh-Hans', 'zh-Hant', 'x-default']);
      for (const [, href] of alternates) expect(href).toMatch(/^https?:\/\//);
    }
  });

  it('gives each page a switch that links to its own counterpart', () => {
    for (const path of hansPages()) {
      const counterpart = path === '/404.html' ? `${HANT}/404/` : `${HANT}${path}`;
      expect(attr(path, 'a[data-script-switch]', 'href'), path).toBe(counterpart);
      expect(attr(counterpart, 'a[data-script-switch]', 'href'), counterpart).toBe(path);
    }
  });

  it('keeps internal links of zh-Hant pages in zh-Hant', () => {
    for (const path of hantPages()) {
      const links = selectAll('main a[href^="/"], header nav a[href^="/"]', page(path)).map((a) => String(a.properties.href));
      const strays = links.filter((href) => !href.startsWith(`${HANT}/`) && !href.startsWith('/data/'));
      expect(strays, path).toEqual([]);
    }
  });

  it('leaves no simplified-only text on zh-Hant pages (outside elements marked lang="zh-Hans")', () => {
    const offenders: string[] = [];
    for (const path of hantPages()) {
      const text = toText(withoutLang(select('body', page(path))!, 'zh-Hans'), { whitespace: 'normal' });
      const converted = toHant(text);
      if (converted !== text) {
        const at = [...text].findIndex((ch, i) => ch !== [...converted][i]);
        offenders.push(`${path}: …${[...text].slice(Math.max(0, at - 8), at + 8).join('')}…`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('carries every character of the official text in Traditional form, in order (corrections applied)', () => {
    const seed = 'seeds/jizhou-2022-16.txt';
    const notice = parseNotice(readFileSync(seed), { file: seed });
    const corrections = readCorrections(seed);
    const placeLine = new Map([...notice.cover!.body, ...notice.plan.preamble, ...notice.plan.measures.flatMap((m) => m.paragraphs)].map((p) => [p.id, p.line]));
    const significant = (text: string) => text.match(/[\p{Script=Han}\p{Nd}]/gu)?.join('') ?? '';
    const corrected = (text: string, line: number) =>
      corrections.filter((c) => placeLine.get(c.place) === line || (c.place === 'cover.date' && text.trim() === notice.cover!.date)).reduce((t, c) => t.replace(c.original, c.corrected), text);
    const lines = readFileSync(seed, 'utf8')
      .split('\n')
      .map((text, i) => corrected(text, i + 1))
      .slice(notice.cover!.line - 1)
      .map(toHant)
      .filter((l) => significant(l));
    const reading = (path: string) => textWithout(path, 'main', '.fix-notes, .as-published, .fix-ref, .read-aloud');
    const haystack = significant(`${reading(`${HANT}/${SLUG}/`)}${reading(`${HANT}/${SLUG}/full-text/`)}`);
    let from = 0;
    const missing = lines.filter((line) => {
      const at = haystack.indexOf(significant(line), from);
      if (at === -1) return true;
      from = at + significant(line).length;
      return false;
    });
    expect(missing).toEqual([]);
  });

  it('shows 薊州 and 養老床位 (床 kept) on zh-Hant pages', () => {
    const text = textOf(`${HANT}/${SLUG}/measures/1/`);
    expect(text).toContain('養老床位200張');
    expect(textOf(`${HANT}/${SLUG}/`, 'h1')).toBe('天津市薊州區人民政府辦公室印發薊州區生活性服務業發展行動方案的通知');
  });
});
