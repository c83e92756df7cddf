import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../scripts/lib/corrections/apply-corrections.ts';
import { correctedText } from '../../scripts/lib/model-queries.ts';
import { readCorrections, type CorrectionEntry } from '../../scripts/lib/corrections/read-corrections.ts';
import { parseNotice } from '../../scripts/lib/parse/parse-notice.ts';

const SEED = 'seeds/jizhou-2022-16.txt';
const notice = parseNotice(readFileSync(SEED), { file: SEED });
const entries = readCorrections(SEED);
const corrected = applyCorrections(notice, entries, 'seeds/jizhou-2022-16.corrections.json');
const entry = (over: Partial<CorrectionEntry>): CorrectionEntry => ({ id: 'x1', place: 'm02-p4', original: '20212035年', corrected: '2021—2035年', status: 'corrected', reason: 'test', ...over });

describe('the corrections file of the seed', () => {
  it('applies every entry exactly once', () => {
    expect(corrected.corrections).toHaveLength(entries.length);
    const applied = [
      ...(corrected.cover!.datePieces ?? []),
      ...corrected.plan.preamble.flatMap((p) => p.segments.flatMap((s) => s.pieces ?? [])),
      ...corrected.plan.measures.flatMap((m) => m.paragraphs.flatMap((p) => p.segments.flatMap((s) => s.pieces ?? []))),
    ].filter((p) => typeof p !== 'string');
    expect(applied.map((p) => (p as { correction: string }).correction).sort()).toEqual(entries.map((e) => e.id).sort());
  });

  it('fixes the damage the issue names', () => {
    expect(correctedText(corrected.cover!.datePieces!)).toBe('2022年12月17日');
    const m2 = corrected.plan.measures[1]!;
    const text = m2.paragraphs.map((p) => p.segments.map((s) => (s.pieces ? correctedText(s.pieces) : s.text)).join('')).join('');
    expect(text).toContain('《蓟州区2021—2035年养老服务设施规划》');
    expect(text).toContain('(2020—2035年)');
    expect(text).toContain('招收2～3岁的幼儿');
    expect(text).toContain('“一老一小”服务');
    const preamble = correctedText(corrected.plan.preamble[0]!.segments[0]!.pieces!);
    expect(preamble).toContain('(津政办发〔2022〕15号)');
  });

  it('keeps the published text in every text field (the correction stands beside it)', () => {
    const join = (n: typeof notice) => n.plan.measures.flatMap((m) => m.paragraphs.flatMap((p) => p.segments.map((s) => s.text))).join('');
    expect(join(corrected)).toBe(join(notice));
    expect(corrected.cover!.date).toBe('20221217');
  });

  it('marks uncertain spots without changing them, and gives every entry a reason', () => {
    const uncertain = corrected.corrections.filter((c) => c.status === 'uncertain');
    expect(uncertain.map((c) => c.original)).toEqual(['加对经济薄弱村', '渔阳酒一品火烧”“子火烧']);
    for (const c of corrected.corrections) expect(c.reason.length).toBeGreaterThan(5);
  });
});

describe('applyCorrections refuses entries that do not match exactly once', () => {
  it.each([
    [{ original: '20992035年' }, /出现 0 次/],
    [{ place: 'm02-p3', original: '托育' }, /出现 \d+ 次/],
    [{ place: 'm99-p1' }, /找不到这个位置/],
    [{ place: 'cover.date', original: '1' }, /在落款日期中出现 2 次/],
  ])('%j', (over, message) => {
    expect(() => applyCorrections(notice, [entry(over as Partial<CorrectionEntry>)], 'x.corrections.json')).toThrow(message);
  });

  it('names the corrections file and the entry in the error', () => {
    expect(() => applyCorrections(notice, [entry({ id: 'k99', original: '不存在的文字' })], 'seeds/x.corrections.json')).toThrow(/^seeds\/x\.corrections\.json: k99（m02-p4，“不存在的文字”）/);
  });
});

describe('readCorrections validates the file', () => {
  const write = (content: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
    writeFileSync(join(dir, 'a.corrections.json'), content);
    return join(dir, 'a.txt');
  };
  it.each([
    ['not json', /不是有效的 JSON/],
    ['{}', /缺少 "corrections"/],
    [JSON.stringify({ corrections: [{ id: 'k1', place: 'm01-p1', original: 'a', corrected: 'b', status: 'corrected' }] }), /缺少 "reason"/],
    [JSON.stringify({ corrections: [{ id: 'k1', place: 'm01-p1', original: 'a', corrected: 'b', status: 'maybe', reason: 'r' }] }), /status/],
    [JSON.stringify({ corrections: [{ id: 'k1', place: 'm01-p1', original: 'a', corrected: 'b', status: 'uncertain', reason: 'r' }] }), /存疑条目不改动原文/],
  ])('%s', (content, message) => {
    expect(() => readCorrections(write(content))).toThrow(message);
  });

  it('is optional: a notice without a corrections file has none', () => {
    expect(readCorrections(join(tmpdir(), 'no-such-notice.txt'))).toEqual([]);
  });
});
