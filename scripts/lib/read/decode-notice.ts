import { NoticeError } from '../errors.ts';

/** The decoded text of a notice file, with how it was decoded. */
export interface DecodedNotice {
  text: string;
  encoding: 'utf-8' | 'gb18030';
  /** True when a UTF-8 byte order mark was removed. */
  hadBom: boolean;
  /** True when CRLF or lone CR line ends were turned into LF. */
  hadCrlf: boolean;
}

// ignoreBOM keeps a BOM in the output, so that we can report removing it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });

/**
 * Decode the bytes of a notice file. UTF-8 (with or without a BOM) is the norm; GB18030,
 * common on Chinese government servers, is accepted when the bytes are not valid UTF-8 and
 * decode to Chinese text. Anything else is refused with an error naming the file, because
 * guessing an encoding would silently change the official words.
 *
 * decodeNotice(Buffer.from('\uFEFF一、总则\r\n'), 'a.txt') -> { text: '一、总则\n', hadBom: true, hadCrlf: true, … }
 */
export function decodeNotice(bytes: Uint8Array, file: string): DecodedNotice {
  if (bytes.length === 0) throw new NoticeError(file, null, '文件为空 (the notice file is empty)');
  if (bytes.includes(0)) {
    throw new NoticeError(file, lineOfByte(bytes, bytes.indexOf(0)), '文件含有 NUL 字节，不是文本文件，可能是 UTF-16 或二进制文件 (NUL byte: not a UTF-8 or GB18030 text file)');
  }
  let text: string;
  let encoding: DecodedNotice['encoding'] = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeGb18030(bytes, file);
    encoding = 'gb18030';
  }
  const hadBom = text.startsWith('\uFEFF');
  if (hadBom) text = text.slice(1);
  const hadCrlf = /\r/.test(text);
  if (hadCrlf) text = text.replace(/\r\n?/g, '\n');
  const control = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    throw new NoticeError(file, lineAt(text, control.index), `含有控制字符 U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (control character in text)`);
  }
  return { text, encoding, hadBom, hadCrlf };
}

function decodeGb18030(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = gb18030.decode(bytes);
  } catch {
    throw new NoticeError(file, firstInvalidUtf8Line(bytes), '既不是有效的 UTF-8 也不是 GB18030 编码 (unknown encoding: not valid UTF-8 nor GB18030)');
  }
  // GB18030 decodes almost any byte soup. Official Chinese text is written almost entirely in
  // the common GB2312 range (lead and trail bytes 0xA1-0xFE); Latin-1 or other 8-bit text read
  // as GB18030 lands mostly outside it (Crème -> Cr鑝e). Accept only text that reads as Chinese.
  if (!looksLikeGb2312Text(bytes)) {
    throw new NoticeError(file, firstInvalidUtf8Line(bytes), '不是有效的 UTF-8；按 GB18030 解码也不像中文文本，拒绝猜测编码 (unknown encoding)');
  }
  return text;
}

/** True when the multi-byte characters of a GB18030 byte string are mostly common (GB2312) Chinese. */
function looksLikeGb2312Text(bytes: Uint8Array): boolean {
  let common = 0;
  let rare = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      rare++; // four-byte sequence
      i += 3;
    } else {
      if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
      else rare++;
      i += 1;
    }
  }
  return common > 0 && common >= 9 * rare;
}

/** 1-based line of a character offset in text. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}

/** The line of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return 1;
}
