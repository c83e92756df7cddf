import type { Notice, Paragraph, ResponsibilitySegment } from '../model.ts';
import { outlineGroups, paragraphText, tasksOf } from '../model-queries.ts';
import { actionOf } from './action.ts';
import type { DigitRun } from './digits.ts';
import { readNumbers } from './read-numbers.ts';
import { splitPhrases, splitSentences, type Piece } from './sentences.ts';
import type { Deadline, ExcludedNumber, Quantity, Target } from './types.ts';

/** A text of the notice that may hold numbers, with the id it is cited by. */
export interface PlanText {
  /** `cover-title`, `cover-date` …, a cover paragraph id, `plan-title`, a chapter id (`c1`, its title), a measure id (`m01`, its title) or a paragraph id. */
  location: string;
  measure: number | null;
  text: string;
}

/** A digit run of the notice text that no rule accounted for, or that was read outside a measure's tasks. */
export interface UnaccountedNumber extends DigitRun {
  location: string;
  /** The sentence it stands in. */
  context: string;
}

/**
 * Every text of the notice that may hold numbers, in reading order: the cover notice (title,
 * addressees, body, issuer, date, publication note), then the plan: its title, the preamble,
 * chapter and measure titles, and each measure's paragraphs (full text, heading and clauses
 * included). The metadata block and the page chrome are not read.
 */
export function noticeTexts(notice: Notice): PlanText[] {
  const { cover, plan } = notice;
  const text = (location: string, value: string | null): PlanText[] => (value ? [{ location, measure: null, text: value }] : []);
  const out: PlanText[] = cover
    ? [
        ...text('cover-title', cover.title),
        ...text('cover-addressees', cover.addressees),
        ...cover.body.map((p) => ({ location: p.id, measure: null, text: paragraphText(p) })),
        ...text('cover-issuer', cover.issuer),
        ...text('cover-date', cover.date),
        ...text('cover-note', cover.publicationNote),
      ]
    : [];
  out.push(...text('plan-title', plan.title));
  for (const p of plan.preamble) out.push({ location: p.id, measure: null, text: paragraphText(p) });
  for (const { chapter, measures } of outlineGroups(notice)) {
    if (chapter) {
      out.push({ location: chapter.id, measure: null, text: chapter.title });
      for (const p of chapter.paragraphs) out.push({ location: p.id, measure: null, text: paragraphText(p) });
    }
    for (const measure of measures) {
      out.push({ location: measure.id, measure: measure.number, text: measure.title });
      for (const p of measure.paragraphs) out.push({ location: p.id, measure: measure.number, text: paragraphText(p) });
    }
  }
  out.push(...text('plan-signature-issuer', plan.signature?.issuer ?? null), ...text('plan-signature-date', plan.signature?.date ?? null));
  return out;
}

/** A stretch of a paragraph: text a clause covers (from tasksOf), the heading, a clause, or text after the last clause. */
interface Stretch extends Piece {
  /** The clauses covering this text (one, or those on the lines after its paragraph); empty for text no clause covers. */
  clauses: ResponsibilitySegment[];
  /** Whether targets are read from it (covered or trailing body text, not headings or clauses). */
  body: boolean;
}

/**
 * The stretches of a paragraph's full text, in order; their texts join back to `paragraphText`.
 * A clause inside the paragraph covers the text before it; clauses on lines of their own after
 * the paragraph (责任单位：…) cover its trailing text.
 */
function stretchesOf(paragraph: Paragraph, tasks: ReturnType<typeof tasksOf>): Stretch[] {
  const inside = tasks.filter((t) => paragraph.segments.includes(t.clause) && t.clause.covers === undefined);
  const after = tasks.filter((t) => !paragraph.segments.includes(t.clause)).map((t) => t.clause);
  const out: Stretch[] = [];
  const heading = paragraph.heading ? `${paragraph.heading}${paragraph.headingTerminator ?? ''}` : '';
  if (heading) out.push({ text: heading, offset: 0, clauses: [], body: false });
  let at = heading.length;
  let start = at;
  let next = 0;
  for (const segment of paragraph.segments) {
    if (segment.kind === 'text') {
      at += segment.text.length;
      continue;
    }
    if (segment.covers !== undefined) {
      // A clause standing alone: its own text is no target, its task is elsewhere.
      out.push({ text: segment.text, offset: at, clauses: [], body: false });
      at += segment.text.length;
      start = at;
      continue;
    }
    const task = inside[next++];
    if (!task || task.clause !== segment) throw new Error(`tasksOf and the segments of ${paragraph.id} disagree`);
    out.push({ text: task.text, offset: start, clauses: [segment], body: true });
    out.push({ text: segment.text, offset: start + task.text.length, clauses: [], body: false });
    at = start + task.text.length + segment.text.length;
    start = at;
  }
  if (at > start) out.push({ text: paragraphText(paragraph).slice(start, at), offset: start, clauses: after, body: true });
  return out.filter((s) => s.text);
}

type Draft = Omit<Target, 'id'>;

/** The targets of one sentence (see {@link Target} for the rules) and the deadlines they use. */
function targetsOfSentence(sentence: Piece, numbers: ReturnType<typeof readNumbers>, base: Omit<Draft, 'offset' | 'text' | 'phrase' | 'action' | 'quantities' | 'deadline'>): Draft[] {
  const phrases = splitPhrases(sentence.text);
  const within = <T extends { offset: number }>(items: T[], p: Piece) => items.filter((x) => x.offset >= p.offset && x.offset < p.offset + p.text.length);
  const drafts: Draft[] = [];
  const make = (phrase: Piece, quantities: Quantity[], deadline: Deadline | null): Draft => {
    const local = (x: { offset: number }) => ({ offset: x.offset - phrase.offset });
    const action = actionOf(phrase.text, quantities.map((q) => ({ ...q, ...local(q) })), deadline && deadline.offset >= phrase.offset ? { ...deadline, ...local(deadline) } : null);
    return { measure: base.measure, paragraph: base.paragraph, offset: sentence.offset, text: sentence.text, phrase: phrase.text, action, quantities, deadline, responsibility: base.responsibility, departments: base.departments };
  };
  let pending: { deadline: Deadline; from: number; used: boolean } | null = null;
  for (const [i, phrase] of phrases.entries()) {
    const quantities = within(numbers.quantities, phrase);
    const deadlines = within(numbers.deadlines, phrase);
    if (quantities.length) {
      drafts.push(make(phrase, quantities, deadlines[0] ?? pending?.deadline ?? null));
      if (pending && !deadlines.length) pending.used = true;
    } else if (deadlines.length) {
      const rest = deadlines.reduce((t, d) => t.replace(d.text, ''), phrase.text).replace(/\s/g, '');
      if (rest) drafts.push(make(phrase, [], deadlines[0]!));
      else pending = { deadline: deadlines[0]!, from: i + 1, used: false };
    }
  }
  if (pending && !pending.used) {
    // `2025年,城市完整居住区覆盖率显著提升。`: the deadline dates the rest of the sentence.
    const rest = phrases.slice(pending.from);
    const first = rest[0] ?? phrases[pending.from - 1]!;
    const last = rest.at(-1) ?? first;
    const phrase = { text: sentence.text.slice(first.offset, last.offset + last.text.length), offset: first.offset };
    drafts.push(make(phrase, [], pending.deadline));
  }
  return drafts;
}

type PlanReading = { targets: Target[]; excluded: ExcludedNumber[]; unaccounted: UnaccountedNumber[] };
const readings = new WeakMap<Notice, PlanReading>();

/**
 * Read every text of the notice once (see noticeTexts): the targets of the measures, the
 * numbers excluded by rule, and the numbers nothing accounted for (which should be none;
 * tests fail listing them). Remembered per notice object: the targets page, its horizon, the
 * CSV and the open data all ask for the same reading. Treat the result as read-only.
 */
export function readPlan(notice: Notice): PlanReading {
  let reading = readings.get(notice);
  if (!reading) readings.set(notice, (reading = read(notice)));
  return reading;
}

function read(notice: Notice): PlanReading {
  const targets: Draft[] = [];
  const excluded: ExcludedNumber[] = [];
  const unaccounted: UnaccountedNumber[] = [];
  const tasks = tasksOf(notice);
  const paragraphs = new Map(notice.plan.measures.flatMap((m) => m.paragraphs.map((p) => [p.id, { measure: m, paragraph: p }] as const)));

  for (const place of noticeTexts(notice)) {
    const found = paragraphs.get(place.location);
    const stretches: Stretch[] = found
      ? stretchesOf(found.paragraph, tasks.filter((t) => t.paragraph === found.paragraph))
      : [{ text: place.text, offset: 0, clauses: [], body: false }];
    for (const stretch of stretches) {
      for (const piece of splitSentences(stretch.text)) {
        const sentence = { text: piece.text, offset: stretch.offset + piece.offset };
        const numbers = readNumbers(sentence.text);
        const at = (offset: number) => sentence.offset + offset;
        for (const e of numbers.exclusions) {
          for (const run of [...e.match.matchAll(/[0-9０-９]+/g)]) {
            excluded.push({ location: place.location, measure: place.measure, offset: at(e.offset + run.index), text: run[0], match: e.match, reason: e.reason, damaged: e.damaged, note: e.note });
          }
        }
        const lost = (runs: DigitRun[]) => runs.forEach((r) => unaccounted.push({ location: place.location, offset: at(r.offset), text: r.text, context: sentence.text }));
        lost(numbers.unknown);
        const runsOf = (items: { offset: number; text: string }[]) => items.flatMap((x) => [...x.text.matchAll(/[0-9０-９]+/g)].map((m) => ({ offset: x.offset + m.index, text: m[0] })));
        if (!found || !stretch.body) {
          // A quantity or deadline in the cover, a title, heading, clause or the preamble is not a target of a measure.
          lost(runsOf([...numbers.quantities, ...numbers.deadlines]));
          continue;
        }
        const drafts = targetsOfSentence(sentence, numbers, {
          measure: found.measure.number,
          paragraph: found.paragraph.id,
          responsibility: stretch.clauses[0]?.id ?? null,
          departments: [...new Set(stretch.clauses.flatMap((c) => c.departments.map((d) => d.id)))],
        });
        targets.push(...drafts);
        const used = new Set(drafts.flatMap((d) => [...d.quantities, ...(d.deadline ? [d.deadline] : [])]));
        lost(runsOf([...numbers.quantities, ...numbers.deadlines].filter((x) => !used.has(x))));
      }
    }
  }
  return { targets: targets.map((t, i) => ({ id: `t${String(i + 1).padStart(2, '0')}`, ...t })), excluded, unaccounted };
}
