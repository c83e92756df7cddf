/**
 * Fidelity: every Chinese character and digit of the official text reaches the reader, in
 * order. The source lines are compared as runs of Han characters and digits (punctuation and
 * spacing are presentation), each run contiguous in the page text and after the previous one.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { requireDist, textOf } from '../support/dist.ts';

const SEED = 'seeds/jizhou-2022-16.txt';
const SLUG = 'jizhou-2022-16';
const bytes = readFileSync(SEED);
const notice = parseNotice(bytes, { file: SEED });
const lines = bytes.toString('utf8').split('\n');

/** The characters fidelity is judged on: Han characters and digits. */
const significant = (text: string) => text.match(/[\p{Script=Han}\p{Nd}]/gu)?.join('') ?? '';

/** Lines of official text: everything from the first metadata label on (the scraped chrome above it is not the document). */
const firstOfficial = notice.metadata[0]!.line;
const officialLines = lines
  .map((text, i) => ({ line: i + 1, text }))
  .filter((l) => l.line >= firstOfficial && significant(l.text));

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
    const metadata = officialLines.filter((l) => l.line < notice.cover.line);
    expect(metadata.length).toBe(14);
    expect(missingLines(textOf(`/${SLUG}/`, '.meta-table'), metadata)).toEqual([]);
  });

  it('the home page and the full-text page together carry the cover notice and the whole plan', () => {
    const site = `${textOf(`/${SLUG}/`)}\n${textOf(`/${SLUG}/full-text/`)}`;
    const document = officialLines.filter((l) => l.line >= notice.cover.line);
    expect(document.length).toBeGreaterThan(50);
    expect(missingLines(site, document)).toEqual([]);
  });

  it('each measure page carries its measure completely', () => {
    for (const measure of notice.plan.measures) {
      const last = measure.paragraphs.at(-1)!.line;
      const own = officialLines.filter((l) => l.line >= measure.line && l.line <= last);
      expect(missingLines(textOf(`/${SLUG}/measures/${measure.number}/`), own), `measure ${measure.number}`).toEqual([]);
    }
  });

  it('no page shows the scraped chrome of the original site as text', () => {
    const home = textOf(`/${SLUG}/`);
    expect(home).not.toContain('2019年12月3日星期二');
    expect(home).not.toContain('长者模式 长者模式');
    expect(home).not.toMatch(/政务公开\s*>\s*政策文件/);
  });

  it('the check itself fails when a character is lost', () => {
    const site = textOf(`/${SLUG}/full-text/`).replace('新增养老床位200张', '新增养老床位20张');
    const measureLines = officialLines.filter((l) => l.line >= notice.plan.measures[0]!.line);
    expect(missingLines(site, measureLines).map((l) => l.line)).toEqual([47]);
  });
});
