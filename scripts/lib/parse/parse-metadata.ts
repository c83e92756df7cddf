import { NoticeError } from '../errors.ts';
import type { MetadataField, MetadataKey, PageChrome } from '../model.ts';
import type { BlockCursor } from './blocks.ts';

/** Labels of the metadata block, with the padding removed, and their keys. */
const LABELS: Record<string, MetadataKey> = {
  名称: 'name',
  索引号: 'indexNumber',
  发布机构: 'issuer',
  发文字号: 'documentNumber',
  主题: 'subject',
  主题分类: 'subject',
  成文日期: 'writtenDate',
  发文日期: 'issuedDate',
  有效性: 'validity',
};

/** A metadata label line: `发 布 机 构 :` (odd spaces, ASCII or full-width colon), maybe with the value after it. */
function readLabel(text: string): { key: MetadataKey; label: string; rest: string } | null {
  const match = /^([\p{Script=Han}\s]{2,20}?)\s*[:：]\s*(.*)$/u.exec(text);
  if (!match) return null;
  const label = match[1]!.replace(/\s+/gu, '');
  const key = LABELS[label];
  return key ? { key, label, rest: match[2]! } : null;
}

/**
 * Read the scraped page chrome and the metadata block at the top of a notice. The chrome is
 * every line before the first metadata label: the site header, the original toolbar and the
 * breadcrumb (`政务公开 > 政策文件 > …`), kept as classification metadata. A label followed
 * directly by another label has an empty value, kept as `null`.
 *
 * parseMetadata(cursor over '名    称 :\n通知\n成 文 日 期 :\n有   效  性 :\n有效')
 *   -> fields name='通知', writtenDate=null, validity='有效'
 */
export function parseMetadata(cursor: BlockCursor): { chrome: PageChrome; metadata: MetadataField[] } {
  const chrome: PageChrome = { header: '', siteName: '', toolbar: [], breadcrumb: [] };
  const chromeLines: string[] = [];
  while (!cursor.done && !readLabel(cursor.peek()!.text)) chromeLines.push(cursor.next()!.text);
  if (cursor.done) {
    throw new NoticeError(cursor.file, cursor.blocks[0]?.line ?? 1, '文件开头找不到元数据块（名称、索引号、发文字号…） (no metadata block found at the top of the file)');
  }
  for (const line of chromeLines) {
    if (/\s[>＞»]\s/.test(line)) chrome.breadcrumb = line.split(/\s*[>＞»]\s*/).filter(Boolean);
    else if (!chrome.header) {
      chrome.header = line;
      chrome.siteName = line.split(/\s+/)[0]!;
    }
    else chrome.toolbar.push(...line.split(/\s+/).filter(Boolean));
  }

  const metadata: MetadataField[] = [];
  for (;;) {
    const block = cursor.peek();
    const label = block && readLabel(block.text);
    if (!block || !label) break;
    cursor.next();
    if (metadata.some((f) => f.key === label.key)) {
      throw new NoticeError(cursor.file, block.line, `元数据“${label.label}”重复 (duplicate metadata field)`);
    }
    let value: string | null = label.rest || null;
    const following = cursor.peek();
    // The value sits on the next line, unless that line is the next label or a blank gap.
    if (value === null && following && following.line === block.line + 1 && !readLabel(following.text)) {
      value = cursor.next()!.text;
    }
    metadata.push({ key: label.key, label: label.label, value, line: block.line });
  }
  if (!metadata.some((f) => f.key === 'name' && f.value)) {
    throw new NoticeError(cursor.file, metadata[0]!.line, '元数据缺少“名称” (metadata has no 名称)');
  }
  return { chrome, metadata };
}
