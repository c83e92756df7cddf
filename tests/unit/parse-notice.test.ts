import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../scripts/lib/model.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';

const BYTES = readFileSync(new URL('../../seeds/jizhou-2022-16.txt', import.meta.url));
const SOURCE_LINES = BYTES.toString('utf8').split('\n');
const notice = parseNotice(BYTES, { file: 'seeds/jizhou-2022-16.txt' });

const paragraphText = (p: Paragraph) => p.segments.map((s) => s.text).join('');
const withHeading = (p: Paragraph) => (p.heading ? `${p.heading}${p.headingTerminator ?? ''}` : '') + paragraphText(p);
const allParagraphs = [...notice.cover!.body, ...notice.plan.preamble, ...notice.plan.measures.flatMap((m) => m.paragraphs)];

const CHAPTERS = [
  '加强公益性基础性服务供给',
  '加快补齐服务场地设施短板',
  '加强服务标准品牌质量建设',
  '强化高质量人力资源支撑',
  '推动服务数字化赋能',
  '培育强大市场激活消费需求',
  '打造市场化法治化国际化营商环境',
  '完善支持政策',
  '加强组织实施',
];

/** The 29 official measure titles, numeral and title, as the notice publishes them. */
const MEASURES: [string, string][] = [
  ['一', '强化基本公共服务保障'],
  ['二', '扩大普惠性生活服务供给'],
  ['三', '大力发展社区便民服务'],
  ['四', '推动社区基础服务设施达标'],
  ['五', '完善老年人、儿童和残疾人服务设施'],
  ['六', '强化服务设施建设运营保障'],
  ['七', '加快构建行业性标杆化服务标准'],
  ['八', '创建生活性服务业品牌'],
  ['九', '完善产教融合人才培养模式'],
  ['十', '开展大规模职业技能培训'],
  ['十一', '畅通从业人员职业发展通道'],
  ['十二', '加快线上线下融合发展'],
  ['十三', '推动服务数据开放共享'],
  ['十四', '优化生活性服务业功能布局'],
  ['十五', '推进服务业态融合创新'],
  ['十六', '促进城市生活服务品质提升'],
  ['十七', '激活区域生活服务消费'],
  ['十八', '开展生活服务消费促进行动'],
  ['十九', '提升政务服务便利化水平'],
  ['二十', '积极有序扩大对外开放'],
  ['二十一', '完善监督检查机制'],
  ['二十二', '加强权益保障'],
  ['二十三', '加强财税和投资支持'],
  ['二十四', '加大金融支持力度'],
  ['二十五', '完善价格和用地等支持政策'],
  ['二十六', '增强市场主体抗风险能力'],
  ['二十七', '强化工作统筹协调'],
  ['二十八', '加强统计监测评价'],
  ['二十九', '加大宣传引导力度'],
];

/** Measures per chapter, as the seed groups them. */
const CHAPTER_MEASURES = [[1, 2, 3], [4, 5, 6], [7, 8], [9, 10, 11], [12, 13], [14, 15, 16, 17, 18], [19, 20, 21, 22], [23, 24, 25, 26], [27, 28, 29]];

describe('parseNotice on the real seed: structure', () => {
  it('takes its slug from the file name', () => {
    expect(notice.slug).toBe('jizhou-2022-16');
    expect(notice.file).toBe('jizhou-2022-16.txt');
    expect(notice.encoding).toBe('utf-8');
  });

  it('finds the 9 chapters 一、 … 九、 with their titles', () => {
    expect(notice.plan.chapters.map((c) => [c.id, c.numeral, c.title])).toEqual(CHAPTERS.map((title, i) => [`c${i + 1}`, '一二三四五六七八九'[i], title]));
  });

  it('finds the 29 measures (一) … (二十九) with their official titles', () => {
    expect(notice.plan.measures.map((m) => [m.numeral, m.title])).toEqual(MEASURES);
    expect(notice.plan.measures.map((m) => m.number)).toEqual(MEASURES.map((_, i) => i + 1));
    expect(notice.plan.measures.map((m) => m.id)).toEqual(MEASURES.map((_, i) => `m${String(i + 1).padStart(2, '0')}`));
  });

  it('puts each measure in its chapter', () => {
    expect(notice.plan.chapters.map((c) => c.measures)).toEqual(CHAPTER_MEASURES);
    for (const measure of notice.plan.measures) expect(notice.plan.chapters[measure.chapter! - 1]!.measures).toContain(measure.number);
  });

  it('marks the lost full stop after measure 29 instead of inventing one', () => {
    const terminators = notice.plan.measures.map((m) => m.titleTerminator);
    expect(terminators.slice(0, 28)).toEqual(Array(28).fill('。'));
    expect(terminators[28]).toBeNull();
    expect(notice.damage).toContainEqual(expect.objectContaining({ kind: 'title-stop-missing', line: 133 }));
  });

  it('splits measure 1 into its eight sub-items with their headings', () => {
    expect(notice.plan.measures[0]!.paragraphs.map((p) => p.heading)).toEqual([null, '基本公共教育', '就业与社会保障', '基本社会服务', '基本健康服务', '基本住房保障', '基本公共文化体育', '残疾人基本公共服务']);
  });

  it('gives the plan its title and one preamble paragraph', () => {
    expect(notice.plan.title).toBe('蓟州区生活性服务业发展行动方案');
    expect(notice.plan.preamble.map((p) => p.id)).toEqual(['preamble-p1']);
  });
});

describe('parseNotice on the real seed: metadata and cover', () => {
  const field = (key: string) => notice.metadata.find((f) => f.key === key);

  it('reads every metadata row', () => {
    expect(notice.metadata.map((f) => [f.label, f.value])).toEqual([
      ['名称', '天津市蓟州区人民政府办公室印发蓟州区生活性服务业发展行动方案的通知'],
      ['索引号', '11120225000208725L/2023-00006'],
      ['发布机构', '天津市蓟州区人民政府办公室'],
      ['发文字号', '蓟州政办发〔2022〕16号'],
      ['主题', '综合政务\\其他'],
      ['成文日期', null],
      ['发文日期', null],
      ['有效性', '有效'],
    ]);
  });

  it('keeps 成文日期 and 发文日期 as present but empty (null), not missing', () => {
    expect(field('writtenDate')).toEqual({ key: 'writtenDate', label: '成文日期', value: null, line: 16 });
    expect(field('issuedDate')).toEqual({ key: 'issuedDate', label: '发文日期', value: null, line: 17 });
  });

  it('keeps the breadcrumb as classification metadata and out of the text', () => {
    expect(notice.chrome.breadcrumb).toEqual(['政务公开', '政策文件', '区级文件', '政府办公室']);
    for (const p of allParagraphs) {
      expect(withHeading(p)).not.toContain('政务公开');
      expect(withHeading(p)).not.toMatch(/\s>\s/);
    }
  });

  it('keeps the page header and toolbar as chrome, not text', () => {
    expect(notice.chrome.header).toBe('天津市蓟州区人民政府 2019年12月3日星期二');
    expect(notice.chrome.siteName).toBe('天津市蓟州区人民政府');
    expect(allParagraphs.some((p) => withHeading(p).includes('长者模式'))).toBe(false);
  });

  it('joins the two-line cover title, which equals the 名称 metadata', () => {
    expect(notice.cover!.titleLines).toEqual(['天津市蓟州区人民政府办公室印发蓟州区', '生活性服务业发展行动方案的通知']);
    expect(notice.cover!.title).toBe(field('name')!.value);
  });

  it('reads addressees, body, signature, the damaged date as published, and the publication note', () => {
    expect(notice.cover!.addressees).toBe('各乡镇人民政府和街道办事处,各有关单位:');
    expect(notice.cover!.body.map(paragraphText)).toEqual(['经区人民政府同意,现将《蓟州区生活性服务业发展行动方案》印发给你们,请照此执行。']);
    expect(notice.cover!.issuer).toBe('天津市蓟州区人民政府办公室');
    expect(notice.cover!.date).toBe('20221217');
    expect(notice.damage).toContainEqual(expect.objectContaining({ kind: 'date-digits-run-together', line: 31, text: '20221217' }));
    expect(notice.cover!.publicationNote).toBe('(此件主动公开)');
  });
});

describe('parseNotice on the real seed: responsibility', () => {
  const clauses = notice.plan.measures.flatMap((m) => m.paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.kind === 'responsibility' ? [{ measure: m, paragraph: p, clause: s }] : []))));

  it('finds 66 responsibility clauses naming 36 departments', () => {
    expect(clauses).toHaveLength(66);
    expect(notice.departments).toHaveLength(36);
  });

  it('attributes every department of every clause: duties add up to clause departments', () => {
    const named = clauses.reduce((sum, c) => sum + c.clause.departments.length, 0);
    const duties = notice.departments.reduce((sum, d) => sum + d.duties.length, 0);
    expect(duties).toBe(named);
    for (const { measure, paragraph, clause } of clauses) {
      for (const ref of clause.departments) {
        const summary = notice.departments.find((d) => d.id === ref.id);
        expect(summary?.duties, `${clause.id} ${ref.name}`).toContainEqual({ measure: measure.number, paragraph: paragraph.id, clause: clause.id, role: ref.role });
      }
    }
  });

  it('gives every clause a unique id within its paragraph', () => {
    const ids = clauses.map((c) => c.clause.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { paragraph, clause } of clauses) expect(clause.id.startsWith(`${paragraph.id}-r`)).toBe(true);
  });
});

describe('parseNotice on the real seed: fidelity to the source', () => {
  it('rebuilds every measure line exactly: (numeral) + title + terminator + text', () => {
    for (const m of notice.plan.measures) {
      const first = m.paragraphs[0]!;
      expect(first.line).toBe(m.line);
      expect(`(${m.numeral})${m.title}${m.titleTerminator ?? ''}${paragraphText(first)}`, `measure ${m.numeral}`).toBe(SOURCE_LINES[m.line - 1]);
    }
  });

  it('reproduces every non-blank line from the cover title to the end of the file', () => {
    const rebuilt = new Map<number, string>();
    const cover = notice.cover!;
    const blocks = SOURCE_LINES.map((text, i) => ({ line: i + 1, text: text.trim() })).filter((b) => b.text && b.line >= cover.line);
    // Lines the cover spans, identified by their text, in source order.
    const coverTexts = [...cover.titleLines, cover.addressees, ...cover.body.map(paragraphText), cover.issuer, cover.date, cover.publicationNote];
    coverTexts.forEach((text, i) => rebuilt.set(blocks[i]!.line, text ?? ''));
    rebuilt.set(notice.plan.line, notice.plan.title);
    for (const c of notice.plan.chapters) rebuilt.set(c.line, `${c.numeral}、${c.title}`);
    for (const m of notice.plan.measures) {
      m.paragraphs.forEach((p, i) => rebuilt.set(p.line, i === 0 ? `(${m.numeral})${m.title}${m.titleTerminator ?? ''}${paragraphText(p)}` : withHeading(p)));
    }
    for (const p of [...cover.body, ...notice.plan.preamble]) rebuilt.set(p.line, withHeading(p));

    const mismatches = blocks.filter((b) => rebuilt.get(b.line) !== b.text).map((b) => `${b.line}: ${b.text.slice(0, 30)} ≠ ${rebuilt.get(b.line)?.slice(0, 30)}`);
    expect(mismatches).toEqual([]);
    expect(blocks).toHaveLength(rebuilt.size);
  });

  it('records each metadata value as the line under its label, unchanged', () => {
    for (const f of notice.metadata) {
      expect(SOURCE_LINES[f.line - 1]!.replace(/\s+/g, '').replace(/[:：]$/, '')).toBe(f.label);
      if (f.value !== null) expect(SOURCE_LINES[f.line]).toBe(f.value);
    }
  });

  it('keeps sub-item paragraphs on their source lines with the heading and its full stop', () => {
    for (const p of notice.plan.measures.flatMap((m) => m.paragraphs.slice(1))) {
      expect(withHeading(p), p.id).toBe(SOURCE_LINES[p.line - 1]);
    }
  });
});
