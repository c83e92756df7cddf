import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectTitleEvidence, splitMeasureTitle, type TitleEvidence } from '../../scripts/lib/parse/measure-title.ts';

const SEED = readFileSync(new URL('../../seeds/jizhou-2022-16.txt', import.meta.url), 'utf8');

/** The evidence parseNotice gathers from the real notice: its own sentence openers and intact titles. */
function seedEvidence(): TitleEvidence {
  const intact = [...SEED.matchAll(/^[(（][〇零一二两三四五六七八九十百]+[)）]([^。\n]{1,30})。/gmu)].map((m) => m[1]!);
  return collectTitleEvidence(SEED, intact);
}

const LINE_133_REST = '加大宣传引导力度依托掌上蓟州、网络平台等新闻媒体,强化正面宣传,深入解读政策,做好线上宣传解读。';

describe('splitMeasureTitle', () => {
  it('splits at the first full stop', () => {
    expect(splitMeasureTitle('强化基本公共服务保障。统筹做好基本公共教育。', null)).toEqual({ title: '强化基本公共服务保障', terminator: '。', body: '统筹做好基本公共教育。' });
  });

  it('keeps a title with a 、 inside it whole', () => {
    expect(splitMeasureTitle('完善老年人、儿童和残疾人服务设施。推进医院改造。', null)?.title).toBe('完善老年人、儿童和残疾人服务设施');
  });

  it('gives an empty body when the line is only a title', () => {
    expect(splitMeasureTitle('加强组织实施。', null)).toEqual({ title: '加强组织实施', terminator: '。', body: '' });
  });

  it('does not take a long first sentence for a title, and without evidence gives up (null)', () => {
    const rest = `${'统筹做好基本公共教育就业与社会保障基本社会服务基本健康服务'}等领域的规划建设。`;
    expect(rest.indexOf('。')).toBeGreaterThan(30);
    expect(splitMeasureTitle(rest, null)).toBeNull();
  });

  it('infers measure 29 of the seed, whose full stop was lost: 加大宣传引导力度 | 依托…', () => {
    expect(splitMeasureTitle(LINE_133_REST, seedEvidence())).toEqual({ title: '加大宣传引导力度', terminator: null, body: LINE_133_REST.slice('加大宣传引导力度'.length) });
  });

  it('needs both a title-like ending and a sentence-like opener (one is not enough)', () => {
    const endingOnly: TitleEvidence = { titleEndings: new Set(['力度']), sentenceOpeners: new Map() };
    const openerOnly: TitleEvidence = { titleEndings: new Set(), sentenceOpeners: new Map([['依托', 3]]) };
    expect(splitMeasureTitle(LINE_133_REST, endingOnly)).toBeNull();
    expect(splitMeasureTitle(LINE_133_REST, openerOnly)).toBeNull();
  });

  it('refuses to choose between two equally good splits', () => {
    const evidence: TitleEvidence = { titleEndings: new Set(['力度']), sentenceOpeners: new Map([['依托', 1]]) };
    expect(splitMeasureTitle('加大宣传力度依托媒体加大引导力度依托平台做好宣传', evidence)).toBeNull();
  });

  it('never lets an inferred title run past a comma', () => {
    const evidence: TitleEvidence = { titleEndings: new Set(['力度']), sentenceOpeners: new Map([['依托', 1]]) };
    const rest = `加大宣传,引导力度依托${'新闻媒体'.repeat(8)}。`;
    expect(splitMeasureTitle(rest, evidence)).toBeNull();
    // The same words without the comma do split there: the comma is what stops it.
    expect(splitMeasureTitle(rest.replace(',', ''), evidence)?.title).toBe('加大宣传引导力度');
  });
});

describe('collectTitleEvidence', () => {
  it('counts the words that open sentences and the endings of intact titles', () => {
    const evidence = collectTitleEvidence('甲。依托乙。依托丙；加强丁。', ['加大金融支持力度', '强化基本公共服务保障']);
    expect(evidence.sentenceOpeners.get('依托')).toBe(2);
    expect(evidence.sentenceOpeners.get('加强')).toBe(1);
    expect(evidence.titleEndings).toEqual(new Set(['力度', '保障']));
  });

  it('learns from the seed that 依托 opens sentences and 力度 ends titles', () => {
    const evidence = seedEvidence();
    expect(evidence.sentenceOpeners.get('依托')).toBeGreaterThan(0);
    expect(evidence.titleEndings.has('力度')).toBe(true);
  });
});
