import type { MastheadLine, Signature } from '../model.ts';
import type { Block } from './blocks.ts';
import { isDateLine } from './dates.ts';
import { endsWithDocumentType, isDocumentNumberLine, isIssuerLine, isPublicationNote, isRedHeader, isTitleLike } from './document-words.ts';
import { matchMarker } from './numbering.ts';

const MAX_TITLE_LINES = 4;
/** Signature lines of scraped notices are often pushed far to the right. */
const SIGNATURE_INDENT = 8;
const ATTACHMENT = /^附\s*件\s*\d*\s*[:：]?/u;

/** A title read from its lines, with the masthead lines around it. */
export interface TitleRead {
  lines: Block[];
  masthead: MastheadLine[];
}

/** The parts of a document after its head: title, covering letter (if any) and the text. */
export interface DocumentParts {
  title: TitleRead;
  /** The addressee line, when the document is (or starts with) a letter. */
  addressee: Block | null;
  /** The letter's body blocks (before its signature). */
  letterBody: Block[];
  signature: { issuer: Block | null; date: Block | null; note: Block | null; line: number } | null;
  /** A plan attached after the letter's signature: its title and text. */
  attached: { title: TitleRead; blocks: Block[] } | null;
  /** The text of a document without a letter, before a closing signature. */
  text: Block[];
  /** The signature closing a document without a letter. */
  closing: Signature | null;
}

/**
 * Take a document apart after its head. A covering letter is recognised by its addressee line
 * (ending in a colon) after the title; its signature (office and/or date, either may be
 * missing) ends it. Text after the signature is an attached plan with its own title; without
 * any, the letter's own body is the text (意见, 通知如下：一、…). A document without an
 * addressee is the text itself, possibly closed by a signature.
 */
export function splitDocument(blocks: Block[]): DocumentParts {
  let at = 0;
  const title = readTitle(blocks, at);
  at += title.lines.length + title.masthead.length;
  const parts: DocumentParts = { title, addressee: null, letterBody: [], signature: null, attached: null, text: [], closing: null };
  const first = blocks[at];
  if (first && isAddressee(first)) {
    parts.addressee = first;
    const signature = findSignature(blocks, at + 1);
    const end = signature?.start ?? blocks.length;
    parts.letterBody = blocks.slice(at + 1, end);
    if (signature) {
      let after = signature.end;
      const note = blocks[after] && isPublicationNote(blocks[after]!.view) ? blocks[after++]! : null;
      parts.signature = { issuer: signature.issuer, date: signature.date, note, line: (signature.issuer ?? signature.date)!.line };
      const rest = blocks.slice(after);
      if (rest.length > 0) {
        const attachedTitle = readTitle(rest, 0);
        parts.attached = { title: attachedTitle, blocks: rest.slice(attachedTitle.lines.length + attachedTitle.masthead.length) };
      }
    }
    return parts;
  }
  const text = blocks.slice(at);
  const closing = closingSignature(text);
  parts.closing = closing?.signature ?? null;
  parts.text = closing ? text.slice(0, closing.start) : text;
  return parts;
}

/** An addressee line: `各乡镇人民政府和街道办事处,各有关单位:`. */
function isAddressee(block: Block): boolean {
  const view = block.view;
  return /[:：]$/u.test(view) && view.length <= 400 && !/[。]/u.test(view) && !matchMarker(view) && !/如下[:：]$/u.test(view) && !ATTACHMENT.test(view);
}

/**
 * The title lines at `start` (up to four, stopping once the title ends in its document type)
 * and the masthead around them: red header, document number, date and office lines, a repeat
 * of the title, 附件.
 */
export function readTitle(blocks: Block[], start: number): TitleRead {
  const masthead: MastheadLine[] = [];
  const lines: Block[] = [];
  let i = start;
  const mast = (kind: MastheadLine['kind']) => {
    const block = blocks[i++]!;
    masthead.push({ kind, line: block.line, text: block.text });
  };
  for (;;) {
    const block = blocks[i];
    if (!block) break;
    const view = block.view;
    if (lines.length === 0 && ATTACHMENT.test(view) && (view.replace(ATTACHMENT, '') === '' || isTitleLike(view))) mast('attachment');
    else if (isRedHeader(view)) mast('red-header');
    else if (isDocumentNumberLine(view)) mast('document-number');
    else if (lines.length > 0 && isDateLine(view)) mast('date');
    else if (lines.length > 0 && isIssuerLine(view) && blocks[i + 1] && isDateLine(blocks[i + 1]!.view)) mast('issuer');
    else if (lines.length > 0 && bareTitle(titleText(lines)) === bareTitle(view)) mast('title-repeat');
    else if (lines.length < MAX_TITLE_LINES && isTitleLike(view) && !matchMarker(view) && !isDateLine(view) && !(lines.length > 0 && endsWithDocumentType(bareTitle(titleText(lines))))) lines.push(blocks[i++]!);
    else break;
  }
  return { lines, masthead };
}

const titleText = (lines: Block[]) => lines.map((b) => b.view).join('').replace(/\s+/g, '');

/**
 * A title line as reposting sites print it, without a document number glued before it or 《》
 * around it, for telling where the title ends and whether a line repeats it:
 * bareTitle('京政办发〔2016〕26号《…的通知》') -> '…的通知'.
 */
function bareTitle(text: string): string {
  const compact = text.replace(/\s+/g, '');
  const unnumbered = compact.replace(/^[\p{Script=Han}]{1,16}[〔［\[【(（](?:19|20)\d{2}[〕］\]】)）]第?\d{1,4}号(?=《)/u, '');
  return /^《[^《》]+》$/u.test(unnumbered) ? unnumbered.slice(1, -1) : unnumbered;
}

interface SignatureAt {
  start: number;
  end: number;
  issuer: Block | null;
  date: Block | null;
}

/**
 * The first signature from `from` on: office lines then a date line, a date line alone, or an
 * office line alone where the letter visibly ends (indented, or followed by the publication
 * note, 附件, the end, or a plan title).
 */
function findSignature(blocks: Block[], from: number): SignatureAt | null {
  for (let k = from; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (isDateLine(block.view) && k > from) {
      const issuer = isIssuerLine(blocks[k - 1]!.view) ? blocks[k - 1]! : null;
      return { start: issuer ? k - 1 : k, end: k + 1, issuer, date: block };
    }
    if (isIssuerLine(block.view) && k > from) {
      const next = blocks[k + 1];
      if (next && isDateLine(next.view)) continue;
      if (block.indent >= SIGNATURE_INDENT || !next || isPublicationNote(next.view) || ATTACHMENT.test(next.view) || (isTitleLike(next.view) && endsWithDocumentType(next.view))) {
        return { start: k, end: k + 1, issuer: block, date: null };
      }
    }
  }
  return null;
}

/** A signature closing a document that has no letter: the last one or two lines. */
function closingSignature(blocks: Block[]): { start: number; signature: Signature } | null {
  const last = blocks.at(-1);
  if (!last || blocks.length < 2) return null;
  if (isDateLine(last.view)) {
    const before = blocks.at(-2)!;
    const issuer = isIssuerLine(before.view) ? before : null;
    return { start: blocks.length - (issuer ? 2 : 1), signature: { issuer: issuer?.text ?? null, date: last.text, line: (issuer ?? last).line } };
  }
  if (isIssuerLine(last.view) && !matchMarker(last.view)) return { start: blocks.length - 1, signature: { issuer: last.text, date: null, line: last.line } };
  return null;
}
