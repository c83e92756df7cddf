/** The pages a reader expects exist and say the right things: measures, chapters, departments, metadata. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tasksOf } from '../../scripts/lib/model-queries.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { htmlPages, page, requireDist, select, selectAll, textOf } from '../support/dist.ts';
import { toText } from 'hast-util-to-text';

const SEED = 'seeds/jizhou-2022-16.txt';
const SLUG = 'jizhou-2022-16';
const notice = parseNotice(readFileSync(SEED), { file: SEED });

describe('the built pages', () => {
  beforeAll(requireDist);

  it('has one page per measure at /<notice>/measures/<number>/, titled with its number', () => {
    const measurePages = htmlPages().filter((p) => p.startsWith(`/${SLUG}/measures/`));
    expect(measurePages).toHaveLength(29);
    for (const m of notice.plan.measures) {
      expect(textOf(`/${SLUG}/measures/${m.number}/`, 'h1')).toBe(`（${m.numeral}）${m.title}`);
    }
  });

  it('gives each measure page a breadcrumb home > chapter > measure', () => {
    const crumbs = selectAll('.breadcrumb li', page(`/${SLUG}/measures/14/`)).map((li) => toText(li));
    expect(crumbs).toEqual(['蓟州区生活性服务业发展行动方案', '六、培育强大市场激活消费需求', '（十四）优化生活性服务业功能布局']);
  });

  it('shows sub-item headings inside measure (一)', () => {
    const headings = selectAll('main h2.subitem', page(`/${SLUG}/measures/1/`)).map((h) => toText(h));
    expect(headings).toEqual(['基本公共教育', '就业与社会保障', '基本社会服务', '基本健康服务', '基本住房保障', '基本公共文化体育', '残疾人基本公共服务']);
  });

  it('lists 9 chapters and 29 measures in the table of contents', () => {
    const chapters = selectAll('nav.toc > ol > li', page(`/${SLUG}/`));
    expect(chapters).toHaveLength(9);
    expect(selectAll('nav.toc a', page(`/${SLUG}/`))).toHaveLength(29);
  });

  it('keeps empty metadata visibly empty in a real table', () => {
    const rows = selectAll('.meta-table tr', page(`/${SLUG}/`)).map((tr) => [toText(select('th', tr)!), toText(select('td', tr)!)]);
    expect(rows).toContainEqual(['成文日期', '（原页面此项为空）']);
    expect(rows).toContainEqual(['发文日期', '（原页面此项为空）']);
    expect(rows).toContainEqual(['发文字号', '蓟州政办发〔2022〕16号']);
    expect(rows).toContainEqual(['原网站栏目', '政务公开 › 政策文件 › 区级文件 › 政府办公室']);
  });

  it('gives every paragraph a stable id and a permalink to it', () => {
    const full = page(`/${SLUG}/full-text/`);
    for (const m of notice.plan.measures) {
      for (const p of m.paragraphs) {
        expect(select(`#${p.id} a.permalink[href="#${p.id}"]`, full), p.id).toBeTruthy();
      }
    }
  });

  it('lists on each department page every task whose clause names it, linked to the paragraph', () => {
    const tasks = tasksOf(notice);
    expect(tasks).toHaveLength(66);
    for (const department of notice.departments) {
      const links = selectAll('main .task a[href*="/measures/"][href*="#"]', page(`/${SLUG}/departments/${department.id}/`)).map((a) => String(a.properties.href));
      const expected = tasks.filter((t) => t.clause.departments.some((d) => d.id === department.id)).map((t) => `/${SLUG}/measures/${t.measure.number}/#${t.paragraph.id}`);
      expect(links, department.name).toEqual(expected);
    }
  });

  it('indexes all 36 departments, generic actors included', () => {
    const names = selectAll('main .dept-list a', page(`/${SLUG}/departments/`)).map((a) => toText(a));
    expect(names).toHaveLength(36);
    expect(names).toEqual(expect.arrayContaining(['区民政局', '区商务局', '各乡镇（街道）', '各有关部门', '相关行业主管部门', '市规划资源局蓟州分局']));
  });

  it('links a measure page to the departments responsible for it', () => {
    const names = selectAll('main .dept-list a', page(`/${SLUG}/measures/24/`)).map((a) => toText(a));
    expect(names).toEqual(['区发展改革委', '区金融局']);
  });
});
