/** The Pagefind queries a term is cut into (see src/lib/search/pieces.ts). */
import { describe, expect, it } from 'vitest';
import { expansionsOf, piecesOf } from '../../src/lib/search/pieces.ts';

describe('piecesOf', () => {
  it('cuts Chinese into overlapping character pairs', () => {
    expect(piecesOf('养老床位')).toEqual(['养老', '老床', '床位']);
    expect(piecesOf('老年人食堂')).toEqual(['老年', '年人', '人食', '食堂']);
    expect(piecesOf('托育')).toEqual(['托育']);
  });

  it('keeps runs of digits and Latin letters whole', () => {
    expect(piecesOf('200张')).toEqual(['200']);
    expect(piecesOf('2025年底')).toEqual(['2025', '年底']);
    expect(piecesOf('c级校舍')).toEqual(['c', '级校', '校舍']);
  });

  it('leaves out pieces the index may hold apart (a note reference between the characters)', () => {
    expect(piecesOf('服务多元化', ['务多'])).toEqual(['服务', '多元', '元化']);
    expect(piecesOf('2035年', ['03'])).toEqual([]);
  });

  it('has no piece for a single character or punctuation: those are checked on every page', () => {
    expect(piecesOf('老')).toEqual([]);
    expect(piecesOf('、')).toEqual([]);
  });
});

describe('expansionsOf', () => {
  const longWords = ['教育局', '老年人', '20212035', '2022', '天津市'];
  it('looks up the start of long words that hold the piece past their first character', () => {
    expect(expansionsOf('育局', longWords)).toEqual(['教育']);
    expect(expansionsOf('2035', longWords)).toEqual(['20212035']);
    expect(expansionsOf('22', longWords)).toEqual(['2022']);
  });

  it('adds nothing when the piece starts the word (prefix matching finds it)', () => {
    expect(expansionsOf('教育', longWords)).toEqual([]);
    expect(expansionsOf('养老', longWords)).toEqual([]);
  });
});
