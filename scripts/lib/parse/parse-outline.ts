import { NoticeError } from '../errors.ts';
import type { Chapter, Damage, DepartmentRef, ItemMarker, Measure, NumberingStyle, Paragraph, ResponsibilitySegment, Segment } from '../model.ts';
import type { Block } from './blocks.ts';
import type { DepartmentVocabulary } from './department-vocabulary.ts';
import { detectTextDamage } from './detect-damage.ts';
import { labelAt } from './duties/duty-words.ts';
import type { NamedDepartment } from './duties/resolve-departments.ts';
import { splitHeadingTitle, splitItemHeading } from './heading-title.ts';
import { splitMeasureTitle, type TitleEvidence } from './measure-title.ts';
import { matchDash, matchMarker, STYLE_RANK, type MarkerMatch } from './numbering.ts';
import { findResponsibilityClauses } from './responsibility-clauses.ts';

const CLAUSE_DAMAGE_NOTES: Record<string, string> = {
  'clause-open-bracket-missing': '责任单位括注缺少左括号',
  'clause-close-bracket-missing': '责任单位括注缺少右括号',
  'clause-separator-missing': '责任单位之间缺少顿号',
  'clause-verb-missing': '责任单位括注缺少“负责”',
  'clause-verb-repeated': '“负责”重复',
};

/** An item heading (`1.加强统筹。…`) is a short phrase; longer first sentences are text. */
const MAX_ITEM_HEADING = 30;

export interface Outline {
  /** Paragraphs before the first heading. */
  preamble: Paragraph[];
  chapters: Chapter[];
  measures: Measure[];
  /** The numbering styles used, outermost first (empty: no outline, plain text). */
  styles: NumberingStyle[];
}

export interface OutlineOptions {
  file: string;
  vocabulary: DepartmentVocabulary;
  evidence: TitleEvidence;
  damage: Damage[];
  /** Id prefix of the paragraphs before the first heading: `preamble`, or `cover` for a letter whose body is the text. */
  preambleId: string;
  /** Collects every department a clause names, with its spelling on the Simplified view, for resolution once the whole notice is read. */
  named: Map<DepartmentRef, NamedDepartment>;
}

/**
 * Read the outline of a document's text: heading levels are recognised by their numbering
 * style (第一章, 第一条, 一、, （一）, 1., （1）, ①), ordered outermost first whatever order they
 * appear in. With two levels or more, the outermost are chapters and the next the measures
 * (with 第X条 present, the articles are the measures); deeper levels are numbered items inside
 * a measure's paragraphs. With one level, its headings are the measures. Chapters may hold text
 * of their own. Numbering must run without gaps or repeats at the chapter and measure levels
 * (restarting at 1 under each chapter, or running on); irregular item numbering is reported as
 * damage. Text is only labelled, never changed.
 */
export function parseOutline(blocks: Block[], options: OutlineOptions): Outline {
  const markers = blocks.map(markerOf);
  const styles = [...new Set(markers.flatMap((m) => (m ? [m.style] : [])))].sort((a, b) => STYLE_RANK[a] - STYLE_RANK[b]);
  const measureStyle = styles.includes('tiao') ? 'tiao' : (styles[1] ?? styles[0]);
  const chapterStyle = styles.length > 1 && styles[0] !== measureStyle ? styles[0]! : null;
  const measureRank = measureStyle ? STYLE_RANK[measureStyle] : Infinity;
  const itemStyles = styles.filter((s) => STYLE_RANK[s] > measureRank);
  const out: Outline = { preamble: [], chapters: [], measures: [], styles };
  const reader = new OutlineReader(out, options);

  blocks.forEach((block, i) => {
    const marker = markers[i];
    if (marker && marker.style === chapterStyle) reader.chapter(block, marker);
    else if (marker && marker.style === measureStyle) reader.measure(block, marker, chapterStyle !== null);
    else if (marker && itemStyles.includes(marker.style)) reader.item(block, marker, itemStyles.indexOf(marker.style) + 1);
    else reader.paragraph(block);
  });
  return out;
}

/** The reading state: where the next paragraph belongs and what numbers to expect. */
class OutlineReader {
  private lastItem = new Map<string, number>();
  private lastItemInParent = new Map<string, number>();
  /** The number as written of the last measure, and its chapter (0 for none). */
  private lastMeasureWritten = 0;
  private lastMeasureChapter = -1;

  constructor(
    private readonly out: Outline,
    private readonly options: OutlineOptions,
  ) {}

  chapter(block: Block, marker: MarkerMatch): void {
    const previous = this.out.chapters.at(-1)?.number ?? 0;
    expectNext(this.options.file, block, '章', previous, marker.number, marker.numeral);
    const split = splitHeadingTitle(marker.rest);
    const number = this.out.chapters.length + 1;
    const chapter: Chapter = {
      number,
      numeral: marker.numeral,
      id: `c${number}`,
      title: split.title,
      titleTerminator: split.terminator,
      style: marker.style,
      marker: block.text.slice(0, marker.marker.length),
      paragraphs: [],
      measures: [],
      line: block.line,
    };
    this.out.chapters.push(chapter);
    this.lastItemInParent.clear();
    if (split.body) chapter.paragraphs.push(this.toParagraph(`${chapter.id}-p1`, block, split.body, null, null, null, false));
  }

  measure(block: Block, marker: MarkerMatch, hasChapters: boolean): void {
    const chapter = this.out.chapters.at(-1) ?? null;
    if (hasChapters && !chapter) {
      throw new NoticeError(this.options.file, block.line, `措施（${marker.numeral}）出现在任何章节标题（一、…）之前 (measure before any chapter)`);
    }
    // Numbers as written: they restart at 1 under each chapter or run on across chapters.
    const inChapter = chapter && this.lastMeasureChapter === chapter.number ? this.lastMeasureWritten : null;
    const previous = inChapter ?? (marker.number === 1 ? 0 : this.lastMeasureWritten);
    expectNext(this.options.file, block, '项措施', previous, marker.number, marker.numeral);
    this.lastMeasureWritten = marker.number;
    this.lastMeasureChapter = chapter?.number ?? 0;
    const number = this.out.measures.length + 1;
    const id = `m${String(number).padStart(2, '0')}`;
    const split = this.measureTitle(block, marker);
    const measure: Measure = {
      number,
      numeral: marker.numeral,
      id,
      title: split.title,
      titleTerminator: split.terminator,
      chapter: chapter?.number ?? null,
      style: marker.style,
      marker: block.text.slice(0, marker.marker.length),
      paragraphs: [],
      line: block.line,
    };
    this.out.measures.push(measure);
    chapter?.measures.push(number);
    this.lastItemInParent.clear();
    if (split.body || marker.style === 'tiao') measure.paragraphs.push(this.toParagraph(`${id}-p1`, block, split.body, null, null, null, true));
  }

  item(block: Block, marker: MarkerMatch, level: number): void {
    const key = marker.style;
    const inParent = this.lastItemInParent.get(key);
    const expected = inParent === undefined ? [1, (this.lastItem.get(key) ?? 0) + 1] : [inParent + 1];
    if (!expected.includes(marker.number)) {
      this.options.damage.push({ kind: 'numbering-irregular', line: block.line, text: marker.marker.trim(), note: `编号不连续：${marker.marker.trim()}（此前为${inParent ?? this.lastItem.get(key) ?? '无'}）` });
    }
    this.lastItem.set(key, marker.number);
    this.lastItemInParent.set(key, marker.number);
    const item: ItemMarker = { marker: block.text.slice(0, marker.marker.length), style: marker.style, number: marker.number, level };
    const heading = splitItemHeading(marker.rest, MAX_ITEM_HEADING);
    this.append(block, heading.body, heading.heading, heading.terminator, item);
  }

  paragraph(block: Block): void {
    const dash = matchDash(block.view);
    if (dash && block.text.length === block.view.length) {
      const heading = splitItemHeading(block.text.slice(dash.marker.length), MAX_ITEM_HEADING);
      const item: ItemMarker = { marker: block.text.slice(0, dash.marker.length), style: 'dash', number: 0, level: 1 };
      this.append(block, heading.body, heading.heading, heading.terminator, item);
      return;
    }
    // `责任单位：…` opens a clause, not a heading.
    const inOutline = (this.out.measures.length > 0 || this.out.chapters.length > 0) && !labelAt(block.view, 0);
    const heading = inOutline ? splitItemHeading(block.text) : { heading: null, terminator: null, body: block.text };
    this.append(block, heading.body, heading.heading, heading.terminator, undefined);
  }

  /** Add a paragraph to the innermost open container: the current measure, chapter, or the preamble. */
  private append(block: Block, body: string, heading: string | null, terminator: string | null, item: ItemMarker | undefined): void {
    const measure = this.out.measures.at(-1);
    const chapter = this.out.chapters.at(-1);
    if (measure && (!chapter || measure.chapter === chapter.number)) {
      const paragraph = this.toParagraph(`${measure.id}-p${measure.paragraphs.length + 1}`, block, body, heading, terminator, item, true);
      const clause = clauseOnly(paragraph);
      // A clause standing alone (责任单位：…) belongs to the task before it: the last paragraph that is not itself a clause, or the measure's heading.
      if (clause) clause.covers = measure.paragraphs.findLast((p) => !clauseOnly(p))?.id ?? null;
      measure.paragraphs.push(paragraph);
    } else if (chapter) {
      chapter.paragraphs.push(this.toParagraph(`${chapter.id}-p${chapter.paragraphs.length + 1}`, block, body, heading, terminator, item, false));
    } else {
      this.out.preamble.push(this.toParagraph(`${this.options.preambleId}-p${this.out.preamble.length + 1}`, block, body, heading, terminator, item, false));
    }
  }

  private measureTitle(block: Block, marker: MarkerMatch) {
    if (marker.style === 'tiao') return { title: '', terminator: null, body: marker.rest };
    const split = splitMeasureTitle(marker.rest, this.options.evidence);
    if (split && !split.terminator) {
      this.options.damage.push({ kind: 'title-stop-missing', line: block.line, text: `${split.title}${split.body.slice(0, 4)}`, note: `措施（${marker.numeral}）标题后的句号似已丢失，标题按上下文推断为“${split.title}”` });
    }
    return split ?? splitHeadingTitle(marker.rest);
  }

  private toParagraph(id: string, block: Block, text: string, heading: string | null, terminator: string | null, item: ItemMarker | undefined | null, clauses: boolean): Paragraph {
    const { line } = block;
    const { vocabulary, damage } = this.options;
    const segments: Segment[] = [];
    // Clauses are read on the Simplified view (a Traditional notice's 區教育局), offsets shared with the text.
    const view = block.view.length === block.text.length && block.text.endsWith(text) ? block.view.slice(block.view.length - text.length) : text;
    const found = clauses ? findResponsibilityClauses(view, vocabulary) : [];
    let at = 0;
    found.forEach((clause, index) => {
      if (clause.start > at) segments.push({ kind: 'text', text: text.slice(at, clause.start) });
      const clauseText = text.slice(clause.start, clause.end);
      const departments = clause.names.map((n) => ({ id: '', name: text.slice(n.start, n.start + n.written.length), role: n.role }));
      const openLost = clause.damage.includes('clause-open-bracket-missing');
      departments.forEach((ref, i) => this.options.named.set(ref, { name: clause.names[i]!.written, line, startOfDamagedClause: openLost && i === 0 }));
      segments.push({ kind: 'responsibility', id: `${id}-r${index + 1}`, text: clauseText, departments, verb: clause.verb, form: clause.form, note: clause.note });
      for (const kind of clause.damage) damage.push({ kind, line, text: clauseText, note: CLAUSE_DAMAGE_NOTES[kind]! });
      at = clause.end;
    });
    if (at < text.length || segments.length === 0) segments.push({ kind: 'text', text: text.slice(at) });
    damage.push(...detectTextDamage(text, line, found.map((c) => [c.start, c.end] as [number, number])));
    const paragraph: Paragraph = { id, line, heading, headingTerminator: heading ? terminator : null, segments };
    if (item) paragraph.item = item;
    return paragraph;
  }
}

/** The clause of a paragraph made of one clause and nothing else (but punctuation), or null. */
function clauseOnly(paragraph: Paragraph): ResponsibilitySegment | null {
  const clauses = paragraph.segments.filter((s) => s.kind === 'responsibility');
  const rest = paragraph.segments.filter((s) => s.kind === 'text').map((s) => s.text).join('');
  return clauses.length === 1 && !paragraph.heading && /^[\s。；;，,]*$/u.test(rest) ? clauses[0]! : null;
}

/** The marker of a block, recognised on its Simplified view, with the rest of the line as published. */
export function markerOf(block: Block): MarkerMatch | null {
  const marker = matchMarker(block.view);
  if (!marker || block.text.length !== block.view.length) return marker;
  return { ...marker, rest: block.text.slice(block.text.length - marker.rest.length) };
}

function expectNext(file: string, block: Block, unit: string, previous: number, found: number, numeral: string): void {
  if (found === previous + 1) return;
  const what = found <= previous ? `编号重复或倒退：第${numeral}${unit}出现在第${previous}${unit}之后 (duplicate numbering)` : `编号跳跃：第${previous}${unit}之后是第${numeral}${unit} (gap in numbering)`;
  throw new NoticeError(file, block.line, what);
}
