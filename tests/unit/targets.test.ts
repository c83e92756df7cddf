import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Measure, Notice, Paragraph, Segment } from '../../scripts/lib/model.ts';
import { paragraphText } from '../../scripts/lib/model-queries.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';
import { actionOf } from '../../scripts/lib/targets/action.ts';
import { findExclusions } from '../../scripts/lib/targets/exclusions.ts';
import { excludedNumbers, extractTargets, noticeTexts, unaccountedNumbers } from '../../scripts/lib/targets/extract-targets.ts';
import { findDeadlines } from '../../scripts/lib/targets/find-deadlines.ts';
import { findQuantities } from '../../scripts/lib/targets/find-quantities.ts';
import { readNumbers } from '../../scripts/lib/targets/read-numbers.ts';
import { splitPhrases, splitSentences } from '../../scripts/lib/targets/sentences.ts';
import { TARGETS_CSV_HEADER, targetsCsv } from '../../scripts/lib/targets/targets-csv.ts';
import { targetsOpenData } from '../../scripts/lib/targets/targets-open-data.ts';
import type { ExcludedNumber, Target } from '../../scripts/lib/targets/types.ts';

/** `UPDATE_FIXTURES=1 npx vitest run tests/unit/targets.test.ts` rewrites the expected targets. */
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const EXPECTED = new URL('../fixtures/targets/jizhou-2022-16.json', import.meta.url);

const notice = parseNotice(readFileSync(new URL('../../seeds/jizhou-2022-16.txt', import.meta.url)), { file: 'seeds/jizhou-2022-16.txt' });
const targets = extractTargets(notice);
const excluded = excludedNumbers(notice);
const byId = (id: string) => targets.find((t) => t.id === id)!;

/** Digit runs of every text of the notice that none of the targets or exclusions accounts for. */
function unaccountedIn(n: Notice, ts: Target[], xs: ExcludedNumber[]) {
  const spans = new Map<string, [number, number][]>();
  const add = (location: string, start: number, length: number) => spans.set(location, [...(spans.get(location) ?? []), [start, start + length]]);
  for (const t of ts) {
    for (const q of t.quantities) add(t.paragraph, t.offset + q.offset, q.text.length);
    if (t.deadline) add(t.paragraph, t.offset + t.deadline.offset, t.deadline.text.length);
  }
  const lost: string[] = [];
  for (const { location, text } of noticeTexts(n)) {
    for (const run of text.matchAll(/[0-9０-９]+/g)) {
      const inTarget = (spans.get(location) ?? []).some(([s, e]) => run.index >= s && run.index + run[0].length <= e);
      const isExcluded = xs.some((x) => x.location === location && x.offset === run.index && x.text === run[0]);
      if (!inTarget && !isExcluded) lost.push(`${location}@${run.index} ${run[0]}: …${text.slice(Math.max(0, run.index - 12), run.index + run[0].length + 12)}…`);
    }
  }
  return lost;
}

describe('targets of jizhou-2022-16', () => {
  it('finds exactly 17 targets, in reading order with stable ids', () => {
    expect(targets).toHaveLength(17);
    expect(targets.map((t) => t.id)).toEqual(Array.from({ length: 17 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`));
    expect(targets.map((t) => t.measure)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 4, 4, 4, 5, 5, 18]);
  });

  // [id, measure, paragraph, action, quantities [value, unit, text], deadline [kind, year, text] | null, departments]
  it.each<[string, number, string, string, [number, string, string][], [string, number, string] | null, string[]]>([
    ['t01', 1, 'm01-p2', '新增公办园学位', [[480, '个', '480个']], ['by-end-of', 2022, '2022年底'], ['jiaoyu', 'guihua-ziyuan']],
    ['t02', 1, 'm01-p2', '中小学C级校舍提升改造', [[95, '所', '95所']], null, ['jiaoyu', 'guihua-ziyuan']],
    ['t03', 1, 'm01-p4', '新增老年人照料服务中心建设', [[5, '家', '5家']], null, ['minzheng', 'weisheng-jiankang', 'caizheng', 'tuiyi-junren', 'renshe', 'xiangzhen-jiedao']],
    ['t04', 1, 'm01-p4', '新增养老床位', [[200, '张', '200张']], null, ['minzheng', 'weisheng-jiankang', 'caizheng', 'tuiyi-junren', 'renshe', 'xiangzhen-jiedao']],
    ['t05', 1, 'm01-p6', '保障性租赁住房项目改建', [[1214, '套', '1214套']], null, ['zhufang-jianshe', 'nongye-nongcun', 'caizheng', 'minzheng']],
    ['t06', 1, 'm01-p7', '城区体育公园建设', [[2, '个', '2个']], null, ['wenhua-lvyou', 'tiyu', 'guihua-ziyuan']],
    ['t07', 2, 'm02-p3', '建设普惠性托育服务机构', [[2, '家', '2家']], ['in-year', 2022, '2022年'], ['weisheng-jiankang', 'jiaoyu', 'caizheng', 'minzheng', 'guihua-ziyuan', 'shichang-jianguan']],
    ['t08', 2, 'm02-p4', '中医医院迁址新建', [], ['by-end-of', 2022, '2022年底'], ['minzheng', 'weisheng-jiankang', 'zhufang-jianshe', 'fazhan-gaige', 'jiaoyu', 'caizheng', 'guihua-ziyuan', 'shichang-jianguan']],
    ['t09', 2, 'm02-p4', '邦均镇中心卫生院选址新建', [], ['in-year', 2025, '2025年'], ['minzheng', 'weisheng-jiankang', 'zhufang-jianshe', 'fazhan-gaige', 'jiaoyu', 'caizheng', 'guihua-ziyuan', 'shichang-jianguan']],
    ['t10', 2, 'm02-p4', '社区卫生服务站基础设施改造', [[9, '个', '9个']], null, ['minzheng', 'weisheng-jiankang', 'zhufang-jianshe', 'fazhan-gaige', 'jiaoyu', 'caizheng', 'guihua-ziyuan', 'shichang-jianguan']],
    ['t11', 3, 'm03-p1', '老年人食堂试点建设', [[20, '家', '20家']], null, ['minzheng', 'weisheng-jiankang', 'shichang-jianguan', 'shangwu']],
    ['t12', 4, 'm04-p1', '老旧小区、楼房改造', [[59, '个', '59个'], [334, '栋', '334栋']], ['range', 2025, '2022年至2025年'], ['zhufang-jianshe', 'guihua-ziyuan', 'gongye-xinxihua', 'shuiwu-water', 'shangwu', 'caizheng', 'fazhan-gaige', 'chengshi-guanli', 'minzheng', 'xiaofang']],
    ['t13', 4, 'm04-p1', '社区标准建设', [[33, '个', '33个']], null, ['zhufang-jianshe', 'jiaoyu', 'shangwu', 'minzheng', 'shichang-jianguan', 'fazhan-gaige', 'guihua-ziyuan', 'tiyu']],
    ['t14', 4, 'm04-p1', '城市完整居住区覆盖率显著提升', [], ['in-year', 2025, '2025年'], ['zhufang-jianshe', 'jiaoyu', 'shangwu', 'minzheng', 'shichang-jianguan', 'fazhan-gaige', 'guihua-ziyuan', 'tiyu']],
    ['t15', 5, 'm05-p1', '居家适老化改造', [[200, '户', '200户']], null, ['minzheng', 'weisheng-jiankang', 'fazhan-gaige', 'wenhua-lvyou', 'tiyu', 'shangwu', 'caizheng', 'canlian']],
    ['t16', 5, 'm05-p1', '有辅助器具需求的残疾人适配服务覆盖率', [[85, '%', '85%以上']], null, ['canlian']],
    ['t17', 18, 'm18-p1', '农民工免费查体', [], ['in-year', 2022, '2022年'], ['zonggonghui']],
  ])('%s: measure %i, %s, %s', (id, measure, paragraph, action, quantities, deadline, departments) => {
    const t = byId(id);
    expect([t.measure, t.paragraph, t.action]).toEqual([measure, paragraph, action]);
    expect(t.quantities.map((q) => [q.value, q.unit, q.text])).toEqual(quantities);
    expect(t.deadline && [t.deadline.kind, t.deadline.year, t.deadline.text]).toEqual(deadline);
    expect(t.departments).toEqual(departments);
  });

  it('keeps the sentence and phrase exactly as published, with offsets that point into the paragraph', () => {
    const paragraphs = new Map(notice.plan.measures.flatMap((m) => m.paragraphs.map((p) => [p.id, p])));
    for (const t of targets) {
      const full = paragraphText(paragraphs.get(t.paragraph)!);
      expect(full.slice(t.offset, t.offset + t.text.length)).toBe(t.text);
      expect(t.text).toContain(t.phrase);
      for (const q of t.quantities) expect(t.text.slice(q.offset, q.offset + q.text.length)).toBe(q.text);
      if (t.deadline) expect(t.text.slice(t.deadline.offset, t.deadline.offset + t.deadline.text.length)).toBe(t.deadline.text);
    }
    expect(byId('t12').text).toBe('2022年至2025年,完成59个老旧小区、334栋楼房的改造任务。');
    expect(byId('t04').text).toBe(byId('t03').text);
    expect(byId('t16')).toMatchObject({ responsibility: 'm05-p1-r2', quantities: [{ bound: 'at-least' }] });
    expect(byId('t12').deadline).toMatchObject({ from: 2022, year: 2025 });
  });

  it('accounts for every number of the notice text: in a target, or excluded with a reason', () => {
    const lost = unaccountedIn(notice, targets, excluded);
    expect(lost, `numbers neither in a target nor excluded:\n${lost.join('\n')}`).toEqual([]);
    expect(unaccountedNumbers(notice)).toEqual([]);
  });

  it('reads every text of the plan and cover (no paragraph is skipped by the check above)', () => {
    const locations = noticeTexts(notice).map((x) => x.location);
    const paragraphs = [...notice.cover!.body, ...notice.plan.preamble, ...notice.plan.measures.flatMap((m) => m.paragraphs)].map((p) => p.id);
    expect(locations).toEqual(expect.arrayContaining([...paragraphs, 'cover-date', 'plan-title', ...notice.plan.measures.map((m) => m.id), ...notice.plan.chapters.map((c) => c.id)]));
  });

  it('excludes the numbers that are not targets, by category', () => {
    expect(excluded.map((x) => [x.location, x.text, x.reason, x.damaged, x.match])).toEqual([
      ['cover-date', '20221217', 'damaged-source', true, '20221217'],
      ['preamble-p1', '202215', 'document-number', true, '〔202215号'],
      ['m01-p1', '2021', 'document-title-year', false, '《天津市基本公共服务实施标准(2021年版)》'],
      ['m02-p3', '23', 'damaged-source', true, '23岁'],
      ['m02-p4', '20212035', 'damaged-source', true, '20212035年'],
      ['m02-p4', '20202035', 'damaged-source', true, '20202035年'],
      ['m06-p1', '15', 'time-span', false, '15分钟'],
      ['m11-p1', '2', 'time-span', false, '2年内'],
      ['m15-p1', '4', 'name-like', false, '4A级'],
    ]);
  });

  it('lists as damaged every run-together number the parser reported', () => {
    const reported = notice.damage.filter((d) => d.kind === 'date-digits-run-together' || d.kind === 'number-range-run-together');
    expect(reported.length).toBeGreaterThan(0);
    for (const d of reported) expect(excluded.filter((x) => x.damaged).map((x) => x.match)).toContain(d.text);
  });

  it('matches the reviewed fixture (targets and exclusions)', () => {
    const actual = JSON.parse(JSON.stringify({ targets, excluded }));
    if (UPDATE) writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(EXPECTED)) throw new Error('tests/fixtures/targets/jizhou-2022-16.json is missing: run UPDATE_FIXTURES=1 npx vitest run tests/unit/targets.test.ts and review it');
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });
});

describe('targetsCsv and targetsOpenData', () => {
  const csv = targetsCsv(targets, notice);
  const rows = csv.slice(1).split('\r\n');

  it('writes a BOM, CRLF line ends, the header and one row per target', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(rows[0]).toBe(TARGETS_CSV_HEADER.join(','));
    expect(rows.filter(Boolean)).toHaveLength(targets.length + 1);
  });

  it('fills the columns from the target and the department names', () => {
    expect(rows[1]).toBe('t01,(一),m01-p2,新增公办园学位,480,个,2022年底,区教育局、市规划资源局蓟州分局,"推进格调石溪和万盛园等小区配套幼儿园建设、泽丰名苑小区配套幼儿园投入使用和山倾城帕醍欧分园、第三幼儿园博御园分园、第七幼儿园、第八幼儿园增班扩量工作,2022年底完成新增公办园学位480个。"');
    expect(rows[12]).toMatch(/^t12,\(四\),m04-p1,老旧小区、楼房改造,59、334,个、栋,2022年至2025年,区住房建设委、/);
    expect(rows[17]).toBe('t17,(十八),m18-p1,农民工免费查体,,,2022年,总工会,"深化工会送温暖活动,组织实施2022年农民工免费查体工作。"');
  });

  it('gives the open data each target with the URL of its paragraph', () => {
    const data = targetsOpenData(notice, { measure: (n) => `https://example.org/measures/${n}/` });
    expect(data.targets).toHaveLength(17);
    expect(data.targets[0]).toMatchObject({ id: 't01', url: 'https://example.org/measures/1/#m01-p2' });
    expect(data.excludedNumbers).toEqual(excluded);
  });
});

describe('rules on small texts', () => {
  const q = (text: string) => findQuantities(text).quantities.map((x) => [x.value, x.unit, x.text, x.bound]);
  const d = (text: string) => findDeadlines(text).deadlines.map((x) => [x.kind, x.year, x.from, x.text]);
  const x = (text: string) => findExclusions(text).exclusions.map((e) => [e.reason, e.match, e.damaged]);

  it('quantity: a number with a measure word or unit', () => {
    expect(q('新增养老床位200张')).toEqual([[200, '张', '200张', null]]);
    expect(q('完成59个老旧小区、334栋楼房')).toEqual([[59, '个', '59个', null], [334, '栋', '334栋', null]]);
    expect(q('覆盖率达到85%以上')).toEqual([[85, '%', '85%以上', 'at-least']]);
    expect(q('新增200余张床位、1.5万平方米场地')).toEqual([[200, '张', '200余张', 'at-least'], [1.5, '万平方米', '1.5万平方米', null]]);
    expect(q('投入资金3000万元')).toEqual([[3000, '万元', '3000万元', null]]);
    expect(q('推进2022年工作')).toEqual([]);
  });

  it('quantity: full-width digits are read, the text stays as published', () => {
    expect(readNumbers('新增床位２００张').quantities).toMatchObject([{ value: 200, unit: '张', text: '２００张' }]);
  });

  it('deadline: a year with 年, 年底, 年前, 年至…年', () => {
    expect(d('2022年底完成')).toEqual([['by-end-of', 2022, null, '2022年底']]);
    expect(d('2023年前建成')).toEqual([['by-end-of', 2023, null, '2023年前']]);
    expect(d('到2025年,覆盖率达到')).toEqual([['by-end-of', 2025, null, '到2025年']]);
    expect(d('2025年完成选址')).toEqual([['in-year', 2025, null, '2025年']]);
    expect(d('2022年至2025年,完成')).toEqual([['range', 2025, 2022, '2022年至2025年']]);
    expect(d('2022—2025年')).toEqual([['range', 2025, 2022, '2022—2025年']]);
    expect(d('编号12345')).toEqual([]);
  });

  it.each<[string, string, string, boolean]>([
    ['根据《通知》(津政办发〔2022〕15号)', 'document-number', '〔2022〕15号', false],
    ['根据《通知》(津政办发〔202215号)', 'document-number', '〔202215号', true],
    ['落实《天津市基本公共服务实施标准(2021年版)》', 'document-title-year', '《天津市基本公共服务实施标准(2021年版)》', false],
    ['参照2021年版标准', 'document-title-year', '2021年版', false],
    ['编制《三年行动计划第2号》', 'document-title', '《三年行动计划第2号》', false],
    ['加快编制《蓟州区20212035年养老服务设施规划》', 'damaged-source', '20212035年', true],
    ['鼓励有条件的幼儿园开设托班,招收23岁的幼儿', 'damaged-source', '23岁', true],
    ['20221217', 'damaged-source', '20221217', true],
    ['为60岁以上老年人提供服务', 'age', '60岁', false],
    ['实施郭家沟4A级景区提升工程', 'name-like', '4A级', false],
    ['推进5G网络建设', 'name-like', '5G', false],
    ['申报第3批试点', 'ordinal', '第3', false],
    ['在中心城区打造15分钟健身圈', 'time-span', '15分钟', false],
    ['毕业2年内本市高校毕业生', 'time-span', '2年内', false],
    ['2022年12月17日印发', 'date', '2022年12月17日', false],
    ['2021年以来,已完成', 'past-year', '2021年以来', false],
    ['截至2021年底,已建成', 'past-year', '截至2021年底', false],
  ])('exclusion: %s -> %s', (text, reason, match, damaged) => {
    expect(x(text)).toEqual([[reason, match, damaged]]);
    const read = readNumbers(text);
    expect([read.quantities, read.deadlines, read.unknown]).toEqual([[], [], []]);
  });

  it('a number no rule understands is unknown, not silently dropped', () => {
    expect(readNumbers('编号12345').unknown).toEqual([{ offset: 2, text: '12345' }]);
  });

  it('sentences split at 。；, phrases at commas', () => {
    expect(splitSentences('新增养老床位200张。健全制度；推进建设').map((s) => s.text)).toEqual(['新增养老床位200张。', '健全制度；', '推进建设']);
    expect(splitPhrases('2022年至2025年,完成59个老旧小区。')).toEqual([{ text: '2022年至2025年', offset: 0 }, { text: '完成59个老旧小区', offset: 12 }]);
  });

  it.each<[string, string]>([
    ['新增养老床位200张', '新增养老床位'],
    ['2022年底完成新增公办园学位480个', '新增公办园学位'],
    ['完成59个老旧小区、334栋楼房的改造任务', '老旧小区、楼房改造'],
    ['推进区内5家新增老年人照料服务中心、蓟州区第二养老服务中心建设', '新增老年人照料服务中心建设'],
    ['实施普惠托育专项行动2022年建设完成2家普惠性托育服务机构', '建设普惠性托育服务机构'],
    ['力争2022年底完成中医医院迁址新建工程', '中医医院迁址新建'],
    ['对有辅助器具需求的残疾人适配服务覆盖率达到85%以上', '有辅助器具需求的残疾人适配服务覆盖率'],
    ['组织实施2022年农民工免费查体工作', '农民工免费查体'],
  ])('action: %s -> %s', (phrase, action) => {
    const read = readNumbers(phrase);
    expect(actionOf(phrase, read.quantities, read.deadlines[0] ?? null)).toBe(action);
  });
});

/** A one-measure notice with the given paragraphs (text, or [text, departments] for a clause). */
function syntheticNotice(paragraphs: (string | [string, string[]])[][]): Notice {
  const measure: Measure = {
    number: 1, numeral: '一', id: 'm01', title: '测试措施', titleTerminator: '。', chapter: 1, style: 'paren-han', marker: '（一）', line: 1,
    paragraphs: paragraphs.map((parts, i): Paragraph => {
      let r = 0;
      const segments = parts.map((part): Segment =>
        typeof part === 'string'
          ? { kind: 'text', text: part }
          : { kind: 'responsibility', text: part[0], verb: '负责', form: 'verbal', note: null, id: `m01-p${i + 1}-r${++r}`, departments: part[1].map((id) => ({ id, name: id, role: 'responsible' as const })) },
      );
      return { id: `m01-p${i + 1}`, line: i + 2, heading: null, headingTerminator: null, segments };
    }),
  };
  return {
    slug: 'synthetic', file: 'synthetic.txt', sha256: '', encoding: 'utf-8', sourceScript: 'zh-Hans', jurisdiction: null,
    layout: { metadata: 'none', shape: 'cover-and-plan', outline: ['han', 'paren-han'], plainText: false },
    facts: { title: { value: '通知', from: 'title' }, documentNumber: { value: null, from: null }, issuer: { value: '办公室', from: 'signature' }, date: { value: '二〇二二年十二月十七日', from: 'signature', iso: '2022-12-17' } },
    chrome: { header: '', siteName: '', toolbar: [], breadcrumb: [], lines: [] },
    corrections: [],
    sourceLines: [],
    metadata: [],
    cover: { title: '通知', titleLines: ['通知'], masthead: [], addressees: '各单位:', body: [], issuer: '办公室', date: '二〇二二年十二月十七日', publicationNote: null, line: 1 },
    plan: {
      title: '方案', line: 1, masthead: [], preamble: [], signature: null, measures: [measure],
      chapters: [{ number: 1, numeral: '一', id: 'c1', title: '章', titleTerminator: null, style: 'han', marker: '一、', paragraphs: [], line: 1, measures: [1] }],
    },
    departments: [],
    damage: [],
  };
}

describe('extractTargets on synthetic notices', () => {
  const read = (paragraphs: (string | [string, string[]])[][]) => {
    const n = syntheticNotice(paragraphs);
    return { targets: extractTargets(n), excluded: excludedNumbers(n), unaccounted: unaccountedNumbers(n), lost: unaccountedIn(n, extractTargets(n), excludedNumbers(n)) };
  };

  it('one target per phrase with a quantity; the clause covering the sentence gives the departments', () => {
    const r = read([['推进区内5家服务中心建设,新增养老床位200张。健全制度。', ['(区民政局负责)', ['minzheng']]]]);
    expect(r.targets.map((t) => [t.action, t.quantities.map((q) => q.text), t.responsibility, t.departments])).toEqual([
      ['服务中心建设', ['5家'], 'm01-p1-r1', ['minzheng']],
      ['新增养老床位', ['200张'], 'm01-p1-r1', ['minzheng']],
    ]);
    expect(r.targets[0]!.text).toBe('推进区内5家服务中心建设,新增养老床位200张。');
  });

  it('a deadline-only phrase dates the phrases after it; a dated phrase without a quantity is a target', () => {
    const r = read([['2022年至2025年,完成59个老旧小区改造。2025年完成卫生院新建项目。2025年,覆盖率显著提升。']]);
    expect(r.targets.map((t) => [t.action, t.quantities.length, t.deadline?.kind, t.deadline?.year])).toEqual([
      ['老旧小区改造', 1, 'range', 2025],
      ['卫生院新建', 0, 'in-year', 2025],
      ['覆盖率显著提升', 0, 'in-year', 2025],
    ]);
    expect(r.targets[2]!.phrase).toBe('覆盖率显著提升');
  });

  it('text after the last clause still yields targets, without departments', () => {
    const r = read([['新增床位10张。', ['(区民政局负责)', ['minzheng']], '完成20户改造。']]);
    expect(r.targets.map((t) => [t.quantities[0]!.text, t.responsibility, t.departments])).toEqual([
      ['10张', 'm01-p1-r1', ['minzheng']],
      ['20户', null, []],
    ]);
  });

  it('numbers in headings or clauses are not targets and are reported as unaccounted', () => {
    const r = read([['完成改造。', ['(区第2工作组负责)', ['x']]], ['新增编号12345。']]);
    expect(r.targets).toEqual([]);
    expect(r.excluded.map((e) => e.reason)).toEqual(['ordinal']);
    expect(r.unaccounted.map((u) => [u.location, u.text])).toEqual([['m01-p2', '12345']]);
    expect(r.lost).toEqual(['m01-p2@4 12345: …新增编号12345。…']);
  });

  it('excluded numbers are not targets: a damaged range, a document title year, a time span', () => {
    const r = read([['加快编制《规划(20202035年)》。落实《标准(2021年版)》。打造15分钟健身圈。']]);
    expect(r.targets).toEqual([]);
    expect(r.excluded.map((e) => [e.text, e.reason])).toEqual([['20202035', 'damaged-source'], ['2021', 'document-title-year'], ['15', 'time-span']]);
    expect(r.lost).toEqual([]);
  });

  it('the cover date is read too', () => {
    const n = syntheticNotice([]);
    n.cover!.date = '20221217';
    expect(excludedNumbers(n).map((e) => [e.location, e.reason])).toEqual([['cover-date', 'damaged-source']]);
  });
});
