import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { NoticeError } from '../errors.ts';
import type { Damage, DepartmentSummary, Notice } from '../model.ts';
import { decodeNotice } from '../read/decode-notice.ts';
import { BlockCursor, toBlocks } from './blocks.ts';
import { createVocabulary, type DepartmentVocabulary } from './department-vocabulary.ts';
import { matchMeasureHeading } from './headings.ts';
import { collectTitleEvidence, splitMeasureTitle } from './measure-title.ts';
import { parseCover } from './parse-cover.ts';
import { parseMetadata } from './parse-metadata.ts';
import { parsePlan } from './parse-plan.ts';

export interface ParseOptions {
  /** The seed file's path, used in error messages; its base name gives the slug. */
  file: string;
  vocabulary?: DepartmentVocabulary;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parse the bytes of one notice file into the {@link Notice} model. Throws a
 * {@link NoticeError} naming the file and line for anything it cannot read with confidence.
 *
 * parseNotice(readFileSync('seeds/jizhou-2022-16.txt'), { file: 'jizhou-2022-16.txt' })
 *   -> { slug: 'jizhou-2022-16', plan: { chapters: [9 items], measures: [29 items] }, … }
 */
export function parseNotice(bytes: Uint8Array, options: ParseOptions): Notice {
  const { file } = options;
  const slug = basename(file).replace(/\.txt$/i, '');
  if (!SLUG.test(slug)) {
    throw new NoticeError(file, null, '文件名须为小写字母、数字和连字符，如 jizhou-2022-16.txt，它会成为网址的一部分 (file name must be a lowercase slug)');
  }
  const vocabulary = options.vocabulary ?? createVocabulary();
  const decoded = decodeNotice(bytes, file);
  const blocks = toBlocks(decoded.text);
  const cursor = new BlockCursor(blocks, file);
  const damage: Damage[] = [];

  const { chrome, metadata } = parseMetadata(cursor);
  const cover = parseCover(cursor, damage);

  const intactTitles = blocks.flatMap((b) => {
    const heading = matchMeasureHeading(b.text);
    const split = heading && splitMeasureTitle(heading.rest, null);
    return split ? [split.title] : [];
  });
  const evidence = collectTitleEvidence(decoded.text, intactTitles);
  const plan = parsePlan(cursor, vocabulary, evidence, damage);

  damage.sort((a, b) => a.line - b.line);
  return {
    slug,
    file: basename(file),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
    chrome,
    metadata,
    cover,
    plan,
    departments: summariseDepartments(plan.measures, vocabulary),
    damage,
    corrections: [],
    sourceLines: blocks.filter((b) => b.line >= metadata[0]!.line).map((b) => ({ line: b.line, text: b.text })),
  };
}

/** Every department named in a clause, in order of first appearance, with its duties. */
function summariseDepartments(measures: Notice['plan']['measures'], vocabulary: DepartmentVocabulary): DepartmentSummary[] {
  const byId = new Map<string, DepartmentSummary>();
  for (const measure of measures) {
    for (const paragraph of measure.paragraphs) {
      for (const segment of paragraph.segments) {
        if (segment.kind !== 'responsibility') continue;
        for (const ref of segment.departments) {
          const entry = vocabulary.byId.get(ref.id)!;
          let summary = byId.get(ref.id);
          if (!summary) byId.set(ref.id, (summary = { id: entry.id, name: entry.name, kind: entry.kind, duties: [] }));
          summary.duties.push({ measure: measure.number, paragraph: paragraph.id, clause: segment.id });
        }
      }
    }
  }
  return [...byId.values()];
}
