/**
 * The reader on the fixture corpus (tests/fixtures/notices/): one short notice per layout trait
 * and combinations of them, each written for these tests. Each case parses to its expected.json
 * (the structural summary); `UPDATE_FIXTURES=1 npx vitest run tests/unit/notice-fixtures.test.ts`
 * rewrites them after a deliberate change (review the diff against the case's case.md).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { missingHan, modelStrings } from '../support/model-text.ts';
import { summariseNotice } from '../support/notice-summary.ts';
import { summariseNotice as buildSummary } from '../../scripts/lib/summary.ts';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const CASES = fileURLToPath(new URL('../fixtures/notices/', import.meta.url));
const names = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const parse = (name: string) => {
  const bytes = readFileSync(join(CASES, name, 'input.txt'));
  return { bytes, notice: parseNotice(bytes, { file: `${name}.txt` }) };
};

describe('the reader on the fixture corpus', () => {
  it('has at least 20 cases, each with its description', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const name of names) expect(existsSync(join(CASES, name, 'case.md')), name).toBe(true);
  });

  it.each(names)('%s parses to its expected.json', (name) => {
    const actual = JSON.parse(JSON.stringify(summariseNotice(parse(name).notice)));
    const path = join(CASES, name, 'expected.json');
    if (UPDATE) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it.each(names)('%s: every Chinese character of the file is in the model', (name) => {
    const { bytes, notice } = parse(name);
    const source = bytes.toString('utf8').replace(/<[^>]*>/g, '');
    expect(missingHan(source, modelStrings(notice)).join('')).toBe('');
  });
});

describe('what the reader makes of each layout', () => {
  const read = (name: string) => parse(name).notice;

  it('reads the metadata in every layout', () => {
    expect(read('meta-inline-label-value').layout.metadata).toBe('inline');
    expect(read('meta-pairs-one-line').layout.metadata).toBe('multi-pair');
    expect(read('meta-none').metadata).toEqual([]);
    const pairs = read('meta-pairs-one-line');
    expect(pairs.chrome.lines.some((l) => l.kind === 'visits')).toBe(true);
    expect(read('meta-padded-labels').metadata.map((f) => f.label)).toEqual(expect.arrayContaining(['索引号', '文号']));
  });

  it('derives title, number, issuer and date from the document when the metadata lacks them, and says so', () => {
    const none = read('meta-none');
    expect(none.facts.title).toEqual({ value: '天津市红桥区人民政府办公室关于印发红桥区老年人居家适老化改造工作方案的通知', from: 'title' });
    expect(none.facts.issuer.from).toBe('signature');
    expect(none.facts.date.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const red = read('title-red-header');
    expect(red.cover!.masthead.map((m) => m.kind)).toEqual(expect.arrayContaining(['red-header', 'document-number']));
    expect(red.facts.documentNumber.from).toBe('masthead');
    // A title printed only in the page header is the document's, not the attached plan's.
    expect(read('title-page-header-only').facts.title).toEqual({ value: '天津市人民政府办公厅印发关于推进社区食堂建设若干措施的通知', from: 'page-title' });
  });

  it('tells the document shapes apart', () => {
    expect(read('shape-plan-only')).toMatchObject({ cover: null, layout: { shape: 'plan' } });
    expect(read('shape-cover-and-plan').layout.shape).toBe('cover-and-plan');
    expect(read('shape-letter-numbered-body').layout.shape).toBe('letter');
    // A letter's own numbered requirements are not the plan's chapters.
    const requirements = read('shape-cover-requirements-then-plan');
    expect(requirements.layout.shape).toBe('cover-and-plan');
    expect(requirements.cover!.body.length).toBeGreaterThan(1);
    expect(read('shape-signature-no-issuer').cover!.issuer).toBeNull();
    expect(read('shape-signature-no-date').cover!.date).toBeNull();
    expect(read('shape-date-missing-day-char').facts.date.iso).toBe('2018-03-27');
  });

  it('recognises heading levels by their numbering style', () => {
    expect(read('outline-one-level-arabic')).toMatchObject({ layout: { outline: ['arabic'] }, plan: { chapters: [] } });
    expect(read('outline-three-levels').layout.outline).toEqual(['han', 'paren-han', 'arabic']);
    expect(read('outline-four-levels').layout.outline).toEqual(['han', 'paren-han', 'arabic', 'paren-arabic']);
    expect(read('outline-articles').layout.outline).toEqual(['zhang', 'tiao']);
    const restart = read('outline-measures-restart');
    expect(restart.plan.measures.map((m) => m.number)).toEqual(restart.plan.measures.map((_, i) => i + 1));
    expect(restart.plan.measures.filter((m) => m.numeral === '一').length).toBe(restart.plan.chapters.length);
    const items = read('outline-three-levels').plan.measures.flatMap((m) => m.paragraphs.filter((p) => p.item));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((p) => p.item!.level === 1 && p.item!.style === 'arabic')).toBe(true);
    expect(read('outline-dash-principles').plan.measures.flatMap((m) => m.paragraphs).some((p) => p.item?.style === 'dash')).toBe(true);
  });

  it('repairs damaged layouts and reports each repair', () => {
    const oneLine = read('damaged-one-line');
    expect(oneLine.plan.chapters.length).toBeGreaterThan(0);
    expect(oneLine.metadata.length).toBeGreaterThan(3);
    expect(oneLine.damage.map((d) => d.kind)).toContain('line-breaks-lost');
    expect(read('damaged-raw-html').damage.map((d) => d.kind)).toContain('html-markup');
    expect(read('damaged-inline-headings').damage.map((d) => d.kind)).toContain('line-breaks-lost');
    expect(read('damaged-whitespace').damage.map((d) => d.kind)).toEqual(expect.arrayContaining(['whitespace-only-lines', 'indented-lines']));
  });

  it('detects a Traditional-script source and keeps its text as published', () => {
    const hant = read('traditional-shaanxi');
    expect(hant.sourceScript).toBe('zh-Hant');
    expect(hant.metadata.map((f) => f.label)).toContain('索引號');
    expect(hant.plan.title).toMatch(/陝西省/);
    expect(read('shape-cover-and-plan').sourceScript).toBe('zh-Hans');
  });
});

describe('duties in the fixture notices', () => {
  it('reads a lead and responsible pair in brackets and on lines of their own, each line belonging to its task', () => {
    const { notice } = parse('responsibility-lead-units');
    const clauses = notice.plan.measures.flatMap((m) => m.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'responsibility')));
    expect(clauses.map((c) => c.departments.map((d) => `${d.name}/${d.role}`).join(' '))).toEqual([
      '区市场监管局/lead 区财政局/responsible',
      '区国资局/lead 区商务局/responsible 各镇街/responsible',
      '区金融局/lead',
      '区发展和改革局/responsible 区市场监管局/responsible',
      '区发展和改革局/responsible',
    ]);
    expect(clauses.map((c) => c.covers)).toEqual([undefined, undefined, 'm03-p1', 'm03-p1', 'm04-p1']);
  });

  it('lists in the build summary the roles and the names the vocabulary does not know', () => {
    const lines = buildSummary(parse('responsibility-lead-units').notice);
    expect(lines).toContain('  duties responsibility-lead-units.txt: 佛山市顺德区; 牵头 lead 3, 负责 responsible 6, 配合 cooperating 0; 3 个不在词表 not in the vocabulary: 区国资局、各镇街、区发展和改革局');
  });

  it('keeps a Traditional notice’s department names as published', () => {
    const { notice } = parse('traditional-shaanxi');
    expect(notice.departments.map((d) => d.name)).toContain('省人力資源社會保障廳');
    expect(notice.jurisdiction).toEqual({ id: 'shaanxi', name: '陝西省', level: 'provincial' });
    expect(notice.departments[0]!.jurisdiction!.name).toBe('陝西省');
  });
});

describe('duties of a district notice with abbreviations and a lost 区', () => {
  const { notice } = parse('duties-lead-cooperate-abbrev');
  const byName = (name: string) => notice.departments.find((d) => d.spellings.includes(name))!;

  it('joins abbreviations to the listed departments and reads the damaged 发改委 as 区发展改革委, reporting it', () => {
    expect(byName('区卫健委')).toMatchObject({ id: 'weisheng-jiankang', name: '区卫生健康委', uid: 'tianjin-hedong/weisheng-jiankang' });
    expect(byName('区住建委').id).toBe('zhufang-jianshe');
    expect(byName('发改委')).toMatchObject({ id: 'fazhan-gaige', name: '区发展改革委' });
    expect(notice.damage.filter((d) => d.line === 40).map((d) => d.kind).sort()).toEqual(['clause-close-bracket-missing', 'clause-open-bracket-missing', 'department-prefix-missing']);
  });

  it('gives lead and cooperating roles, and knows a branch named after the district', () => {
    expect(byName('区政务服务局').duties.map((d) => d.role)).toEqual(['lead']);
    expect(byName('区审改办').duties.map((d) => d.role)).toEqual(['cooperating']);
    expect(byName('各街道').duties.map((d) => d.role)).toEqual(['cooperating', 'responsible']);
    expect(byName('规划河东分局')).toMatchObject({ kind: 'municipal-branch', inVocabulary: false });
  });

  it('takes no ordinary bracket for a clause', () => {
    const texts = notice.plan.measures.flatMap((m) => m.paragraphs.flatMap((p) => p.segments.filter((s) => s.kind === 'responsibility').map((s) => s.text)));
    expect(texts).toHaveLength(6);
    expect(texts.some((t) => t.includes('经营场所'))).toBe(false);
  });
});
