import type { Chapter, DutyRole, Measure, Notice, Paragraph, Piece, ResponsibilitySegment } from './model.ts';

/** One task: the text a responsibility clause covers, with the clause and where it stands. */
export interface Task {
  measure: Measure;
  paragraph: Paragraph;
  clause: ResponsibilitySegment;
  /** The text between the previous clause (or the paragraph's start) and this clause, as published. */
  text: string;
  /** The same text with its corrections, for display. */
  pieces: Piece[];
}

/**
 * Every task of a notice, in reading order. A clause covers the text before it back to the
 * previous clause in the same paragraph; the paragraph's sub-item heading is not part of it.
 * A clause standing as a paragraph of its own (责任单位：…) covers the paragraph it follows
 * (`covers`), or the measure's heading when it follows nothing.
 *
 * tasksOf(notice)[0] -> { measure: (一), paragraph: m01-p1, clause: m01-p1-r1, text: '统筹做好…工作部署。' }
 */
export function tasksOf(notice: Notice): Task[] {
  const tasks: Task[] = [];
  for (const measure of notice.plan.measures) {
    for (const paragraph of measure.paragraphs) {
      let text = '';
      let pieces: Piece[] = [];
      for (const segment of paragraph.segments) {
        if (segment.kind === 'text') {
          text += segment.text;
          pieces.push(...(segment.pieces ?? [segment.text]));
        } else if (segment.covers !== undefined) {
          tasks.push(coveredTask(measure, segment));
        } else {
          tasks.push({ measure, paragraph, clause: segment, text, pieces });
          text = '';
          pieces = [];
        }
      }
    }
  }
  return tasks;
}

/** The task of a clause standing alone: the text of the paragraph it covers, or the measure's title. */
function coveredTask(measure: Measure, clause: ResponsibilitySegment): Task {
  const covered = clause.covers ? measure.paragraphs.find((p) => p.id === clause.covers) : undefined;
  // The clause's own paragraph is then the place to link to: it has no heading of its own.
  if (!covered) return { measure, paragraph: measure.paragraphs.find((p) => p.segments.includes(clause))!, clause, text: measure.title, pieces: [measure.title] };
  const texts = covered.segments.filter((s) => s.kind === 'text');
  return { measure, paragraph: covered, clause, text: texts.map((s) => s.text).join(''), pieces: texts.flatMap((s) => s.pieces ?? [s.text]) };
}

/** Ids of the departments a measure's clauses name, in order of first mention. */
export function departmentsOfMeasure(measure: Measure): string[] {
  const ids = measure.paragraphs.flatMap((p) => p.segments.flatMap((s) => (s.kind === 'responsibility' ? s.departments.map((d) => d.id) : [])));
  return [...new Set(ids)];
}

/** The roles each department has in a measure's clauses, lead first. */
export function rolesInMeasure(measure: Measure): Map<string, DutyRole[]> {
  const roles = new Map<string, DutyRole[]>();
  for (const paragraph of measure.paragraphs) {
    for (const segment of paragraph.segments) {
      if (segment.kind !== 'responsibility') continue;
      for (const d of segment.departments) roles.set(d.id, [...new Set([...(roles.get(d.id) ?? []), d.role])]);
    }
  }
  for (const list of roles.values()) list.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return roles;
}

const ROLE_ORDER: DutyRole[] = ['lead', 'responsible', 'cooperating'];

/** The corrected reading of pieces. */
export function correctedText(pieces: Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.corrected)).join('');
}

/** A paragraph's body text preceded by its heading (with the heading's terminator), if it has one. */
function withHeading(paragraph: Paragraph, body: string): string {
  return paragraph.heading ? `${paragraph.heading}${paragraph.headingTerminator ?? ''}${body}` : body;
}

/** The full text of a paragraph as published, heading included. */
export function paragraphText(paragraph: Paragraph): string {
  return withHeading(paragraph, paragraph.segments.map((s) => s.text).join(''));
}

/** The full text of a paragraph with its corrections applied, heading included. */
export function correctedParagraphText(paragraph: Paragraph): string {
  return withHeading(paragraph, paragraph.segments.map((s) => (s.pieces ? correctedText(s.pieces) : s.text)).join(''));
}

/** A metadata value by key, or null when missing or empty. */
export function metadataValue(notice: Pick<Notice, 'metadata'>, key: Notice['metadata'][number]['key']): string | null {
  return notice.metadata.find((f) => f.key === key)?.value ?? null;
}

/** The document's title as its pages show it: the covering letter's title, or the plan's. */
export function documentTitle(notice: { cover: { title: string } | null; plan: { title: string } }): string {
  return notice.cover?.title ?? notice.plan.title;
}

/** The measures of a chapter, or the measures outside any chapter (`chapter` null), in order. */
export function measuresOf(notice: Notice, chapter: number | null): Measure[] {
  return notice.plan.measures.filter((m) => m.chapter === chapter);
}

/** The outline in reading order: each chapter with its measures, then the measures outside any chapter (a document with one level). */
export function outlineGroups(notice: Notice): { chapter: Chapter | null; measures: Measure[] }[] {
  return [...notice.plan.chapters.map((chapter) => ({ chapter, measures: measuresOf(notice, chapter.number) })), { chapter: null, measures: measuresOf(notice, null) }];
}

/**
 * Every paragraph of the notice in reading order, with the number of the measure it belongs
 * to (null outside measures): the letter's body, the preamble, then each chapter's own text
 * and its measures, then measures outside chapters.
 */
export function paragraphsInOrder(notice: Notice): { paragraph: Paragraph; measure: number | null }[] {
  const out: { paragraph: Paragraph; measure: number | null }[] = [];
  const none = (p: Paragraph) => ({ paragraph: p, measure: null });
  out.push(...(notice.cover?.body ?? []).map(none), ...notice.plan.preamble.map(none));
  for (const { chapter, measures } of outlineGroups(notice)) {
    out.push(...(chapter?.paragraphs ?? []).map(none));
    for (const m of measures) out.push(...m.paragraphs.map((p) => ({ paragraph: p, measure: m.number })));
  }
  return out;
}
