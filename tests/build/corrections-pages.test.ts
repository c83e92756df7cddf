/** Corrections are visible where they stand, explained in notes, listed on the errata page, and the published text stays retrievable. */
import { beforeAll, describe, expect, it } from 'vitest';
import { toText } from 'hast-util-to-text';
import { readCorrections } from '../../scripts/lib/corrections/read-corrections.ts';
import { page, requireDist, select, selectAll } from '../support/dist.ts';

const SLUG = 'jizhou-2022-16';
const corrections = readCorrections('seeds/jizhou-2022-16.txt');

describe('corrections on the site', () => {
  beforeAll(requireDist);

  it('lists every correction on the errata page (校勘说明) with its original, reason and a link to its place, in both scripts', () => {
    for (const prefix of ['', '/zh-hant']) {
      const rows = selectAll('main table tbody tr', page(`${prefix}/${SLUG}/errata/`));
      expect(rows).toHaveLength(corrections.length);
      for (const c of corrections) {
        const row = select(`#errata-${c.id}`, page(`${prefix}/${SLUG}/errata/`))!;
        expect(toText(select('del', row)!)).toBe(c.original);
        expect(select('a[href*="#"]', row), c.id).toBeTruthy();
      }
    }
  });

  it('marks each correction in the text with a numbered link to a note that gives the original and the reason', () => {
    const tree = page(`/${SLUG}/measures/2/`);
    const refs = selectAll('main a.fix-ref', tree);
    const here = corrections.filter((c) => /^m02-/.test(c.place));
    expect(refs.map((a) => a.properties.href)).toEqual(here.map((c) => `#note-${c.id}`));
    for (const c of here) {
      const note = toText(select(`#note-${c.id}`, tree)!);
      expect(note).toContain(c.original);
      expect(note).toContain(c.reason.slice(0, 10));
    }
    expect(toText(select('ins.fix', tree)!)).toBe('“一老一小”服务');
  });

  it('shows the corrected cover date on the home page, marked as a correction', () => {
    expect(toText(select('#cover-date ins.fix', page(`/${SLUG}/`))!)).toBe('2022年12月17日');
  });

  it('keeps the text as published one click away on every measure page', () => {
    for (let n = 1; n <= 29; n++) {
      const details = select('details.as-published', page(`/${SLUG}/measures/${n}/`));
      expect(details, `measure ${n}`).toBeTruthy();
      expect(String(select('[lang]', details!)!.properties.lang)).toBe('zh-Hans');
    }
    expect(toText(select('details.as-published', page(`/${SLUG}/measures/2/`))!)).toContain('招收23岁的幼儿');
  });
});
