import type { Notice, Paragraph } from '../../scripts/lib/model.ts';

/** A paragraph reduced to its structure: id, line, item marker, heading, and its clauses' departments. */
function paragraphSummary(p: Paragraph) {
  return {
    id: p.id,
    line: p.line,
    ...(p.item ? { item: p.item.marker, level: p.item.level } : {}),
    heading: p.heading,
    clauses: p.segments.flatMap((s) =>
      s.kind === 'responsibility'
        ? [{ id: s.id, form: s.form, verb: s.verb, departments: s.departments.map((d) => `${d.id} ${d.role}`), ...(s.note ? { note: s.note } : {}), ...(s.covers !== undefined ? { covers: s.covers } : {}) }]
        : [],
    ),
  };
}

/**
 * A compact view of a parsed notice for fixture files: every structural decision the parser
 * makes (layout, facts, chrome, metadata, cover, chapter and measure titles, items, paragraph
 * ids, clause departments, damage), without repeating the whole text. Any change in structure
 * changes this view.
 */
export function summariseNotice(notice: Notice) {
  const { cover, plan } = notice;
  return {
    slug: notice.slug,
    file: notice.file,
    encoding: notice.encoding,
    sourceScript: notice.sourceScript,
    layout: notice.layout,
    facts: notice.facts,
    chrome: { ...notice.chrome, lines: notice.chrome.lines.map((l) => `${l.line} ${l.kind}`) },
    metadata: notice.metadata.map((f) => ({ key: f.key, label: f.label, value: f.value, line: f.line })),
    cover: cover && {
      line: cover.line,
      titleLines: cover.titleLines,
      masthead: cover.masthead.map((m) => `${m.line} ${m.kind} ${m.text}`),
      addressees: cover.addressees,
      body: cover.body.map((p) => p.id),
      issuer: cover.issuer,
      date: cover.date,
      publicationNote: cover.publicationNote,
    },
    plan: {
      title: plan.title,
      line: plan.line,
      masthead: plan.masthead.map((m) => `${m.line} ${m.kind} ${m.text}`),
      preamble: plan.preamble.map((p) => p.id),
      chapters: plan.chapters.map((c) => ({ id: c.id, marker: c.marker, title: c.title, line: c.line, paragraphs: c.paragraphs.map(paragraphSummary), measures: c.measures })),
      measures: plan.measures.map((m) => ({
        id: m.id,
        marker: m.marker,
        title: m.title,
        titleTerminator: m.titleTerminator,
        chapter: m.chapter,
        line: m.line,
        paragraphs: m.paragraphs.map(paragraphSummary),
      })),
      signature: plan.signature,
    },
    jurisdiction: notice.jurisdiction,
    departments: notice.departments.map((d) => ({ uid: d.uid, name: d.name, kind: d.kind, inVocabulary: d.inVocabulary, duties: d.duties.length })),
    damage: notice.damage.map((d) => `${d.line} ${d.kind} ${d.text}`),
  };
}
