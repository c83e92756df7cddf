import { NoticeError } from '../errors.ts';
import type { CoverNotice, Damage, Paragraph } from '../model.ts';
import type { Block, BlockCursor } from './blocks.ts';
import { detectTextDamage } from './detect-damage.ts';
import { isPlanHeading } from './headings.ts';

/** The signature lines of a notice are indented far to the right in the scraped text. */
const SIGNATURE_INDENT = 8;
const MAX_TITLE_LINES = 4;
const PUBLICATION_NOTE = /^[(（]此件[^()（）]*[)）]$/;

/**
 * Read the covering notice that follows the metadata: its title (possibly broken over
 * several lines), the addressees (the line ending in a colon), the body, the indented
 * signature (issuing office, then date), and the publication note such as `(此件主动公开)`.
 * Damage found in the body and the date is added to `damage`, at the line it stands on.
 *
 * parseCover(cursor over '…的通知\n各有关单位:\n现将…印发。\n        区政府办公室\n        20221217\n(此件主动公开)')
 *   -> { title: '…的通知', addressees: '各有关单位:', issuer: '区政府办公室', date: '20221217', … }
 */
export function parseCover(cursor: BlockCursor, damage: Damage[]): CoverNotice {
  const first = cursor.peek();
  if (!first) throw new NoticeError(cursor.file, cursor.lastLine, '元数据之后没有正文 (no text after the metadata block)');

  const titleLines: Block[] = [];
  while (!cursor.done && !/[:：]$/.test(cursor.peek()!.text)) {
    const block = cursor.next()!;
    if (isPlanHeading(block.text) || titleLines.length >= MAX_TITLE_LINES) {
      throw new NoticeError(cursor.file, first.line, '找不到通知的主送机关（以冒号结尾的一行） (cover notice: no addressee line ending in a colon)');
    }
    titleLines.push(block);
  }
  const addressee = cursor.next();
  if (!addressee || titleLines.length === 0) {
    throw new NoticeError(cursor.file, first.line, '找不到通知标题或主送机关 (cover notice: title or addressees missing)');
  }

  const body: Paragraph[] = [];
  while (!cursor.done && cursor.peek()!.indent < SIGNATURE_INDENT) {
    const block = cursor.next()!;
    if (isPlanHeading(block.text)) {
      throw new NoticeError(cursor.file, block.line, '通知缺少落款（缩进的发文机关和日期） (cover notice: no indented signature before the plan)');
    }
    body.push({ id: `cover-p${body.length + 1}`, line: block.line, heading: null, headingTerminator: null, segments: [{ kind: 'text', text: block.text }] });
    damage.push(...detectTextDamage(block.text, block.line));
  }
  const issuer = cursor.next();
  const date = (cursor.peek()?.indent ?? 0) >= SIGNATURE_INDENT ? cursor.next() : undefined;
  if (!issuer || !date || date.indent < SIGNATURE_INDENT) {
    throw new NoticeError(cursor.file, issuer?.line ?? cursor.lastLine, '通知落款应为缩进的两行：发文机关、日期 (cover notice: signature must be two indented lines, office and date)');
  }
  damage.push(...detectTextDamage(date.text, date.line));
  const note = cursor.peek() && PUBLICATION_NOTE.test(cursor.peek()!.text) ? cursor.next()!.text : null;

  return {
    title: titleLines.map((b) => b.text).join(''),
    titleLines: titleLines.map((b) => b.text),
    addressees: addressee.text,
    body,
    issuer: issuer.text,
    date: date.text,
    publicationNote: note,
    line: first.line,
  };
}
