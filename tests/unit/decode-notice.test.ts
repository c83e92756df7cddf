import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoticeError } from '../../scripts/lib/errors.ts';
import { decodeNotice } from '../../scripts/lib/read/decode-notice.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

/** The NoticeError decodeNotice throws for these bytes (fails the test if it returns). */
function refusal(bytes: Uint8Array, file = 'notice.txt'): NoticeError {
  try {
    const decoded = decodeNotice(bytes, file);
    throw new Error(`accepted as ${decoded.encoding}: ${JSON.stringify(decoded.text.slice(0, 60))}`);
  } catch (error) {
    if (!(error instanceof NoticeError)) throw error;
    return error;
  }
}

describe('decodeNotice', () => {
  it('reads plain UTF-8 unchanged', () => {
    expect(decodeNotice(utf8('一、总则\n\n(一)正文。\n'), 'a.txt')).toEqual({ text: '一、总则\n\n(一)正文。\n', encoding: 'utf-8', hadBom: false, hadCrlf: false });
  });

  it('refuses an empty file, naming it', () => {
    const error = refusal(new Uint8Array(0), 'seeds/empty.txt');
    expect(error.message).toMatch(/^seeds\/empty\.txt: /);
    expect(error.message).toContain('文件为空');
  });

  it('removes a UTF-8 byte order mark', () => {
    const decoded = decodeNotice(utf8('\uFEFF名    称 :\n通知\n'), 'a.txt');
    expect(decoded.text).toBe('名    称 :\n通知\n');
    expect(decoded.encoding).toBe('utf-8');
  });

  it('reports the BOM it removed (hadBom), as documented for \\uFEFF一、总则\\r\\n', () => {
    expect(decodeNotice(utf8('\uFEFF一、总则\r\n'), 'a.txt')).toEqual({ text: '一、总则\n', encoding: 'utf-8', hadBom: true, hadCrlf: true });
  });

  it('turns CRLF line ends into LF', () => {
    const decoded = decodeNotice(utf8('一、总则\r\n\r\n(一)正文。\r\n'), 'a.txt');
    expect(decoded.text).toBe('一、总则\n\n(一)正文。\n');
    expect(decoded.hadCrlf).toBe(true);
  });

  it('turns lone CR line ends (old Mac) into LF, keeping the line count', () => {
    const decoded = decodeNotice(utf8('第一行\r第二行\r\r第四行'), 'a.txt');
    expect(decoded.text).toBe('第一行\n第二行\n\n第四行');
    expect(decoded.hadCrlf).toBe(true);
  });

  it('decodes a GB18030 file to the right Chinese text', () => {
    const decoded = decodeNotice(readFileSync(new URL('encoding/gb18030.txt', FIXTURES)), 'gb18030.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe('天津市蓟州区人民政府办公室印发蓟州区生活性服务业发展行动方案的通知\n蓟州政办发〔2022〕16号\n');
  });

  it('decodes a whole GB18030 notice to the same text as its UTF-8 original', () => {
    const gb = decodeNotice(readFileSync(new URL('encoding/clean-notice-gb18030.txt', FIXTURES)), 'gb.txt');
    const original = readFileSync(new URL('parse/clean-notice/input.txt', FIXTURES), 'utf8');
    expect(gb.encoding).toBe('gb18030');
    expect(gb.text).toBe(original);
  });

  it('refuses Latin-1 bytes, naming the file and the line of the first bad byte', () => {
    const error = refusal(latin1('line one\nline two\ncafé au lait\n'), 'seeds/latin.txt');
    expect(error.message).toMatch(/^seeds\/latin\.txt:3: /);
    expect(error.line).toBe(3);
  });

  // GB18030 pairs almost any two bytes >= 0x81 with a following ASCII letter, so Latin-1 text
  // "decodes" to Latin letters mixed with Han characters. That is mojibake, not a Chinese notice.
  it.each(['Crème brûlée\n', 'Maßnahme\n'])('refuses Latin-1 text %j rather than reading it as GB18030 mojibake', (text) => {
    const error = refusal(latin1(text), 'seeds/latin.txt');
    expect(error.message).toMatch(/^seeds\/latin\.txt:1: /);
  });

  it('refuses a UTF-8 notice with one stray Latin-1 line, naming that line', () => {
    const bytes = Buffer.concat([Buffer.from('一、加强公益性基础性服务供给\n\n(一)强化基本公共服务保障。统筹做好规划建设。\n\n'), Buffer.from('咖啡 café\n', 'latin1')]);
    const error = refusal(Uint8Array.from(bytes), 'seeds/mixed.txt');
    expect(error.message).toMatch(/^seeds\/mixed\.txt:5: /);
  });

  it('refuses random binary bytes, naming the file and a line', () => {
    // Deterministic pseudo-random bytes (no NUL, so the encoding check itself must catch them).
    let seed = 42;
    const bytes = Uint8Array.from({ length: 512 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 1 + (seed % 255);
    });
    const error = refusal(bytes, 'seeds/binary.txt');
    expect(error.message).toMatch(/^seeds\/binary\.txt:\d+: /);
  });

  it('refuses UTF-16 text (NUL bytes), naming the file and line', () => {
    const utf16 = Uint8Array.from(Buffer.from('\uFEFF名称:\n通知\n', 'utf16le'));
    const error = refusal(utf16, 'seeds/utf16.txt');
    expect(error.message).toMatch(/^seeds\/utf16\.txt:1: /);
    expect(error.message).toContain('NUL');
  });

  it('names the line of a NUL byte further down the file', () => {
    const error = refusal(utf8('第一行\n第二行\n第三\u0000行\n'), 'a.txt');
    expect(error.line).toBe(3);
  });

  it('refuses a control character, naming its line and code point', () => {
    const error = refusal(utf8('第一行\n\n第三行\u0007响铃\n'), 'a.txt');
    expect(error.message).toMatch(/^a\.txt:3: /);
    expect(error.message).toContain('U+0007');
  });

  it('keeps tabs and ordinary punctuation (they are not control characters to refuse)', () => {
    expect(decodeNotice(utf8('名称\t:\t通知\n'), 'a.txt').text).toBe('名称\t:\t通知\n');
  });
});
