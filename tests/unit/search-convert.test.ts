/**
 * The query conversion table learnt from the site's text (scripts/lib/search/script-map.ts):
 * it must reproduce the site's own zh-Hant text from its zh-Hans text (and back) exactly, stay
 * small, and convert what readers type.
 */
import { describe, expect, it } from 'vitest';
import { toHant } from '../../src/i18n/convert.ts';
import { convertText, dumpConversion, loadConversion } from '../../src/lib/search/convert.ts';
import { conversionTables } from '../../scripts/lib/search/search-data.ts';
import { learnConversion } from '../../scripts/lib/search/script-map.ts';
import { readSeeds } from '../../scripts/lib/seeds/read-seeds.ts';

const { notices } = readSeeds('seeds');
const tables = conversionTables(notices);
const toTraditional = loadConversion(dumpConversion(tables['zh-Hant']));
const toSimplified = loadConversion(dumpConversion(tables['zh-Hans']));

describe('conversion table learnt from the site text', () => {
  it('reproduces every character of the site text in both directions', () => {
    for (const script of ['zh-Hans', 'zh-Hant'] as const) {
      const { stats } = tables[script];
      expect(stats.skipped, script).toBe(0);
      expect(stats.chars, script).toBeGreaterThan(10_000);
      expect(stats.wrong, script).toBe(0);
    }
  });

  it('is small: a few kilobytes, not a converter', () => {
    for (const script of ['zh-Hans', 'zh-Hant'] as const) {
      expect(JSON.stringify(dumpConversion(tables[script])).length, script).toBeLessThan(4000);
    }
  });

  it.each([
    ['养老床位', '養老床位'],
    ['托育服务', '托育服務'],
    ['依托', '依託'],
    ['制造', '製造'],
    ['制定', '制定'],
    ['准入', '准入'],
    ['蓟州区', '薊州區'],
    ['区民政局', '區民政局'],
    ['2025年', '2025年'],
  ])('simplified %s -> %s, and back', (hans, hant) => {
    expect(convertText(hans, toTraditional)).toBe(hant);
    expect(convertText(hant, toSimplified)).toBe(hans);
  });

  it('agrees with the converter on the words of the measures', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const words = new Set<string>();
    for (const notice of notices) {
      for (const m of notice.plan.measures) for (const p of m.paragraphs) for (const s of p.segments) for (const w of segmenter.segment(s.text)) if (w.isWordLike) words.add(w.segment);
    }
    const wrong = [...words].filter((w) => convertText(w, toTraditional) !== toHant(w));
    // A word taken out of its sentence may convert differently from the same word in the text;
    // the site's own text (above) is what must be exact. Out of context, nearly all agree.
    expect(wrong.length / words.size).toBeLessThan(0.01);
  });

  it('leaves text already in the target script, and characters the site never uses, alone', () => {
    expect(convertText('養老床位', toTraditional)).toBe('養老床位');
    expect(convertText('abc 123 垃圾', toTraditional)).toBe('abc 123 垃圾');
  });

  it('learns phrases only where the characters alone would be wrong', () => {
    const table = learnConversion([
      ['制造业', '製造業'],
      ['制定规则', '制定規則'],
      ['制定方案', '制定方案'],
    ]);
    expect(table.chars.get('制')).toBeUndefined();
    expect(table.chars.get('业')).toBe('業');
    expect([...table.phrases]).toEqual([['制造', '製造']]);
    expect(table.stats.wrong).toBe(0);
  });
});
