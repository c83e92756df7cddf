/**
 * Fidelity: every Chinese character and digit of the official text reaches the reader, in
 * order, or is replaced by a listed correction. The source lines (with the corrections file
 * applied) are compared as runs of Han characters and digits (punctuation and spacing are
 * presentation), each run contiguous in the page's reading text and after the previous one.
 * The reading text excludes the notes and the "as published" disclosure, which quote the
 * original and would otherwise let a lost character pass unnoticed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorrections } from '../../scripts/lib/corrections/read-corrections.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { requireDist, textOf, textWithout } from '../support/dist.ts';

const SEED = 'seeds/jizhou-2022-16.txt';
const SLUG = 'jizhou-2022-16';
const bytes = readFileSync(SEED);
const notice = parseNotice(bytes, { file: SEED });
const lines = bytes.toString('utf8').split('\n');

/** The characters fidelity is judged on: Han characters and digits. */
const significant = (text: string) => text.match(/[\p{Script=Han}\p{Nd}]/gu)?.join('') ?? '';

/** Source line of every paragraph id, and of the cover date, for placing corrections. */
const lineOfPlace = new Map<string, number>([
  ...[...notice.cover!.body, ...notice.plan.preamble, ...notice.plan.measures.flatMap((m) => m.paragraphs)].map((p) => [p.id, p.line] as const),
  ['cover.date', lines.findIndex((l) => l.trim() === notice.cover!.date) + 1],
]);
const corrections = readCorrections(SEED);

/** A source line as the site should render it: the published text with its listed corrections applied. */
function corrected(line: number, text: string): string {
  return corrections.filter((c) => lineOfPlace.get(c.place) === line).reduce((t, c) => t.replace(c.original, c.corrected), text);
}

/** Lines of official text: everything from the first metadata label on (the scraped chrome above it is not the document). */
const firstOfficial = notice.metadata[0]!.line;
const officialLines = lines
  .map((text, i) => ({ line: i + 1, text: corrected(i + 1, text) }))
  .filter((l) => l.line >= firstOfficial && significant(l.text));
const NOT_READING_TEXT = '.fix-notes, .as-published, .fix-ref, .read-aloud';
const readingText = (path: string) => textWithout(path, 'main', NOT_READING_TEXT);

/** Find each line's characters contiguously, in order; report the first line that is missing. */
function missingLines(pageText: string, expected: { line: number; text: string }[]): { line: number; text: string }[] {
  const haystack = significant(pageText);
  let from = 0;
  const missing = [];
  for (const l of expected) {
    const at = haystack.indexOf(significant(l.text), from);
    if (at === -1) missing.push(l);
    else from = at + significant(l.text).length;
  }
  return missing;
}

describe('every character of the official text is on the site, in order', () => {
  beforeAll(requireDist);

  it('the metadata table carries the metadata block', () => {
    const metadata = officialLines.filter((l) => l.line < notice.cover!.line);
    expect(metadata.length).toBe(14);
    expect(missingLines(textOf(`/${SLUG}/`, '.meta-table'), metadata)).toEqual([]);
  });

  it('the home page and the full-text page together carry the cover notice and the whole plan', () => {
    const site = `${readingText(`/${SLUG}/`)}\n${readingText(`/${SLUG}/full-text/`)}`;
    const document = officialLines.filter((l) => l.line >= notice.cover!.line);
    expect(document.length).toBeGreaterThan(50);
    expect(missingLines(site, document)).toEqual([]);
  });

  it('each measure page carries its measure completely', () => {
    for (const measure of notice.plan.measures) {
      const last = measure.paragraphs.at(-1)!.line;
      const own = officialLines.filter((l) => l.line >= measure.line && l.line <= last);
      expect(missingLines(readingText(`/${SLUG}/measures/${measure.number}/`), own), `measure ${measure.number}`).toEqual([]);
    }
  });

  it('no page shows the scraped chrome of the original site as text', () => {
    const home = textOf(`/${SLUG}/`);
    expect(home).not.toContain('2019年12月3日星期二');
    expect(home).not.toContain('长者模式 长者模式');
    expect(home).not.toMatch(/政务公开\s*>\s*政策文件/);
  });

  it('applies every correction: the reading text never shows the damaged forms', () => {
    expect(corrections.length).toBeGreaterThan(40);
    for (const path of [`/${SLUG}/`, `/${SLUG}/full-text/`, `/${SLUG}/measures/2/`, '/zh-hant/jizhou-2022-16/', '/zh-hant/jizhou-2022-16/full-text/']) {
      const text = readingText(path);
      for (const damaged of ['20221217', '〔202215号', '20212035年', '20202035年', '23岁', '23歲']) expect(text, path).not.toContain(damaged);
    }
    expect(readingText(`/${SLUG}/`)).toContain('2022年12月17日');
  });

  it('the check itself fails when a character is lost', () => {
    const site = readingText(`/${SLUG}/full-text/`).replace('新增养老床位200张', '新增养老床位20张');
    const measureLines = officialLines.filter((l) => l.line >= notice.plan.measures[0]!.line);
    expect(missingLines(site, measureLines).map((l) => l.line)).toEqual([47]);
  });
});
