/** Query parsing and text normalisation for search: widths, punctuation, quotes, offsets back to the source. */
import { describe, expect, it } from 'vitest';
import { normalizePhrase, normalizeText, sourceRange } from '../../src/lib/search/normalize.ts';
import { MAX_TERMS, parseQuery } from '../../src/lib/search/query.ts';

const texts = (q: string) => parseQuery(q).map((t) => (t.quoted ? `"${t.text}"` : t.text));

describe('parseQuery', () => {
  it('cuts unquoted text at white space and punctuation of either width', () => {
    expect(texts('托育 服务')).toEqual(['托育', '服务']);
    expect(texts('托育，服务')).toEqual(['托育', '服务']);
    expect(texts('托育,服务')).toEqual(['托育', '服务']);
    expect(texts('  养老　床位  ')).toEqual(['养老', '床位']);
    expect(texts('老年人、儿童；残疾人。')).toEqual(['老年人', '儿童', '残疾人']);
    expect(texts('（区民政局）')).toEqual(['区民政局']);
  });

  it('folds full-width digits and letters and lower-cases Latin', () => {
    expect(texts('２０２５年')).toEqual(['2025年']);
    expect(texts('Ｃ级 APP')).toEqual(['c级', 'app']);
    expect(texts('200张')).toEqual(['200张']);
  });

  it('keeps a quoted phrase whole, punctuation included, white space removed', () => {
    expect(parseQuery('“体育场馆”')).toEqual([{ text: '体育场馆', display: '体育场馆', quoted: true }]);
    expect(texts('"托育 服务"')).toEqual(['"托育服务"']);
    expect(texts('「老年人、兒童」 養老')).toEqual(['"老年人、兒童"', '養老']);
    expect(texts('＂区商务局负责＂')).toEqual(['"区商务局负责"']);
  });

  it('treats an unclosed quotation mark as punctuation', () => {
    expect(texts('“托育 服务')).toEqual(['托育', '服务']);
  });

  it('drops empty and repeated terms and caps the number of terms', () => {
    expect(texts('、，。 ')).toEqual([]);
    expect(texts('养老 养老 ＃')).toEqual(['养老']);
    expect(parseQuery(Array.from({ length: 30 }, (_, i) => `词${i}`).join(' '))).toHaveLength(MAX_TERMS);
  });

  it('remembers the term as typed for messages', () => {
    expect(parseQuery('养老 垃圾').map((t) => t.display)).toEqual(['养老', '垃圾']);
  });
});

describe('normalizeText', () => {
  it('applies the same folding as queries; spaces and zero-width separators go', () => {
    const n = normalizeText('托育. \u200b（２０２５年）服务 多元化');
    expect(n.text).toBe('托育.(2025年)服务多元化');
    expect(normalizePhrase('（２０２５年） ')).toBe('(2025年)');
  });

  it('maps a normalised range back to the source characters', () => {
    const source = '新增\u200b养老\u200b床位２００张';
    const n = normalizeText(source);
    const at = n.text.indexOf('养老床位200');
    const [start, end] = sourceRange(n, at, at + '养老床位200'.length);
    expect(source.slice(start, end)).toBe('养老\u200b床位２００');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const source = 'a𠀀b';
    const n = normalizeText(source);
    const [start, end] = sourceRange(n, 1, 3);
    expect(source.slice(start, end)).toBe('𠀀');
  });
});
