import type { Notice, Paragraph } from '../../scripts/lib/model.ts';

/** A paragraph reduced to its structure: id, line, heading, and its clauses' departments. */
function paragraphSummary(p: Paragraph) {
  return {
    id: p.id,
    line: p.line,
    heading: p.heading,
    clauses: p.segments.flatMap((s) => (s.kind === 'responsibility' ? [{ id: s.id, verb: s.verb, departments: s.departments.map((d) => d.id) }] : [])),
  };
}

/**
 * A compact view of a parsed notice for fixture files: every structural decision the parser
 * makes (metadata, cover, chapter and measure titles, paragraph ids, clause departments,
 * damage), without repeating the whole text. Any change in structure changes this view.
 */
export function summariseNotice(notice: Notice) {
  return {
    slug: notice.slug,
    file: notice.file,
    encoding: notice.encoding,
    chrome: notice.chrome,
    metadata: notice.metadata.map((f) => ({ key: f.key, label: f.label, value: f.value, line: f.line })),
    cover: {
      line: notice.cover.line,
      titleLines: notice.cover.titleLines,
      addressees: notice.cover.addressees,
      body: notice.cover.body.map((p) => p.id),
      issuer: notice.cover.issuer,
      date: notice.cover.date,
      publicationNote: notice.cover.publicationNote,
    },
    plan: {
      title: notice.plan.title,
      line: notice.plan.line,
      preamble: notice.plan.preamble.map((p) => p.id),
      chapters: notice.plan.chapters.map((c) => ({ id: c.id, numeral: c.numeral, title: c.title, line: c.line, measures: c.measures })),
      measures: notice.plan.measures.map((m) => ({
        id: m.id,
        numeral: m.numeral,
        title: m.title,
        titleTerminator: m.titleTerminator,
        chapter: m.chapter,
        line: m.line,
        paragraphs: m.paragraphs.map(paragraphSummary),
      })),
    },
    departments: notice.departments.map((d) => ({ id: d.id, kind: d.kind, duties: d.duties.length })),
    damage: notice.damage.map((d) => `${d.line} ${d.kind} ${d.text}`),
  };
}
