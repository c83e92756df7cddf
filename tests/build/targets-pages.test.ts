/**
 * The 目标与时限 and 责任分工矩阵 pages and the targets CSV: every target with its values,
 * deadline, departments and a working link to its paragraph, in both scripts; the matrix's
 * numbers equal the model's clause counts per department × chapter.
 */
import { readFileSync } from 'node:fs';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHant } from '../../src/i18n/convert.ts';
import { TARGETS_CSV_HEADER } from '../../scripts/lib/targets/targets-csv.ts';
import type { Target } from '../../scripts/lib/targets/types.ts';
import { DIST, page, requireDist, select, selectAll, type Element } from '../support/dist.ts';

const SLUG = 'jizhou-2022-16';
/** The reviewed targets of the seed (tests/unit/targets.test.ts keeps them), the reference for values. */
const EXPECTED: Target[] = JSON.parse(readFileSync(new URL('../fixtures/targets/jizhou-2022-16.json', import.meta.url), 'utf8')).targets;

interface OpenData {
  plan: { chapters: { id: string; numeral: string; title: string; measures: number[] }[]; measures: { number: number; numeral: string; id: string }[] };
  departments: { id: string; name: string; duties: { measure: number; paragraph: string; clause: string }[] }[];
  targets: (Target & { url: string })[];
  zhHant: { departments: { id: string; name: string }[] };
}
let data: OpenData;
const text = (el: Element | undefined) => (el ? toText(el, { whitespace: 'normal' }).trim() : '');
const cells = (row: Element) => selectAll(':scope > th, :scope > td', row);

const scripts = [
  { script: 'zh-Hans', prefix: '', convert: (s: string) => s },
  { script: 'zh-Hant', prefix: '/zh-hant', convert: toHant },
] as const;

beforeAll(() => {
  requireDist();
  data = JSON.parse(readFileSync(`${DIST}/data/${SLUG}.json`, 'utf8'));
});

describe('the targets page', () => {
  it('is built from the same 17 targets as the open data', () => {
    expect(EXPECTED).toHaveLength(17);
    expect(data.targets.map((t) => t.id)).toEqual(EXPECTED.map((t) => t.id));
  });

  describe.each(scripts)('in $script', ({ script, prefix, convert }) => {
    const path = () => `${prefix}/${SLUG}/targets/`;
    const names = () => new Map((script === 'zh-Hans' ? data.departments : data.zhHant.departments).map((d) => [d.id, d.name]));

    it('lists every target in plan order: what, how much, by when, who, and the paragraph', () => {
      const rows = selectAll('table[data-targets-table] tbody tr', page(path()));
      expect(rows).toHaveLength(17);
      const notStated = convert('未写明');
      rows.forEach((row, i) => {
        const expected = EXPECTED[i]!;
        const [order, action, quantity, deadline, departments, source] = cells(row).map(text);
        expect(row.properties.id).toBe(expected.id);
        expect(order).toBe(String(i + 1));
        expect(action, expected.id).toBe(convert(expected.action));
        expect(quantity, expected.id).toBe(expected.quantities.length ? convert(expected.quantities.map((q) => q.text).join('、')) : notStated);
        expect(deadline, expected.id).toBe(expected.deadline ? expected.deadline.text : notStated);
        expect(departments, expected.id).toBe(expected.departments.map((id) => names().get(id)).join('、'));
        const numeral = data.plan.measures[expected.measure - 1]!.numeral;
        expect(source).toBe(convert(`（${numeral}）第${expected.paragraph.split('-p')[1]}段`));
        const href = String(select('a', cells(row)[5]!)!.properties.href);
        expect(href).toBe(`${prefix}/${SLUG}/measures/${expected.measure}/#${expected.paragraph}`);
        expect(selectAll(`[id="${expected.paragraph}"]`, page(href.split('#')[0]!)), href).toHaveLength(1);
        expect(row.properties.dataDeadline).toBe(expected.deadline ? String(expected.deadline.year) : '');
        expect(String(row.properties.dataDepartments)).toBe(expected.departments.join(' '));
      });
    });

    it('gives the values the reader checks by eye: 480个 by 2022年底, 59个、334栋 over 2022年至2025年, 85%以上', () => {
      const row = (id: string) => cells(select(`tr#${id}`, page(path()))!).map(text);
      expect(row('t01').slice(1, 4)).toEqual([convert('新增公办园学位'), convert('480个'), '2022年底']);
      expect(row('t12').slice(2, 4)).toEqual([convert('59个、334栋'), '2022年至2025年']);
      expect(row('t16')[2]).toBe(convert('85%以上'));
      expect(row('t17').slice(3, 5)).toEqual(['2022年', convert('总工会')]);
    });

    it('has a labelled department filter (shown by the script) listing only departments with targets', () => {
      const controls = select('[data-targets-controls]', page(path()))!;
      expect(controls.properties.hidden).toBe(true);
      const selectEl = select('select#targets-department', controls)!;
      expect(text(select('label[for="targets-department"]', controls))).toBe(convert('按责任单位筛选'));
      const values = selectAll('option', selectEl).map((o) => String(o.properties.value));
      expect(values[0]).toBe('');
      expect(new Set(values.slice(1))).toEqual(new Set(EXPECTED.flatMap((t) => t.departments)));
    });

    it('draws the timeline as a labelled image whose label counts the targets per year', () => {
      const svg = select('svg.timeline', page(path()))!;
      expect(svg.properties.role).toBe('img');
      const label = text(select(`title#${String(svg.properties.ariaLabelledBy)}`, svg));
      const due = (year: number) => EXPECTED.filter((t) => t.deadline?.year === year).length;
      expect(label).toContain(convert(`2022年到期 ${due(2022)} 项`));
      expect(label).toContain(convert(`2025年到期 ${due(2025)} 项`));
      expect(label).toContain(convert(`另有 ${EXPECTED.filter((t) => !t.deadline).length} 项目标没有写明期限`));
      expect(selectAll('text.timeline-year', svg).map(text)).toEqual(['2022', '2025', '2035']);
    });
  });

  it('is linked from the notice home in both scripts, with the matrix', () => {
    for (const { prefix } of scripts) {
      const hrefs = selectAll('main a', page(`${prefix}/${SLUG}/`)).map((a) => String(a.properties.href));
      expect(hrefs).toContain(`${prefix}/${SLUG}/targets/`);
      expect(hrefs).toContain(`${prefix}/${SLUG}/matrix/`);
    }
  });
});

describe('the targets CSV', () => {
  it('has the documented header and one row per target, UTF-8 with BOM and CRLF', () => {
    const csv = readFileSync(`${DIST}/data/${SLUG}-targets.csv`, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]!.split(',')).toEqual(TARGETS_CSV_HEADER);
    expect(lines).toHaveLength(1 + 17);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(EXPECTED.map((t) => t.id));
    expect(lines[1]).toMatch(/^t01,\(一\),m01-p2,新增公办园学位,480,个,2022年底,/);
  });

  it('is listed in data/index.json, and the targets are in the notice JSON with paragraph URLs', () => {
    const index = JSON.parse(readFileSync(`${DIST}/data/index.json`, 'utf8'));
    expect(index.notices[0].targetsCsv).toMatch(new RegExp(`^https?://.+/data/${SLUG}-targets\\.csv$`));
    expect(data.targets).toHaveLength(17);
    expect(data.targets[0]!.url).toMatch(new RegExp(`/${SLUG}/measures/1/#m01-p2$`));
  });
});

describe('the responsibility matrix page', () => {
  it.each(scripts)('shows, in $script, the clause count of every department in every chapter, busiest first', ({ prefix, script }) => {
    const tree = page(`${prefix}/${SLUG}/matrix/`);
    const chapters = data.plan.chapters;
    const heads = selectAll('table.matrix thead th.chapter-head', tree).map(text);
    const chapterTitles = script === 'zh-Hans' ? chapters.map((c) => `${c.numeral}、${c.title}`) : chapters.map((c) => toHant(`${c.numeral}、${c.title}`));
    expect(heads).toEqual(chapterTitles);

    const names = new Map((script === 'zh-Hans' ? data.departments : data.zhHant.departments).map((d) => [d.id, d.name]));
    const rows = selectAll('table.matrix tbody tr', tree);
    expect(rows).toHaveLength(data.departments.length);
    const totals: number[] = [];
    for (const row of rows) {
      const id = String(row.properties.dataDepartment);
      const department = data.departments.find((d) => d.id === id)!;
      const [header, ...rest] = cells(row);
      expect(text(header)).toBe(names.get(id));
      const expected = chapters.map((c) => department.duties.filter((d) => c.measures.includes(d.measure)).length);
      const shown = rest.slice(0, chapters.length).map((td) => (text(td) === '' ? 0 : Number(text(td))));
      expect(shown, id).toEqual(expected);
      expect(Number(text(select('.total-number', rest.at(-1)!)))).toBe(department.duties.length);
      totals.push(department.duties.length);
      // Each number links to the department page at a measure of that chapter it has a duty in.
      rest.slice(0, chapters.length).forEach((td, c) => {
        const a = select('a', td);
        if (expected[c] === 0) return expect(a).toBeUndefined();
        const href = String(a!.properties.href);
        const match = href.match(new RegExp(`^${prefix}/${SLUG}/departments/${id}/#(m\\d{2})-h$`));
        expect(match, href).not.toBeNull();
        const measure = data.plan.measures.find((m) => m.id === match![1])!;
        expect(chapters[c]!.measures).toContain(measure.number);
        expect(department.duties.some((d) => d.measure === measure.number)).toBe(true);
      });
    }
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(rows.slice(0, 2).map((r) => String(r.properties.dataDepartment)).sort()).toEqual(['minzheng', 'shangwu']);
    const sums = selectAll('table.matrix tfoot td', tree).map(text).map(Number);
    expect(sums.slice(0, chapters.length)).toEqual(chapters.map((c) => data.departments.reduce((n, d) => n + d.duties.filter((x) => c.measures.includes(x.measure)).length, 0)));
  });

  it('keeps the table in a focusable, labelled scroll region, with a shade class per count bucket', () => {
    const tree = page(`/${SLUG}/matrix/`);
    const region = select('.table-scroll', tree)!;
    // A <section> with an accessible name is a region landmark (html-validate prefers it to role="region").
    expect(region.tagName).toBe('section');
    expect(region.properties.tabIndex).toBe(0);
    expect(select(`caption#${String(region.properties.ariaLabelledBy)}`, region)).toBeDefined();
    for (const td of selectAll('table.matrix tbody td.load', tree)) {
      const n = Number(text(td) || 0);
      const bucket = n === 0 ? 0 : n >= 8 ? 5 : n >= 5 ? 4 : n >= 3 ? 3 : n;
      expect((td.properties.className as string[]).includes(`load-${bucket}`), `${n}`).toBe(true);
    }
  });
});
