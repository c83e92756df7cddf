import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { toHant } from '../../../src/i18n/convert.ts';
import { toHans } from '../../../src/i18n/to-hans.ts';
import { NoticeError } from '../errors.ts';
import type { CoverNotice, Damage, DepartmentRef, Notice, Paragraph } from '../model.ts';
import { decodeNotice } from '../read/decode-notice.ts';
import { toBlocks, type Block } from './blocks.ts';
import { createVocabulary, type DepartmentVocabulary } from './department-vocabulary.ts';
import { deriveFacts, deriveTitle } from './derive-facts.ts';
import { detectTextDamage } from './detect-damage.ts';
import { detectScript } from './detect-script.ts';
import { attributeDepartments } from './duties/attribute-departments.ts';
import { jurisdictionOf, placesOf } from './duties/jurisdiction.ts';
import type { NamedDepartment } from './duties/resolve-departments.ts';
import { collectTitleEvidence, splitMeasureTitle } from './measure-title.ts';
import { chromeKind } from './page-chrome.ts';
import { readHead } from './parse-head.ts';
import { markerOf, parseOutline, type Outline } from './parse-outline.ts';
import { splitDocument, type TitleRead } from './parse-document.ts';
import { repairLayout } from './repair-layout.ts';

export interface ParseOptions {
  /** The seed file's path, used in error messages; its base name gives the slug. */
  file: string;
  vocabulary?: DepartmentVocabulary;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Names the site's own pages and folders take at the top level: a notice there would shadow them. */
const RESERVED_SLUGS = new Set(['archive', 'departments', 'search', 'accessibility', 'data', 'zh-hant', 'pagefind', 'sitemaps', '404']);
/** A notice has Chinese text; fewer Han characters than this is not one. */
const MIN_HAN = 10;

/**
 * Parse the bytes of one notice file into the {@link Notice} model, whatever its layout: page
 * chrome and metadata in any form (or none), with or without a covering letter, an outline of
 * any depth, damaged layouts repaired and reported, Simplified or Traditional script. A notice
 * whose outline cannot be recognised is still read, as plain paragraphs. Throws a
 * {@link NoticeError} naming the file and line for what is not a notice (empty, binary,
 * undecodable, no Chinese text) and for numbering that contradicts itself.
 *
 * parseNotice(readFileSync('seeds/jizhou-2022-16.txt'), { file: 'jizhou-2022-16.txt' })
 *   -> { slug: 'jizhou-2022-16', layout: { shape: 'cover-and-plan', outline: ['han', 'paren-han'] }, plan: { chapters: [9 items], measures: [29 items] }, … }
 */
export function parseNotice(bytes: Uint8Array, options: ParseOptions): Notice {
  const { file } = options;
  const slug = basename(file).replace(/\.txt$/i, '');
  if (!SLUG.test(slug)) {
    throw new NoticeError(file, null, '文件名须为小写字母、数字和连字符，如 jizhou-2022-16.txt，它会成为网址的一部分 (file name must be a lowercase slug)');
  }
  if (RESERVED_SLUGS.has(slug)) {
    throw new NoticeError(file, null, `文件名 ${slug} 是本站页面占用的网址，请换一个，如 ${slug}-2023-1.txt (file name is a reserved site path: ${[...RESERVED_SLUGS].join(', ')})`);
  }
  const vocabulary = options.vocabulary ?? createVocabulary();
  const decoded = decodeNotice(bytes, file);
  if ((decoded.text.match(/\p{Script=Han}/gu)?.length ?? 0) < MIN_HAN) {
    throw new NoticeError(file, 1, '文件中没有中文正文，不是政策文件 (no Chinese text: not a notice)');
  }
  const sourceScript = detectScript(decoded.text);
  const view = sourceScript === 'zh-Hant' ? toHans : (text: string) => text;
  const damage: Damage[] = [...whitespaceDamage(decoded.text)];
  const blocks = repairLayout(toBlocks(decoded.text, view), view, damage);

  const head = readHead(blocks, damage);
  const tailStart = tailChromeStart(blocks, head.end);
  for (const block of blocks.slice(tailStart)) head.chrome.lines.push({ kind: chromeKind(block.view)!, line: block.line, text: block.text });
  const body = blocks.slice(head.end, tailStart);
  if (body.length === 0) throw new NoticeError(file, blocks.at(-1)?.line ?? 1, '元数据之后没有正文 (no text after the metadata block)');

  const parts = splitDocument(body);
  const evidence = collectTitleEvidence(
    decoded.text,
    body.flatMap((b) => {
      const marker = markerOf(b);
      const split = marker && splitMeasureTitle(marker.rest, null);
      return split ? [split.title] : [];
    }),
  );
  const named = new Map<DepartmentRef, NamedDepartment>();
  const outlineOf = (region: Block[], preambleId: string): Outline => parseOutline(region, { file, vocabulary, evidence, damage, preambleId, named });

  const documentTitle = joinTitle(parts.title);
  let cover: CoverNotice | null = null;
  let plan: Notice['plan'];
  let shape: Notice['layout']['shape'];
  let outline: Outline;
  const firstLine = body[0]!;
  // The title the pages show: the document's own, else what the metadata or page header give.
  const title = documentTitle ?? deriveTitle({ metadata: head.metadata, chrome: head.chrome, title: null, firstLine: firstLine.text }).value;

  if (parts.addressee) {
    const signature = parts.signature;
    cover = {
      title,
      titleLines: parts.title.lines.map((b) => b.text),
      masthead: parts.title.masthead,
      addressees: parts.addressee.text,
      body: [],
      issuer: signature?.issuer?.text ?? null,
      date: signature?.date?.text ?? null,
      publicationNote: signature?.note?.text ?? null,
      line: (parts.title.lines[0] ?? parts.addressee).line,
    };
    if (signature?.date) damage.push(...detectTextDamage(signature.date.text, signature.date.line));
    if (parts.attached) {
      shape = 'cover-and-plan';
      cover.body = parts.letterBody.map((b, i) => plainParagraph(`cover-p${i + 1}`, b, damage));
      outline = outlineOf(parts.attached.blocks, 'preamble');
      const attachedTitle = joinTitle(parts.attached.title);
      const titleLine = parts.attached.title.lines[0] ?? parts.attached.blocks[0] ?? firstLine;
      plan = { title: attachedTitle ?? title, line: titleLine.line, masthead: parts.attached.title.masthead, preamble: outline.preamble, chapters: outline.chapters, measures: outline.measures, signature: null };
    } else {
      shape = 'letter';
      outline = outlineOf(parts.letterBody, 'cover');
      cover.body = outline.preamble;
      plan = { title, line: cover.line, masthead: [], preamble: [], chapters: outline.chapters, measures: outline.measures, signature: null };
    }
  } else {
    shape = 'plan';
    outline = outlineOf(parts.text, 'preamble');
    plan = { title, line: (parts.title.lines[0] ?? firstLine).line, masthead: parts.title.masthead, preamble: outline.preamble, chapters: outline.chapters, measures: outline.measures, signature: parts.closing };
    if (parts.closing?.date) damage.push(...detectTextDamage(parts.closing.date, parts.closing.line));
  }

  const masthead = [...(cover?.masthead ?? []), ...plan.masthead];
  const facts = deriveFacts({ metadata: head.metadata, chrome: head.chrome, title: documentTitle, masthead, cover, closing: plan.signature, firstLine: firstLine.text });
  const firstOfficial = head.metadata[0]?.line ?? firstLine.line;
  const lastOfficial = body.at(-1)!.line;
  // The government: from the issuer, or else from a signature that names its place (区人民政府办公室 in the metadata, 蔡甸区人民政府办公室 signed).
  const places = [facts.issuer?.value, cover?.issuer, plan.signature?.issuer].map((issuer) => placesOf(view(issuer ?? ''))).find((p) => p.length > 0) ?? [];
  // Places are read on the Simplified view; names are kept in the notice's own script.
  const toSource = sourceScript === 'zh-Hant' ? toHant : (text: string) => text;
  const departments = attributeDepartments(plan.measures, named, places, vocabulary, damage, toSource);
  const ownJurisdiction = jurisdictionOf(places);
  damage.sort((a, b) => a.line - b.line);
  return {
    slug,
    file: basename(file),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
    sourceScript,
    layout: { metadata: head.metadataLayout, shape, outline: outline.styles, plainText: outline.styles.length === 0 },
    facts,
    chrome: head.chrome,
    metadata: head.metadata,
    cover,
    plan,
    jurisdiction: ownJurisdiction && { ...ownJurisdiction, name: toSource(ownJurisdiction.name) },
    departments,
    damage,
    corrections: [],
    sourceLines: sourceLines(decoded.text, firstOfficial, lastOfficial),
  };
}

/** Where the page chrome at the bottom of the file starts (footers, print and share buttons). */
function tailChromeStart(blocks: Block[], headEnd: number): number {
  let start = blocks.length;
  while (start > headEnd + 1 && chromeKind(blocks[start - 1]!.view)) start -= 1;
  return start;
}

function joinTitle(title: TitleRead): string | null {
  return title.lines.length > 0 ? title.lines.map((b) => b.text).join('') : null;
}

function plainParagraph(id: string, block: Block, damage: Damage[]): Paragraph {
  damage.push(...detectTextDamage(block.text, block.line));
  return { id, line: block.line, heading: null, headingTerminator: null, segments: [{ kind: 'text', text: block.text }] };
}

/** Lines holding only white space, and lines indented by a few spaces (not the far-right signature): layout damage to report. */
function whitespaceDamage(text: string): Damage[] {
  const lines = text.split('\n');
  const blank = lines.flatMap((l, i) => (l.length > 0 && l.trim() === '' ? [i + 1] : []));
  const indented = lines.flatMap((l, i) => {
    const width = l.length - l.trimStart().length;
    return l.trim() && width > 0 && width < 8 ? [i + 1] : [];
  });
  const found: Damage[] = [];
  if (blank.length > 0) found.push({ kind: 'whitespace-only-lines', line: blank[0]!, text: '', note: `${blank.length} 行只有空白字符（第${blank.slice(0, 5).join('、')}${blank.length > 5 ? '…' : ''}行），按空行读` });
  if (indented.length > 0) found.push({ kind: 'indented-lines', line: indented[0]!, text: '', note: `${indented.length} 行以空格缩进（第${indented.slice(0, 5).join('、')}${indented.length > 5 ? '…' : ''}行），缩进不属正文` });
  return found;
}

/** Every non-blank line of the official text, from its first line to its last, exactly as published. */
function sourceLines(text: string, first: number, last: number): { line: number; text: string }[] {
  return text
    .split('\n')
    .map((raw, i) => ({ line: i + 1, text: raw.trim() }))
    .filter((l) => l.text && l.line >= first && l.line <= last);
}

